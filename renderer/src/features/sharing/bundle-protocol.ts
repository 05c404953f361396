/** Messages between the window and the bundle worker. */
import type { Result } from '@shared/result';
import type { PlannedImport } from './commands/import-bundle';

/** What the window sends: the file's bytes (transferred, not copied) and which database to plan against. */
export interface BundleWorkerRequest {
  bytes: Uint8Array;
  fileName: string;
  dbName: string;
  importedAt: string;
}

/** The steps of preparing an import, in order, for the progress line. */
export type ImportStage = 'reading' | 'checking' | 'library' | 'planning';
export const IMPORT_STAGES: readonly ImportStage[] = ['reading', 'checking', 'library', 'planning'];

/** What the worker posts back: stages while working, then one `done`. */
export type BundleWorkerMessage = { type: 'stage'; stage: ImportStage } | { type: 'done'; result: Result<PlannedImport> };
