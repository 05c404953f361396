/** Messages between the bench page, its search worker and the Node harness (all structured-cloneable). */
import type { IndexStats } from '@shared/text/search-index';

/** What the harness asks the bench page to measure. */
export interface SearchBenchRequest {
  /** URL of the library as JSON (LibraryData), same origin. */
  dataUrl: string;
  queries: { q: string; family: string }[];
  /** Index builds to time (the last one answers the queries). */
  buildRuns: number;
  /** Times each query is run against the index; its figure is the median. */
  repeats: number;
  /** Hits asked for per query (the app's search box asks for 30). */
  limit: number;
  /** Run the naive scan too (slow at full size; once per query). */
  naive: boolean;
}

/** One query's timings. */
export interface QueryTiming {
  q: string;
  family: string;
  /** Index time per repeat, ms. */
  ms: number[];
  hits: number;
  naiveMs?: number;
  naiveHits?: number;
}

/** What the worker measured. */
export interface SearchBenchResult {
  docs: number;
  fetchParseMs: number;
  buildMs: number[];
  stats: IndexStats;
  naivePrepMs: number;
  queries: QueryTiming[];
}
