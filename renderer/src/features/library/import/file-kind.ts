/**
 * Decides how to read an imported file. The extension is a hint; the first
 * bytes decide when they are unmistakable, so a PDF saved as `.txt` is still
 * read as a PDF and a binary renamed `.html` is refused rather than imported
 * as garbage.
 */

/** The file kinds the library can import. */
export type ImportFileKind = 'txt' | 'md' | 'html' | 'pdf';

/** The extensions offered in the open dialog. */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'pdf'] as const;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function startsWithBytes(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** True when the bytes look like a PDF (`%PDF-` within the first 1 KiB, as readers tolerate leading junk). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= limit; i++) if (startsWithBytes(bytes, PDF_MAGIC, i)) return true;
  return false;
}

/** True when the first bytes hold a NUL or other signs of a binary file (images, archives, office files). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  // ZIP (docx, xlsx, epub), PNG, JPEG, GIF
  return startsWithBytes(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWithBytes(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWithBytes(bytes, [0xff, 0xd8, 0xff]) || startsWithBytes(bytes, [0x47, 0x49, 0x46, 0x38]);
}

/** True when the start of a text file is an HTML document (doctype or <html>, after a BOM and whitespace). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 512); i++) head += String.fromCharCode(bytes[i]!);
  head = head.replace(/^\xef\xbb\xbf/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<!--') && head.includes('<html'));
}

/**
 * The kind to read `name` as, or `null` when the file is not something the library imports.
 * Magic bytes win over the extension: `%PDF-` is a PDF whatever it is called.
 */
export function detectFileKind(name: string, bytes: Uint8Array): ImportFileKind | null {
  if (looksLikePdf(bytes)) return 'pdf';
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  // A file named .pdf that lacks the signature is still handed to the PDF reader, which reports it as damaged.
  if (ext === 'pdf') return 'pdf';
  if (looksBinary(bytes)) return null;
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'txt' || ext === 'text' || ext === '') return looksLikeHtml(bytes) ? 'html' : 'txt';
  return looksLikeHtml(bytes) ? 'html' : null;
}
