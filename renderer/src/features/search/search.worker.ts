/**
 * The search index lives here, off the UI thread. The worker opens the same
 * IndexedDB database itself (same origin), so article text never crosses
 * postMessage; Dexie's liveQuery hears writes made by the page (Dexie relays
 * them over a BroadcastChannel) and each change triggers an incremental sync.
 * The index is saved to its own cache database after changes settle and
 * resumed on the next start with the library revision it matched
 * (`db/revision.ts`): when the revision is unchanged the resumed index is
 * current after one read, and otherwise a sync re-reads only what changed.
 */
/// <reference lib="webworker" />
import { liveQuery } from 'dexie';
import { DossierDb } from '../../db/database';
import { readRevision } from '../../db/revision';
import { dexieIndexSource } from './dexie-source';
import { openIndexCache } from './index-cache';
import { LibraryIndexer } from './indexer';
import type { FromWorker, ToWorker } from './protocol';
import type { IndexStatus } from './search-docs';

const post = (m: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

let indexer: LibraryIndexer | null = null;
let started = false;
let running = false;
let dirty = false;
let cache: ReturnType<typeof openIndexCache> | null = null;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** A save is scheduled or under way. */
let savePending = false;

/** Quiet time after the last change before the index is saved (saving serialises every document). */
const SAVE_DELAY_MS = 4000;
/**
 * After a sync this large the index is saved almost at once: rebuilding it costs far more
 * than one save, and a researcher who closes the app soon after an import should not pay
 * for the whole build again at the next start.
 */
const SAVE_SOON_AFTER = 1000;

function scheduleSave(delay = SAVE_DELAY_MS): void {
  clearTimeout(saveTimer);
  savePending = true;
  saveTimer = setTimeout(() => {
    if (!indexer || !cache || running) return scheduleSave(delay);
    const ix = indexer;
    cache
      .save(ix.snapshot())
      .then(() => {
        savePending = false;
        if (!running && !dirty) post({ type: 'status', status: { state: 'ready', docs: ix.index.stats().docs, saved: true } });
      })
      // A failed save only costs a rebuild next time; say so in the console for whoever profiles it.
      .catch((e: unknown) => {
        savePending = false;
        console.warn('The search index could not be saved; the next start rebuilds it.', e);
      });
  }, delay);
}

/** Ready statuses say whether the saved index matches too (`saved`), which tells a test or benchmark that closing now loses nothing. */
function postStatus(status: IndexStatus): void {
  post({ type: 'status', status: status.state === 'ready' ? { ...status, saved: !savePending && !!indexer && !indexer.unsaved } : status });
}

async function syncLoop(): Promise<void> {
  if (running) {
    dirty = true;
    return;
  }
  running = true;
  try {
    do {
      dirty = false;
      const changed = await indexer!.sync();
      if (changed > 0 || indexer!.unsaved) scheduleSave(changed >= SAVE_SOON_AFTER ? 300 : SAVE_DELAY_MS);
    } while (dirty);
  } catch (e) {
    post({ type: 'status', status: { state: 'error', message: e instanceof Error ? e.message : String(e) } });
  } finally {
    running = false;
  }
}

async function init(dbName: string): Promise<void> {
  const db = new DossierDb(dbName);
  const source = dexieIndexSource(db);
  cache = openIndexCache(dbName);
  const saved = await cache.load();
  indexer = (saved && LibraryIndexer.fromSnapshot(source, saved, postStatus)) || new LibraryIndexer(source, postStatus);
  // Every write to articles or claims rewrites the revision row in its own transaction, so watching
  // that one row wakes a sync after any of them, for one small read (counting the tables walked every
  // key: 200 ms for 100,000 claims from disk, during which the database answered nothing else).
  liveQuery(() => readRevision(db)).subscribe({
    next: () => void syncLoop(),
    error: (e: unknown) => post({ type: 'status', status: { state: 'error', message: e instanceof Error ? e.message : String(e) } }),
  });
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'init') {
    if (!started) {
      started = true;
      void init(m.dbName);
    }
    return;
  }
  if (m.type === 'search') {
    const t0 = performance.now();
    const results = indexer ? indexer.search(m.query, { limit: m.limit }) : [];
    post({ type: 'results', id: m.id, results, ms: performance.now() - t0 });
  }
};
