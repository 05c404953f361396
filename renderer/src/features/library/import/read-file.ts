/**
 * Turns one opened file into article input, whatever its kind. Readers for
 * HTML and PDF are injected so the pure paths can be tested without a browser
 * and the PDF reader stays lazily loaded.
 */
import type { OpenedFile } from '@shared/ipc';
import type { PageOffset } from '@shared/domain';
import type { NewArticleInput } from '../commands/add-article';
import { decodeUtf8, titleFromText } from '../commands/import-text-files';
import { detectFileKind, type ImportFileKind } from './file-kind';
import type { HtmlArticle } from './html-article';

/** Why a file could not be read, as a code the summary translates, plus a technical detail. */
export class FileReadError extends Error {
  constructor(
    readonly code: 'unsupported' | 'not-utf8' | 'empty' | 'pdf-encrypted' | 'pdf-broken' | 'pdf-no-text' | 'pdf-timeout',
    message: string,
  ) {
    super(message);
    this.name = 'FileReadError';
  }
}

export interface FileReaders {
  html: (html: string) => HtmlArticle;
  pdf: (bytes: Uint8Array) => Promise<{ text: string; pages: PageOffset[]; title: string; author: string }>;
}

/** The file name without folders and extension, for a title of last resort. */
export function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

function utf8(file: OpenedFile): string {
  try {
    return decodeUtf8(file.bytes, file.name);
  } catch (e) {
    throw new FileReadError('not-utf8', e instanceof Error ? e.message : String(e));
  }
}

/** Reads a file into article input; throws FileReadError (or the PDF reader's error, mapped by its `code`). */
export async function readImportFile(file: OpenedFile, readers: FileReaders): Promise<{ kind: ImportFileKind; input: NewArticleInput }> {
  const kind = detectFileKind(file.name, file.bytes);
  if (!kind) throw new FileReadError('unsupported', file.name);
  const fileName = file.name.replace(/^.*[\\/]/, '');
  let input: NewArticleInput;
  if (kind === 'pdf') {
    let pdf;
    try {
      pdf = await readers.pdf(file.bytes);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      const known = ['pdf-encrypted', 'pdf-broken', 'pdf-no-text', 'pdf-timeout'] as const;
      throw new FileReadError(known.find((k) => k === code) ?? 'pdf-broken', e instanceof Error ? e.message : String(e));
    }
    input = { title: pdf.title || titleFromText(pdf.text, fileName), author: pdf.author, text: pdf.text, source: { kind, fileName, pages: pdf.pages } };
  } else if (kind === 'html') {
    const page = readers.html(utf8(file));
    input = { title: page.title || baseName(fileName), author: page.author, outlet: page.outlet, publishedAt: page.publishedAt, url: page.url, text: page.text, source: { kind, fileName } };
  } else {
    const text = utf8(file);
    input = { title: titleFromText(text, fileName), text, source: { kind, fileName } };
  }
  if (!input.text.trim()) throw new FileReadError('empty', fileName);
  return { kind, input };
}
