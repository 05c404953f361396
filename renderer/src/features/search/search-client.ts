/**
 * The page's handle on the search worker: one worker per database, started
 * on first use, with a promise per query and a subscribable index status.
 */
import { useSyncExternalStore } from 'react';
import type { FromWorker, ToWorker } from './protocol';
import type { IndexStatus, SearchResult } from './search-docs';

export interface SearchAnswer {
  results: SearchResult[];
  /** Time the worker spent answering, in milliseconds. */
  ms: number;
}

/** A running search worker. */
export interface SearchClient {
  search(query: string, limit?: number): Promise<SearchAnswer>;
  status(): IndexStatus;
  subscribe(listener: () => void): () => void;
}

const clients = new Map<string, SearchClient>();

/** The search client for the database named `dbName`, starting its worker on first call. */
export function getSearchClient(dbName: string): SearchClient {
  let client = clients.get(dbName);
  if (!client) {
    client = startClient(dbName, new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' }));
    clients.set(dbName, client);
  }
  return client;
}

/** Wraps a worker speaking the search protocol (exported for tests with a fake worker). */
export function startClient(dbName: string, worker: Pick<Worker, 'postMessage' | 'addEventListener'>): SearchClient {
  let status: IndexStatus = { state: 'starting' };
  const listeners = new Set<() => void>();
  const pending = new Map<number, (a: SearchAnswer) => void>();
  let nextId = 1;
  worker.addEventListener('message', (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === 'status') {
      status = m.status;
      listeners.forEach((l) => l());
    } else {
      pending.get(m.id)?.({ results: m.results, ms: m.ms });
      pending.delete(m.id);
    }
  });
  worker.addEventListener('error', (e: Event) => {
    status = { state: 'error', message: (e as ErrorEvent).message || 'search worker failed' };
    listeners.forEach((l) => l());
  });
  worker.postMessage({ type: 'init', dbName } satisfies ToWorker);
  return {
    search(query, limit = 30) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ type: 'search', id, query, limit } satisfies ToWorker);
      });
    },
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The client's index status as React state. */
export function useIndexStatus(client: SearchClient): IndexStatus {
  return useSyncExternalStore(client.subscribe, client.status);
}
