/**
 * Imports plain-text and Markdown files as articles. Each file is decoded as
 * UTF-8 (with a BOM stripped); a file that is not valid UTF-8 is reported, not
 * imported as mojibake.
 */
import type { OpenedFile } from '@shared/ipc';
import type { DossierDb } from '../../../db/database';
import { addArticle, ArticleInputError } from './add-article';

export interface FileImportOutcome {
  name: string;
  status: 'imported' | 'duplicate' | 'failed';
  articleId?: string;
  reason?: string;
}

/** Decodes UTF-8 strictly; throws a readable error for other encodings. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ArticleInputError('empty-text', `${name} is not UTF-8 text.`);
  }
}

/** Title from a Markdown heading or the first line, else the file name without extension. */
export function titleFromText(text: string, fileName: string): string {
  const first = text.split('\n').find((l) => l.trim()) ?? '';
  const heading = /^#{1,6}\s+(.+)$/.exec(first.trim());
  const candidate = (heading ? heading[1]! : first).trim();
  return candidate && candidate.length <= 200 ? candidate : fileName.replace(/\.[^.]+$/, '');
}

export async function importTextFile(db: DossierDb, file: OpenedFile): Promise<FileImportOutcome> {
  try {
    const text = decodeUtf8(file.bytes, file.name);
    const kind = /\.md$/i.test(file.name) ? 'md' : 'txt';
    const r = await addArticle(db, { title: titleFromText(text, file.name), text, source: { kind, fileName: file.name } });
    return r.status === 'added'
      ? { name: file.name, status: 'imported', articleId: r.article.id }
      : { name: file.name, status: 'duplicate', articleId: r.existing.id, reason: r.existing.title };
  } catch (e) {
    return { name: file.name, status: 'failed', reason: e instanceof Error ? e.message : String(e) };
  }
}
