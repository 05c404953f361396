/**
 * Builds the app's search index (shared/text/search-index.ts over the same
 * documents the app's indexer makes: renderer/src/features/search/search-docs)
 * off the UI thread, as the app does, and times queries against it and
 * against a naive scan (`includes` over every document's text).
 */
/// <reference lib="webworker" />
import type { LibraryData } from '@shared/domain';
import { SearchIndex, type SearchDoc } from '@shared/text/search-index';
import { articleDoc, claimDoc } from '../../renderer/src/features/search/search-docs';
import type { QueryTiming, SearchBenchRequest, SearchBenchResult } from './protocol';

/** The naive matcher: quoted phrases whole, other words split on spaces; every part must occur (lower case). */
function naiveTerms(query: string): string[] {
  const terms: string[] = [];
  const rest = query.replace(/"([^"]+)"/g, (_, p: string) => {
    terms.push(p.toLowerCase());
    return ' ';
  });
  for (const w of rest.split(/\s+/)) if (w) terms.push(w.toLowerCase());
  return terms;
}

async function run(req: SearchBenchRequest): Promise<SearchBenchResult> {
  let t0 = performance.now();
  const data = (await (await fetch(req.dataUrl)).json()) as LibraryData;
  const fetchParseMs = performance.now() - t0;
  const docs: SearchDoc[] = [...data.articles.map(articleDoc), ...data.claims.map(claimDoc)];
  const buildMs: number[] = [];
  let index = new SearchIndex();
  for (let r = 0; r < Math.max(1, req.buildRuns); r++) {
    index = new SearchIndex();
    t0 = performance.now();
    for (const d of docs) index.add(d);
    buildMs.push(performance.now() - t0);
  }
  const queries: QueryTiming[] = req.queries.map(({ q, family }) => {
    const ms: number[] = [];
    let hits = 0;
    for (let r = 0; r < Math.max(1, req.repeats); r++) {
      const s = performance.now();
      hits = index.search(q, { limit: req.limit }).length;
      ms.push(performance.now() - s);
    }
    return { q, family, ms, hits };
  });
  let naivePrepMs = 0;
  if (req.naive) {
    t0 = performance.now();
    const hay = docs.map((d) => Object.values(d.fields).filter(Boolean).join('\n').toLowerCase());
    naivePrepMs = performance.now() - t0;
    for (const timing of queries) {
      const terms = naiveTerms(timing.q);
      const s = performance.now();
      let n = 0;
      for (const h of hay) if (terms.every((t) => h.includes(t))) n++;
      timing.naiveMs = performance.now() - s;
      timing.naiveHits = n;
    }
  }
  return { docs: docs.length, fetchParseMs, buildMs, stats: index.stats(), naivePrepMs, queries };
}

self.onmessage = (e: MessageEvent<SearchBenchRequest>) => {
  run(e.data).then(
    (result) => self.postMessage({ ok: true, result }),
    (err: unknown) => self.postMessage({ ok: false, error: err instanceof Error ? `${err.message}\n${err.stack}` : String(err) }),
  );
};
