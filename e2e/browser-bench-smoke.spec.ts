/**
 * The benchmark harness on a few hundred articles, so `npm test` notices when
 * it rots: every figure must be measured (none "not measured") and each must
 * have done what it claims (the import landed, Korean particle queries hit,
 * the tables and the full compare matrix rendered, a PDF and a bundle came out).
 * No timing targets here: those are for `npm run bench` at full size.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_FILES, writeBenchData } from '../bench/lib/data';
import { SMOKE_RUNS, runAll, type Row } from '../bench/lib/harness';
import { BENCH_PROFILES } from '../bench/lib/chromium';
import type { BenchQuery } from '../bench/lib/queries';
import { startBenchServer } from '../bench/lib/server';

/** Its own port and data folder, so it never meets a full bench or another spec's server. */
const PORT = Number(process.env.DOSSIER_BENCH_SMOKE_PORT ?? 4391);

test('the benchmark harness measures every figure on a small library', async ({ browser }) => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-smoke-'));
  const manifest = writeBenchData(dataDir, { articles: 300, claims: 3_000, bigBriefingClaims: 20 }, { articles: 100, claims: 3_000, providers: 60, articleChars: 600 });
  const server = await startBenchServer({ port: PORT, dataDir, ...(process.env.DOSSIER_ROOT ? { rendererDir: process.env.DOSSIER_ROOT } : {}) });
  const log: string[] = [];
  let rows: Row[];
  try {
    // A provider name with its particle, as a researcher types it, leads the generated queries.
    const generated = JSON.parse(readFileSync(join(dataDir, DATA_FILES.queries), 'utf8')) as BenchQuery[];
    const queries: BenchQuery[] = [{ q: '네이버클라우드는', family: 'ko-particle' }, ...generated];
    rows = await runAll({ browser, baseURL: server.baseURL, dataDir, manifest, runs: SMOKE_RUNS, timeoutMs: 60_000, log: (m) => log.push(m), profiles: BENCH_PROFILES }, queries);
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(server.root, { recursive: true, force: true });
  }
  const by = new Map(rows.map((r) => [r.id, r]));
  const missing = rows.filter((r) => r.notMeasured).map((r) => `${r.figure}: ${r.notMeasured}`);
  expect(missing, log.join('\n')).toEqual([]);
  for (const id of ['import', 'index-app', 'search-p95', 'index-build', 'startup', 'startup-heap', 'library-render', 'claims-render', 'library-complete', 'claims-complete', 'library-scroll', 'claims-scroll', 'compare-render', 'compare-filter', 'pdf', 'export', 'export-size']) {
    expect(by.get(id)?.value?.median, id).toBeGreaterThan(0);
  }
  expect(by.get('import')?.baseline?.median, 'raw put baseline').toBeGreaterThan(0);
  expect(by.get('import')?.detail?.articles).toBe(300);
  const search = by.get('search-p95')!.detail!;
  expect(search.koParticleWithHits as number).toBeGreaterThan(0);
  expect(search.withHits as number).toBeGreaterThan((search.queries as number) / 2);
  expect(by.get('library-render')?.detail?.rows).toBe(300);
  expect(by.get('claims-render')?.detail?.rows).toBe(3_000);
  expect(by.get('compare-render')?.detail?.shape).toBe(`${manifest.compareCounts.providers} × ${manifest.compareCounts.attributes}`);
  expect(by.get('pdf')?.detail?.pages as number).toBeGreaterThan(1);
  const size = by.get('export-size')!.detail!;
  expect(size.bytes as number).toBeGreaterThan(1_000);
  expect(size.bytes as number).toBeLessThan(size.jsonBytes as number);
});
