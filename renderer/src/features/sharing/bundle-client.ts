/**
 * Prepares an import in the bundle worker, so unzipping, checksums,
 * validation and the merge plan never block the window. Where workers do not
 * exist (unit tests) the same steps run in this thread.
 */
import type { Result } from '@shared/result';
import type { DossierDb } from '../../db/database';
import { prepareImport, withIds, type PreparedImport } from './commands/import-bundle';
import type { BundleWorkerMessage, BundleWorkerRequest, ImportStage } from './bundle-protocol';

/** The part of Worker this client uses (tests pass a fake). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

/** Starts a fresh bundle worker (one per import: it holds the file's bytes and ends with it). */
export function startBundleWorker(): WorkerLike {
  return new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Opens `bytes` and plans the merge against `db`, reporting stages through
 * `onStage`. The bytes are transferred to the worker: the caller must not use
 * them afterwards. Resolves to the refusal when the file is refused.
 */
export async function prepareImportOffThread(
  db: DossierDb,
  bytes: Uint8Array,
  fileName: string,
  onStage: (s: ImportStage) => void = () => {},
  makeWorker: (() => WorkerLike) | null = typeof Worker === 'undefined' ? null : startBundleWorker,
): Promise<Result<PreparedImport>> {
  if (!makeWorker) {
    onStage('checking');
    return prepareImport(db, bytes, fileName);
  }
  const worker = makeWorker();
  try {
    return await new Promise<Result<PreparedImport>>((resolve) => {
      worker.addEventListener('message', (e: MessageEvent<BundleWorkerMessage>) => {
        const m = e.data;
        if (m.type === 'stage') onStage(m.stage);
        else resolve(m.result.ok ? { ok: true, value: withIds(m.result.value) } : m.result);
      });
      worker.addEventListener('error', (e: ErrorEvent) => {
        resolve({ ok: false, error: { code: 'import-worker-failed', message: e.message || 'The import worker stopped.' } });
      });
      const req: BundleWorkerRequest = { bytes, fileName, dbName: db.name, importedAt: new Date().toISOString() };
      worker.postMessage(req, [bytes.buffer]);
    });
  } finally {
    worker.terminate();
  }
}
