/**
 * The search index lives here, off the UI thread. The worker opens the same
 * IndexedDB database itself (same origin), so article text never crosses
 * postMessage; Dexie's liveQuery hears writes made by the page (Dexie relays
 * them over a BroadcastChannel) and each change triggers an incremental sync.
 * The index is saved to its own cache database after changes settle and
 * resumed on the next start, so a restart re-reads only what changed.
 */
/// <reference lib="webworker" />
import { liveQuery } from 'dexie';
import { DossierDb } from '../../db/database';
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

/** Quiet time after the last change before the index is saved (saving serialises every document). */
const SAVE_DELAY_MS = 4000;

function scheduleSave(): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    if (!indexer || !cache || running) return scheduleSave();
    // A failed save only costs a rebuild next time.
    cache.save(indexer.snapshot()).catch(() => {});
  }, SAVE_DELAY_MS);
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
      if ((await indexer!.sync()) > 0) scheduleSave();
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
  const onStatus = (status: IndexStatus) => post({ type: 'status', status });
  cache = openIndexCache(dbName);
  const saved = await cache.load();
  indexer = (saved && LibraryIndexer.fromSnapshot(source, saved, onStatus)) || new LibraryIndexer(source, onStatus);
  // Any write to either table changes one of these key lists' observed ranges, waking a sync.
  liveQuery(() => Promise.all([db.articles.orderBy('updatedAt').primaryKeys(), db.claims.orderBy('updatedAt').primaryKeys()])).subscribe({
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
