/**
 * Reads a PDF's text layer with pdf.js in the browser. pdf.js runs its parser
 * in a module worker built from the bundled file (the CSP allows same-origin
 * workers, and `isEvalSupported: false` keeps it off eval), so a large PDF
 * does not freeze the page. Failures come back as a `PdfReadError` with a code
 * the import summary can explain.
 */
import type { PageOffset } from '@shared/domain';
import { assemblePdfText, type PdfTextItem } from './pdf-text';

export type PdfErrorCode = 'pdf-encrypted' | 'pdf-broken' | 'pdf-no-text' | 'pdf-timeout';

/** A PDF that could not be read, with a code for the summary and pdf.js's own message as detail. */
export class PdfReadError extends Error {
  constructor(
    readonly code: PdfErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PdfReadError';
  }
}

export interface PdfContent {
  text: string;
  pages: PageOffset[];
  title: string;
  author: string;
}

type PdfJs = typeof import('pdfjs-dist');
let pdfjs: Promise<PdfJs> | null = null;

/** Loads pdf.js once and points it at one shared module worker. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerPort = new Worker(new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url), { type: 'module' });
    return lib;
  });
  return pdfjs;
}

/** Longest a single PDF may take; a pathological file is reported rather than stalling the batch. */
export const PDF_TIMEOUT_MS = 60_000;

/** Extracts text, page offsets and the document's Title/Author info. Throws PdfReadError. */
export async function extractPdf(bytes: Uint8Array, timeoutMs = PDF_TIMEOUT_MS): Promise<PdfContent> {
  const lib = await loadPdfJs();
  // pdf.js transfers (detaches) the buffer it is given; hand it a copy so the caller's bytes stay usable.
  const task = lib.getDocument({ data: bytes.slice(), isEvalSupported: false, stopAtErrors: true, disableFontFace: true, useSystemFonts: false });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void task.destroy();
      reject(new PdfReadError('pdf-timeout', `Reading took longer than ${Math.round(timeoutMs / 1000)} s.`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([read(task), timeout]);
  } catch (e) {
    if (e instanceof PdfReadError) throw e;
    const name = e instanceof Error ? e.name : '';
    const message = e instanceof Error ? e.message : String(e);
    if (name === 'PasswordException') throw new PdfReadError('pdf-encrypted', message);
    throw new PdfReadError('pdf-broken', message);
  } finally {
    clearTimeout(timer);
    void task.destroy();
  }
}

async function read(task: ReturnType<PdfJs['getDocument']>): Promise<PdfContent> {
  const doc = await task.promise;
  const pages: PdfTextItem[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.flatMap((i): PdfTextItem[] => ('str' in i ? [{ str: i.str, hasEOL: i.hasEOL, transform: i.transform as number[], height: i.height }] : [])));
    page.cleanup();
  }
  const { text, pages: offsets } = assemblePdfText(pages);
  if (!text) throw new PdfReadError('pdf-no-text', `No text layer in ${doc.numPages} page(s); it may be a scan.`);
  let title = '';
  let author = '';
  try {
    const meta = await doc.getMetadata();
    const info = meta.info as { Title?: unknown; Author?: unknown };
    title = typeof info.Title === 'string' ? info.Title.trim() : '';
    author = typeof info.Author === 'string' ? info.Author.trim() : '';
  } catch {
    // Damaged metadata does not make the text unusable.
  }
  return { text, pages: offsets, title, author };
}
