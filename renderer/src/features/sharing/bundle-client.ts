/**
 * An import session in the bundle worker: prepare (unzip, checksums,
 * validation, merge plan) and later back up and commit, all off the window's
 * thread; the window only ever holds the preview. Where workers do not exist
 * (unit tests) the same steps run in this thread behind the same interface.
 */
import type { MergeChoice } from '@shared/bundle/merge';
import type { AppError, Result } from '@shared/result';
import type { DossierDb } from '../../db/database';
import { backupBytes, replaceFromBundle } from './commands/backups';
import { commitImport, prepareImport, previewOf } from './commands/import-bundle';
import type { BundleWorkerMessage, BundleWorkerRequest, CommitOutcome, ImportPreview, ImportStage } from './bundle-protocol';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The part of Worker this client uses (tests pass a fake). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

/** A prepared import waiting for the researcher's choices. */
export interface ImportSession {
  preview: ImportPreview;
  /** A full backup of the library as it is now (bundle bytes), made where the plan lives. */
  backup(appVersion: string): Promise<Uint8Array>;
  /** Writes the merge in one transaction. */
  commit(choices: Record<string, MergeChoice>, defaultChoice: MergeChoice): Promise<CommitOutcome>;
  /** Ends the session (the worker and the plan it holds). */
  close(): void;
}

/** Starts a fresh bundle worker (one per import). */
export function startBundleWorker(): WorkerLike {
  return new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module' });
}

/** An error thrown in the window for a failure reported by the worker, named so `classifyWriteError` still works. */
function rebuild(e: AppError): Error {
  const err = new Error(e.message);
  if (e.code === 'write-quota') err.name = 'QuotaExceededError';
  else if (e.code === 'write-closed') err.name = 'DatabaseClosedError';
  return err;
}

function inThread(db: DossierDb, bytes: Uint8Array, fileName: string, onStage: (s: ImportStage) => void): Promise<Result<ImportSession>> {
  onStage('checking');
  return prepareImport(db, bytes, fileName).then((r) => {
    if (!r.ok) return r;
    const prepared = r.value;
    return {
      ok: true,
      value: {
        preview: previewOf(prepared),
        backup: (appVersion) => backupBytes(db, appVersion, 'before-import'),
        commit: (choices, defaultChoice) => commitImport(db, prepared, choices, defaultChoice),
        close: () => {},
      },
    };
  });
}

/**
 * A backup's bytes made in a short-lived bundle worker, so zipping a large
 * library never blocks the window (the daily backup runs at start-up). Falls
 * back to this thread where workers do not exist. Matches `BackupMaker`.
 */
export async function backupBytesOffThread(
  db: DossierDb,
  appVersion: string,
  reason: string,
  makeWorker: (() => WorkerLike) | null = typeof Worker === 'undefined' ? null : startBundleWorker,
): Promise<Uint8Array> {
  if (!makeWorker) return backupBytes(db, appVersion, reason);
  return oneShot<Uint8Array>(makeWorker(), { id: 1, type: 'backup', appVersion, reason, dbName: db.name });
}

/**
 * Replaces the library with a backup's data in a short-lived bundle worker
 * (verify, validate, one transaction), so restoring a large backup never
 * blocks the window. Matches `LibraryReplacer`; throws when refused.
 */
export async function replaceOffThread(
  db: DossierDb,
  bytes: Uint8Array,
  makeWorker: (() => WorkerLike) | null = typeof Worker === 'undefined' ? null : startBundleWorker,
): Promise<void> {
  if (!makeWorker) return replaceFromBundle(db, bytes);
  await oneShot<null>(makeWorker(), { id: 1, type: 'restore', bytes, dbName: db.name }, [bytes.buffer]);
}

/** Sends one request to a fresh worker, waits for its reply and ends the worker. */
async function oneShot<T>(worker: WorkerLike, req: BundleWorkerRequest, transfer: Transferable[] = []): Promise<T> {
  try {
    const r = await new Promise<Result<T>>((resolve) => {
      worker.addEventListener('message', (e: MessageEvent<BundleWorkerMessage>) => {
        if (e.data.type === 'reply') resolve(e.data.result as Result<T>);
      });
      worker.addEventListener('error', (e: ErrorEvent) => resolve({ ok: false, error: { code: 'bundle-worker-failed', message: e.message || 'The bundle worker stopped.' } }));
      worker.postMessage(req, transfer);
    });
    if (!r.ok) throw rebuild(r.error);
    return r.value;
  } finally {
    worker.terminate();
  }
}

/**
 * Opens `bytes` and plans the merge against `db`, reporting stages through
 * `onStage`. The bytes are transferred to the worker: the caller must not use
 * them afterwards. Resolves to the refusal when the file is refused (the
 * worker is then ended); otherwise the caller must `close()` the session.
 */
export async function openImportSession(
  db: DossierDb,
  bytes: Uint8Array,
  fileName: string,
  onStage: (s: ImportStage) => void = () => {},
  makeWorker: (() => WorkerLike) | null = typeof Worker === 'undefined' ? null : startBundleWorker,
): Promise<Result<ImportSession>> {
  if (!makeWorker) return inThread(db, bytes, fileName, onStage);
  const worker = makeWorker();
  const pending = new Map<number, (r: Result<unknown>) => void>();
  let nextId = 1;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    worker.terminate();
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'import-closed', message: 'The import was closed.' } });
    pending.clear();
  };
  worker.addEventListener('message', (e: MessageEvent<BundleWorkerMessage>) => {
    const m = e.data;
    if (m.type === 'stage') onStage(m.stage);
    else {
      pending.get(m.id)?.(m.result);
      pending.delete(m.id);
    }
  });
  worker.addEventListener('error', (e: ErrorEvent) => {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'import-worker-failed', message: e.message || 'The import worker stopped.' } });
    pending.clear();
  });
  const ask = <T>(req: WithoutId<BundleWorkerRequest>, transfer: Transferable[] = []): Promise<Result<T>> =>
    new Promise((resolve) => {
      if (closed) return resolve({ ok: false, error: { code: 'import-closed', message: 'The import was closed.' } });
      const id = nextId++;
      pending.set(id, resolve as (r: Result<unknown>) => void);
      worker.postMessage({ ...req, id } as BundleWorkerRequest, transfer);
    });
  const orThrow = async <T>(p: Promise<Result<T>>): Promise<T> => {
    const r = await p;
    if (!r.ok) throw rebuild(r.error);
    return r.value;
  };

  const prepared = await ask<ImportPreview>({ type: 'prepare', bytes, fileName, dbName: db.name, importedAt: new Date().toISOString() }, [bytes.buffer]);
  if (!prepared.ok) {
    close();
    return prepared;
  }
  return {
    ok: true,
    value: {
      preview: prepared.value,
      backup: (appVersion) => orThrow(ask<Uint8Array>({ type: 'backup', appVersion, reason: 'before-import', dbName: db.name })),
      commit: (choices, defaultChoice) => orThrow(ask<CommitOutcome>({ type: 'commit', choices, defaultChoice })),
      close,
    },
  };
}
