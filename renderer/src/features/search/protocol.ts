/** Messages between the page and the search worker. */
import type { IndexStatus, SearchResult } from './search-docs';

export type ToWorker = { type: 'init'; dbName: string } | { type: 'search'; id: number; query: string; limit: number };

export type FromWorker = { type: 'status'; status: IndexStatus } | { type: 'results'; id: number; results: SearchResult[]; ms: number };
