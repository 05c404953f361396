/** Messages between the window and the bundle worker. */
import type { ApplySummary, MergeChoice, MergeItem } from '@shared/bundle/merge';
import type { ImportSummary } from '@shared/bundle/merge';
import type { Manifest } from '@shared/bundle/schema';
import type { Problem } from '@shared/bundle/problem';
import type { Result } from '@shared/result';

/** The steps of preparing an import, in order, for the progress line. */
export type ImportStage = 'reading' | 'checking' | 'library' | 'planning';
export const IMPORT_STAGES: readonly ImportStage[] = ['reading', 'checking', 'library', 'planning'];

/**
 * What the preview needs, and no more: the full plan (every incoming row)
 * stays where it was made, so a 100,000-claim file is not copied back to
 * the window only to be copied again to be written.
 */
export interface ImportPreview {
  fileName: string;
  manifest: Manifest;
  problems: Problem[];
  summary: ImportSummary;
  /** Only the conflicting items (the researcher chooses for these). */
  conflicts: MergeItem[];
}

/** The outcome of a commit: counts per table, and the import's id for undo (null when nothing changed). */
export interface CommitOutcome {
  summary: ApplySummary;
  importId: string | null;
}

/** Requests from the window; each is answered once with the same id. */
export type BundleWorkerRequest =
  | { id: number; type: 'prepare'; bytes: Uint8Array; fileName: string; dbName: string; importedAt: string }
  | { id: number; type: 'backup'; appVersion: string; reason: string; dbName: string }
  | { id: number; type: 'commit'; choices: Record<string, MergeChoice>; defaultChoice: MergeChoice }
  | { id: number; type: 'restore'; bytes: Uint8Array; dbName: string };

/** What the worker posts: stages while preparing, then one reply per request. */
export type BundleWorkerMessage =
  | { type: 'stage'; stage: ImportStage }
  | { type: 'reply'; id: number; result: Result<ImportPreview | Uint8Array | CommitOutcome | null> };
