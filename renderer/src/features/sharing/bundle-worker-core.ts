/**
 * The bundle worker's logic, apart from the worker global so tests can drive
 * it: prepare (unzip, checksums, validation, restore, read the library, plan),
 * back up (also on its own, for daily and manual backups), commit, and
 * restore a backup over the library. It keeps the plan between requests; the window only ever
 * receives the preview.
 */
import { openBundle } from '@shared/bundle/open';
import { fail, ok, type Result } from '@shared/result';
import { DossierDb } from '../../db/database';
import { readLibrary } from '../../db/repositories/library';
import { classifyWriteError } from '../../db/write-error';
import { backupBytes, replaceFromBundle } from './commands/backups';
import { commitImport, planOpened, previewOf, withIds, type PreparedImport } from './commands/import-bundle';
import type { BundleWorkerMessage, BundleWorkerRequest, CommitOutcome, ImportPreview } from './bundle-protocol';

/** Posts a message to the window, transferring the listed buffers. */
export type PostToWindow = (m: BundleWorkerMessage, transfer?: Transferable[]) => void;

/** One import's state in the worker: the database connection and the plan. */
export interface BundleWorkerState {
  db: DossierDb | null;
  prepared: PreparedImport | null;
}

async function prepare(state: BundleWorkerState, req: Extract<BundleWorkerRequest, { type: 'prepare' }>, post: PostToWindow): Promise<Result<ImportPreview>> {
  post({ type: 'stage', stage: 'checking' });
  const opened = openBundle(req.bytes);
  if (!opened.ok) return opened;
  post({ type: 'stage', stage: 'library' });
  state.db = new DossierDb(req.dbName);
  const existing = await readLibrary(state.db);
  post({ type: 'stage', stage: 'planning' });
  state.prepared = withIds(planOpened(existing, opened.value, req.fileName, req.importedAt));
  return ok(previewOf(state.prepared));
}

/** Answers one request; never throws (failures are replies, classified so the window can name them). */
export async function handleBundleRequest(state: BundleWorkerState, req: BundleWorkerRequest, post: PostToWindow): Promise<void> {
  try {
    if (req.type === 'prepare') {
      post({ type: 'reply', id: req.id, result: await prepare(state, req, post) });
    } else if (req.type === 'backup') {
      // Also asked on its own (daily, manual, before a restore): open the database if no import did.
      state.db ??= new DossierDb(req.dbName);
      const bytes = await backupBytes(state.db, req.appVersion, req.reason);
      post({ type: 'reply', id: req.id, result: ok(bytes) }, [bytes.buffer]);
    } else if (req.type === 'restore') {
      state.db ??= new DossierDb(req.dbName);
      await replaceFromBundle(state.db, req.bytes);
      post({ type: 'reply', id: req.id, result: ok(null) });
    } else if (!state.db || !state.prepared) {
      post({ type: 'reply', id: req.id, result: fail('import-not-prepared', 'No import has been prepared in this worker.') });
    } else {
      const outcome: CommitOutcome = await commitImport(state.db, state.prepared, req.choices, req.defaultChoice);
      state.prepared = null;
      post({ type: 'reply', id: req.id, result: ok(outcome) });
    }
  } catch (err) {
    // Error classes do not survive postMessage: classify here so the window can still tell a full disk from a closed database.
    post({ type: 'reply', id: req.id, result: fail(`write-${classifyWriteError(err)}`, err instanceof Error ? err.message : String(err)) });
  }
}
