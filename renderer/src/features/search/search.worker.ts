/**
 * The search index lives here, off the UI thread. The worker opens the same
 * IndexedDB database itself (same origin), so article text never crosses
 * postMessage; Dexie's liveQuery hears writes made by the page (Dexie relays
 * them over a BroadcastChannel) and each change triggers an incremental sync.
 */
/// <reference lib="webworker" />
import { liveQuery } from 'dexie';
import { DossierDb } from '../../db/database';
import { dexieIndexSource } from './dexie-source';
import { LibraryIndexer } from './indexer';
import type { FromWorker, ToWorker } from './protocol';

const post = (m: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

let indexer: LibraryIndexer | null = null;
let running = false;
let dirty = false;

async function syncLoop(): Promise<void> {
  if (running) {
    dirty = true;
    return;
  }
  running = true;
  try {
    do {
      dirty = false;
      await indexer!.sync();
    } while (dirty);
  } catch (e) {
    post({ type: 'status', status: { state: 'error', message: e instanceof Error ? e.message : String(e) } });
  } finally {
    running = false;
  }
}

function init(dbName: string): void {
  const db = new DossierDb(dbName);
  indexer = new LibraryIndexer(dexieIndexSource(db), (status) => post({ type: 'status', status }));
  // Any write to either table changes one of these key lists' observed ranges, waking a sync.
  liveQuery(() => Promise.all([db.articles.orderBy('updatedAt').primaryKeys(), db.claims.orderBy('updatedAt').primaryKeys()])).subscribe({
    next: () => void syncLoop(),
    error: (e: unknown) => post({ type: 'status', status: { state: 'error', message: e instanceof Error ? e.message : String(e) } }),
  });
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'init') {
    if (!indexer) init(m.dbName);
    return;
  }
  if (m.type === 'search') {
    const t0 = performance.now();
    const results = indexer ? indexer.search(m.query, { limit: m.limit }) : [];
    post({ type: 'results', id: m.id, results, ms: performance.now() - t0 });
  }
};
