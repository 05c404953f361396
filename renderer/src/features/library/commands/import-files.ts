/**
 * Imports many files as articles: each file is read (text, Markdown, saved
 * web page or PDF), then added in its own transaction. Duplicates (same URL
 * or same normalised text) are not stored; their input is kept so the
 * summary can offer to merge its metadata into the existing article.
 */
import type { OpenedFile } from '@shared/ipc';
import type { DossierDb } from '../../../db/database';
import { runBatch, type BatchOptions, type BatchResult } from '../import/batch';
import { FileReadError, readImportFile, type FileReaders } from '../import/read-file';
import { addArticle, ArticleInputError, type NewArticleInput } from './add-article';

/** The reason codes a failed file can carry (each has a sentence in the `library` catalogue under `import.reasons`). */
export type ImportFailureCode = FileReadError['code'] | ArticleInputError['code'] | 'unknown';

export type ImportOutcome =
  | { name: string; status: 'imported'; articleId: string; title: string }
  | { name: string; status: 'duplicate'; existingId: string; existingTitle: string; reason: 'url' | 'text'; incoming: NewArticleInput }
  | { name: string; status: 'failed'; code: ImportFailureCode; detail: string };

/** Reads and stores one file; never throws (a failure is an outcome). */
export async function importOneFile(db: DossierDb, file: OpenedFile, readers: FileReaders): Promise<ImportOutcome> {
  try {
    const { input } = await readImportFile(file, readers);
    const r = await addArticle(db, input);
    if (r.status === 'added') return { name: file.name, status: 'imported', articleId: r.article.id, title: r.article.title };
    return { name: file.name, status: 'duplicate', existingId: r.existing.id, existingTitle: r.existing.title, reason: r.reason, incoming: input };
  } catch (e) {
    return failure(file, e);
  }
}

function failure(file: { name: string }, e: unknown): ImportOutcome {
  if (e instanceof FileReadError || e instanceof ArticleInputError) return { name: file.name, status: 'failed', code: e.code, detail: e.message };
  return { name: file.name, status: 'failed', code: 'unknown', detail: e instanceof Error ? e.message : String(e) };
}

/** Imports files one by one with progress and cancellation (see runBatch). */
export function importFiles(db: DossierDb, files: readonly OpenedFile[], readers: FileReaders, opts: BatchOptions = {}): Promise<BatchResult<ImportOutcome>> {
  return runBatch(files, (f) => importOneFile(db, f, readers), failure, opts);
}

/** Counts per status, for the summary heading. */
export function summarizeOutcomes(outcomes: readonly ImportOutcome[]): { imported: number; duplicate: number; failed: number } {
  const n = { imported: 0, duplicate: 0, failed: 0 };
  for (const o of outcomes) n[o.status === 'imported' ? 'imported' : o.status === 'duplicate' ? 'duplicate' : 'failed']++;
  return n;
}
