/**
 * Opens a `.dossier` file off the window's thread: unzip, verify checksums,
 * validate and restore every row, then read the library from IndexedDB here
 * too and plan the merge, so even a 100,000-claim import never freezes the
 * window. Posts stage messages as it goes and the plan (or the refusal) last.
 */
/// <reference lib="webworker" />
import { openBundle } from '@shared/bundle/open';
import { DossierDb } from '../../db/database';
import { readLibrary } from '../../db/repositories/library';
import { planOpened } from './commands/import-bundle';
import type { BundleWorkerMessage, BundleWorkerRequest } from './bundle-protocol';

const post = (m: BundleWorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<BundleWorkerRequest>) => {
  const { bytes, fileName, dbName, importedAt } = e.data;
  let db: DossierDb | null = null;
  try {
    post({ type: 'stage', stage: 'checking' });
    const opened = openBundle(bytes);
    if (!opened.ok) return post({ type: 'done', result: opened });
    post({ type: 'stage', stage: 'library' });
    db = new DossierDb(dbName);
    const existing = await readLibrary(db);
    post({ type: 'stage', stage: 'planning' });
    post({ type: 'done', result: { ok: true, value: planOpened(existing, opened.value, fileName, importedAt) } });
  } catch (err) {
    post({ type: 'done', result: { ok: false, error: { code: 'import-worker-failed', message: err instanceof Error ? err.message : String(err) } } });
  } finally {
    db?.close();
  }
};
