/**
 * The benchmark's measurements, each a function of a Playwright Browser and
 * a served bench origin, used by `npm run bench` (bench/run.ts) at full size
 * and by the smoke spec (e2e/browser-bench-smoke.spec.ts) on a small library.
 *
 * Every figure drives the built app the way a person would (buttons, routes,
 * data-testids) and times it in the page where possible (performance.now,
 * MutationObserver, requestAnimationFrame), so Playwright's own round trips
 * stay out of the numbers. Each step catches its own failure and reports the
 * figure as "not measured: <reason>": a missing screen never stops the run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { SCHEMA_V1 } from '../../renderer/src/db/database';
import { LIBRARY_TABLES } from '@shared/domain';
import type { SearchBenchRequest, SearchBenchResult } from '../page/protocol';
import { DATA_FILES, type DataManifest } from './data';
import type { BenchQuery } from './queries';
import { percentile, summarize, type Summary } from './stats';

/** How many times each figure is measured. */
export interface RunCounts {
  import: number;
  rawPut: number;
  startup: number;
  tables: number;
  compare: number;
  pdf: number;
  export: number;
  searchBuilds: number;
  searchRepeats: number;
  /** Frames a scripted table scroll takes from top to bottom. */
  scrollSteps: number;
}

export const FULL_RUNS: RunCounts = { import: 3, rawPut: 3, startup: 3, tables: 3, compare: 5, pdf: 3, export: 3, searchBuilds: 3, searchRepeats: 5, scrollSteps: 200 };
export const SMOKE_RUNS: RunCounts = { import: 1, rawPut: 1, startup: 1, tables: 1, compare: 1, pdf: 1, export: 1, searchBuilds: 1, searchRepeats: 1, scrollSteps: 30 };

/** One line of the results table. `ratio` is figure / baseline (medians). */
export interface Row {
  id: string;
  figure: string;
  unit: 'ms' | 'bytes' | 'MB' | 'count';
  value?: Summary;
  baseline?: Summary & { label: string };
  ratio?: number;
  target: string;
  met: boolean | null;
  note?: string;
  notMeasured?: string;
  samples?: number[];
  /** Facts the smoke test checks (rows rendered, pages printed, bytes written). */
  detail?: Record<string, number | string>;
}

/** What the steps share. */
export interface Harness {
  browser: Browser;
  baseURL: string;
  dataDir: string;
  manifest: DataManifest;
  runs: RunCounts;
  /** Upper bound for any single wait (import of the whole library can take minutes). */
  timeoutMs: number;
  log: (msg: string) => void;
  /**
   * Launch options for profiles on disk. When given, every context is a persistent profile in
   * a temporary folder, as the app's own profile is: an incognito context keeps IndexedDB in
   * memory, where the search worker's 150 MiB index snapshot never finished saving, so every
   * start-up measured a rebuild instead of the resume a real session gets.
   */
  profiles?: { executablePath?: string; args: string[] };
}

/** Facts later steps need from earlier ones (e.g. the context holding the imported library). */
export interface Session {
  loaded?: BrowserContext;
  compare?: BrowserContext;
  search?: SearchBenchResult;
}

const now = () => performance.now();
/**
 * A fresh profile (empty IndexedDB). tsx compiles with esbuild's keepNames, which wraps named
 * functions inside page.evaluate callbacks in a `__name` helper the page lacks: define it as identity.
 */
async function newContext(h: Harness): Promise<BrowserContext> {
  const options = { baseURL: h.baseURL, viewport: { width: 1280, height: 800 }, acceptDownloads: true };
  let ctx: BrowserContext;
  if (h.profiles) {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-profile-'));
    ctx = await h.browser.browserType().launchPersistentContext(dir, { ...options, ...h.profiles, headless: true });
    // The browser may still be writing as it shuts down: retry, and leave a temporary folder behind rather than fail the bench.
    ctx.on('close', () => {
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch {
        /* left in the temporary folder */
      }
    });
  } else ctx = await h.browser.newContext(options);
  await ctx.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  return ctx;
}

function row(r: Omit<Row, 'met' | 'ratio'> & { check?: (v: Summary, ratio?: number) => boolean }): Row {
  const { check, ...rest } = r;
  const ratio = r.value && r.baseline && r.baseline.median > 0 ? r.value.median / r.baseline.median : undefined;
  return { ...rest, ...(ratio !== undefined ? { ratio } : {}), met: check && r.value ? check(r.value, ratio) : null };
}

/** A row for a figure that could not be measured, with the reason. */
export function notMeasured(id: string, figure: string, target: string, reason: string): Row {
  return { id, figure, unit: 'ms', target, met: null, notMeasured: reason };
}

const reasonOf = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : String(e));

/** Runs `step`; on failure logs it and returns rows marking each expected figure "not measured". */
async function guarded(h: Harness, figures: [string, string, string][], step: () => Promise<Row[]>): Promise<Row[]> {
  try {
    return await step();
  } catch (e) {
    h.log(`  ! ${figures.map((f) => f[0]).join(', ')}: ${reasonOf(e)}`);
    return figures.map(([id, figure, target]) => notMeasured(id, figure, target, reasonOf(e)));
  }
}

// ---------------------------------------------------------------- page helpers

/** Text of the search status once the app's worker reports `docs` documents indexed. */
async function waitIndexReady(page: Page, docs: number, timeout: number): Promise<void> {
  const digits = String(docs).split('').join('[,.\\s]?');
  await page.getByTestId('search-status').filter({ hasText: new RegExp(`(^|\\D)${digits}(\\D|$)`) }).filter({ hasNotText: '/' }).waitFor({ timeout });
}

/**
 * Waits until the worker has saved the index it holds (the status says so), as it will have
 * in any session left open a few seconds after an import: closing the page earlier would make
 * every start-up run rebuild from scratch instead of measuring the resume.
 */
async function waitIndexSaved(page: Page, timeout: number): Promise<number> {
  const t0 = now();
  await page.locator('[data-testid="search-status"][data-saved="true"]').waitFor({ timeout });
  return now() - t0;
}

/** Starts recording requestAnimationFrame gaps in the page (read with `stopFrames`). */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__frames = [];
    w.__framesOn = true;
    let last = performance.now();
    const loop = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__framesOn) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__framesOn = false;
    return w.__frames.slice(1);
  });
}

/** Milliseconds from setting `location.hash` until `selector` is in the DOM and the next frame has run. */
function timeRoute(page: Page, hash: string, selector: string): Promise<number> {
  return timeRouteStages(page, hash, selector).then((r) => r.firstMs);
}

/**
 * Sets the hash and times two moments, each after the frame that shows it: the first
 * element matching `selector`, and the moment it is there with no `[data-loading="true"]`
 * left (tables show a first screen through the indexes, then the whole table).
 */
function timeRouteStages(page: Page, hash: string, selector: string): Promise<{ firstMs: number; completeMs: number }> {
  return page.evaluate(
    ([hash, selector]) =>
      new Promise<{ firstMs: number; completeMs: number }>((resolve) => {
        const t0 = performance.now();
        let firstMs: number | undefined;
        let done = false;
        const check = () => {
          if (done || !document.querySelector(selector)) return;
          if (firstMs === undefined) {
            firstMs = -1;
            requestAnimationFrame(() => (firstMs = performance.now() - t0));
          }
          if (document.querySelector('[data-loading="true"]')) return;
          done = true;
          mo.disconnect();
          requestAnimationFrame(() => {
            const completeMs = performance.now() - t0;
            resolve({ firstMs: firstMs === undefined || firstMs < 0 ? completeMs : firstMs, completeMs });
          });
        };
        const mo = new MutationObserver(check);
        mo.observe(document.body, { childList: true, subtree: true, attributes: true });
        location.hash = hash;
        check();
      }),
    [hash, selector] as const,
  );
}

/** Goes to a light route (settings) and waits until it is shown, so the next route change starts from rest. */
async function toRest(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#/settings'));
  await page.locator('[data-testid="nav-settings"][aria-current="page"]').waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Scrolls a virtual table from top to bottom in `steps` frames; returns frame gaps and the last row reached. */
function scrollThrough(page: Page, testId: string, steps: number) {
  return page.evaluate(
    async ([testId, steps]) => {
      const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!;
      const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
      const deltas: number[] = [];
      let last = await frame();
      for (let i = 1; i <= steps; i++) {
        el.scrollTop = Math.round((i / steps) * (el.scrollHeight - el.clientHeight));
        const t = await frame();
        deltas.push(t - last);
        last = t;
      }
      // Let the virtualiser settle on the final window, then read where it ended.
      for (let i = 0; i < 3; i++) {
        el.scrollTop = el.scrollHeight;
        await frame();
      }
      const rows = el.querySelectorAll('tbody tr[data-index]');
      const lastIndex = Number(rows[rows.length - 1]?.getAttribute('data-index') ?? -1);
      const rowCount = Number(el.querySelector('table')?.getAttribute('aria-rowcount') ?? 1) - 1;
      return { deltas, lastIndex, rowCount };
    },
    [testId, steps] as const,
  );
}

// ---------------------------------------------------------------- import

/** One import of a bundle through the UI: Import bundle -> file -> preview -> confirm -> success toast. */
export async function importThroughUi(h: Harness, page: Page, bundlePath: string, expectArticles: number) {
  await page.goto('#/library');
  await page.getByTestId('import-bundle').waitFor({ timeout: h.timeoutMs });
  await startFrames(page);
  const chooser = page.waitForEvent('filechooser', { timeout: h.timeoutMs });
  await page.getByTestId('import-bundle').click();
  const fc = await chooser;
  const t0 = now();
  await fc.setFiles(bundlePath);
  const preview = page.getByTestId('import-preview');
  await preview.getByTestId('summary-articles').waitFor({ timeout: h.timeoutMs });
  const t1 = now();
  const newArticles = Number((await preview.getByTestId('summary-articles').locator('td').nth(1).textContent())?.replace(/\D/g, ''));
  if (newArticles !== expectArticles) throw new Error(`preview shows ${newArticles} new articles, expected ${expectArticles}`);
  const t2 = now();
  await preview.getByTestId('import-confirm').click();
  await page.locator('[data-testid="toasts"] .toast-success').first().waitFor({ timeout: h.timeoutMs });
  const t3 = now();
  const frames = await stopFrames(page);
  return { prepareMs: t1 - t0, commitMs: t3 - t2, totalMs: t1 - t0 + (t3 - t2), doneAt: t3, maxFrameMs: Math.max(0, ...frames) };
}

const IMPORT_TARGET = '≤ 1.5× raw put and < 20 s';

/** Import of the whole library through the app vs a raw IndexedDB put loop of the same records. */
export async function measureImport(h: Harness, s: Session): Promise<Row[]> {
  const figures: [string, string, string][] = [
    ['import', 'import of the whole library (bundle, UI)', IMPORT_TARGET],
    ['import-frame', 'longest frame during import', 'window responsive (≤ 50 ms)'],
    ['index-app', 'search index build in the app after import (worker, from IndexedDB)', '< 15 s'],
  ];
  let raw: number[] = [];
  const rawRow = await guarded(h, [['raw-put', 'raw IndexedDB put loop (baseline)', '—']], async () => {
    raw = await measureRawPut(h);
    return [];
  });
  return [
    ...rawRow,
    ...(await guarded(h, figures, async () => {
      const bundle = join(h.dataDir, DATA_FILES.bundle);
      const { articles, claims } = h.manifest.counts;
      const totals: number[] = [];
      const prepares: number[] = [];
      const commits: number[] = [];
      const frames: number[] = [];
      const indexMs: number[] = [];
      for (let r = 0; r < h.runs.import; r++) {
        const ctx = await newContext(h);
        const page = await ctx.newPage();
        const m = await importThroughUi(h, page, bundle, articles);
        totals.push(m.totalMs);
        prepares.push(m.prepareMs);
        commits.push(m.commitMs);
        frames.push(m.maxFrameMs);
        h.log(`  import run ${r + 1}: ${fmtMs(m.totalMs)} (preview ${fmtMs(m.prepareMs)}, commit ${fmtMs(m.commitMs)}), longest frame ${fmtMs(m.maxFrameMs)}`);
        const last = r === h.runs.import - 1;
        if (last) {
          await waitIndexReady(page, articles + claims, h.timeoutMs);
          indexMs.push(now() - m.doneAt);
          h.log(`  app index ready ${fmtMs(indexMs[0]!)} after the import; saved ${fmtMs(await waitIndexSaved(page, h.timeoutMs))} later`);
          s.loaded?.close().catch(() => {});
          s.loaded = ctx;
          await page.close();
        } else await ctx.close();
      }
      const rawSummary = raw.length ? { ...summarize(raw), label: 'raw IndexedDB put loop' } : undefined;
      return [
        row({
          id: 'import',
          figure: 'import of the whole library (bundle, UI)',
          unit: 'ms',
          value: summarize(totals),
          ...(rawSummary ? { baseline: rawSummary } : {}),
          target: IMPORT_TARGET,
          check: (v, ratio) => v.median < 20_000 && ratio !== undefined && ratio <= 1.5,
          detail: { articles },
          note: `preview (read, verify, validate, restore, plan) median ${fmtMs(summarize(prepares).median)}; commit (backup + one transaction) median ${fmtMs(summarize(commits).median)}`,
          samples: totals,
        }),
        row({ id: 'import-frame', figure: 'longest frame during import', unit: 'ms', value: summarize(frames), target: 'window responsive (≤ 50 ms)', check: (v) => v.median <= 50, samples: frames }),
        row({
          id: 'index-app',
          figure: 'search index build in the app after import (worker, from IndexedDB)',
          unit: 'ms',
          value: summarize(indexMs),
          target: '< 15 s',
          check: (v) => v.median < 15_000,
          note: 'one sample per bench (after the last import); start-up rows measure it again',
          samples: indexMs,
        }),
      ];
    })),
  ];
}

/** The baseline: the same records put into a separate database with the app's library indexes, in one transaction. */
export async function measureRawPut(h: Harness): Promise<number[]> {
  const ctx = await newContext(h);
  const page = await ctx.newPage();
  await page.goto('bench-page/index.html');
  const schema = Object.fromEntries(LIBRARY_TABLES.map((t) => [t, SCHEMA_V1[t]]));
  const out: number[] = [];
  for (let r = 0; r < h.runs.rawPut; r++) {
    const ms = await page.evaluate(
      async ({ url, schema, dbName }) => {
        const data = (await (await fetch(url)).json()) as Record<string, unknown[]>;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(dbName, 1);
          req.onupgradeneeded = () => {
            for (const [table, spec] of Object.entries(schema)) {
              const parts = spec.split(',').map((p) => p.trim());
              const keyPath = (p: string) => (p.startsWith('[') ? p.slice(1, -1).split('+') : p);
              const store = req.result.createObjectStore(table, { keyPath: keyPath(parts[0]!.replace(/^[&+]/, '')) });
              for (const p of parts.slice(1)) {
                const name = p.replace(/^[&*]/, '');
                store.createIndex(name, keyPath(name), { multiEntry: p.startsWith('*'), unique: p.startsWith('&') });
              }
            }
          };
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const tables = Object.keys(schema);
        const t0 = performance.now();
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(tables, 'readwrite');
          for (const t of tables) {
            const store = tx.objectStore(t);
            for (const rec of data[t] ?? []) store.put(rec);
          }
          tx.oncomplete = () => resolve();
          tx.onerror = tx.onabort = () => reject(tx.error);
        });
        const ms = performance.now() - t0;
        db.close();
        await new Promise((r) => {
          const del = indexedDB.deleteDatabase(dbName);
          del.onsuccess = del.onerror = del.onblocked = r;
        });
        return ms;
      },
      { url: `/bench-data/${DATA_FILES.json}`, schema, dbName: `bench-raw-${r}` },
    );
    out.push(ms);
    h.log(`  raw put run ${r + 1}: ${fmtMs(ms)}`);
  }
  await ctx.close();
  return out;
}

// ---------------------------------------------------------------- search

/** Search index build and query latency in a worker on the bench page, against a naive scan. */
export async function measureSearch(h: Harness, s: Session, queries: BenchQuery[], naive = true): Promise<Row[]> {
  const figures: [string, string, string][] = [
    ['search-p50', 'search latency p50 (200 queries)', '—'],
    ['search-p95', 'search latency p95 (200 queries)', 'p95 < 20 ms and ≥ 50× faster than the scan'],
    ['index-build', 'search index build (worker, whole library)', '< 15 s'],
    ['index-memory', 'search index memory (stats().approxBytes)', 'reported'],
  ];
  return guarded(h, figures, async () => {
    const ctx = await newContext(h);
    const page = await ctx.newPage();
    await page.goto('bench-page/index.html');
    await page.getByText('bench page ready').waitFor({ timeout: h.timeoutMs });
    const req: SearchBenchRequest = { dataUrl: `/bench-data/${DATA_FILES.json}`, queries, buildRuns: h.runs.searchBuilds, repeats: h.runs.searchRepeats, limit: 30, naive };
    const res = await page.evaluate((req) => window.benchSearch(req), req);
    await ctx.close();
    s.search = res;
    const perQuery = res.queries.map((q) => summarize(q.ms).median);
    const naiveMs = res.queries.map((q) => q.naiveMs ?? NaN).filter((x) => !Number.isNaN(x));
    const stat = (xs: number[], p: number) => ({ ...summarize(xs), median: percentile(xs, p) });
    const p95 = stat(perQuery, 0.95);
    const naiveP95 = naiveMs.length ? { ...stat(naiveMs, 0.95), label: 'naive scan p95' } : undefined;
    h.log(`  index built in ${res.buildMs.map(fmtMs).join(', ')}; ${res.docs} docs, ${res.stats.terms} keys, ${fmtBytes(res.stats.approxBytes)}`);
    return [
      row({
        id: 'search-p50',
        figure: 'search latency p50 (200 queries)',
        unit: 'ms',
        value: stat(perQuery, 0.5),
        ...(naiveMs.length ? { baseline: { ...stat(naiveMs, 0.5), label: 'naive scan p50' } } : {}),
        target: '—',
        note: `min/max over queries; each query the median of ${h.runs.searchRepeats} runs`,
        samples: perQuery,
      }),
      row({
        id: 'search-p95',
        figure: 'search latency p95 (200 queries)',
        unit: 'ms',
        value: p95,
        ...(naiveP95 ? { baseline: naiveP95 } : {}),
        target: 'p95 < 20 ms and ≥ 50× faster than the scan',
        check: (v, ratio) => v.median < 20 && ratio !== undefined && ratio <= 1 / 50,
        detail: {
          queries: res.queries.length,
          withHits: res.queries.filter((q) => q.hits > 0).length,
          koParticleWithHits: res.queries.filter((q) => q.family === 'ko-particle' && q.hits > 0).length,
          naiveWithHits: res.queries.filter((q) => (q.naiveHits ?? 0) > 0).length,
        },
        note: `${res.queries.filter((q) => q.hits > 0).length}/${res.queries.length} queries with hits; naive scan once per query over lower-cased text (lower-casing ${fmtMs(res.naivePrepMs)} not counted)`,
      }),
      row({ id: 'index-build', figure: 'search index build (worker, whole library)', unit: 'ms', value: summarize(res.buildMs), target: '< 15 s', check: (v) => v.median < 15_000, note: `${res.docs} documents; fetch + JSON.parse ${fmtMs(res.fetchParseMs)} not counted`, samples: res.buildMs }),
      row({ id: 'index-memory', figure: 'search index memory (stats().approxBytes)', unit: 'bytes', value: summarize([res.stats.approxBytes]), target: 'reported', note: `${res.stats.terms} keys, ${res.stats.postings} postings` }),
    ];
  });
}

// ---------------------------------------------------------------- start-up

const INTERACTIVE = `(() => {
  const sel = '[data-testid="library-table"] tbody tr[data-index], [data-testid="library-empty"]';
  const mark = () => {
    if (window.__interactiveSeen || !document.querySelector(sel)) return;
    window.__interactiveSeen = true;
    window.__interactiveKind = document.querySelector('[data-testid="library-empty"]') ? 'empty' : 'table';
    requestAnimationFrame(() => { window.__interactive = performance.now(); });
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
})();`;

/** Navigation start to the library table (or the empty state) on screen, and the main thread's JS heap then. */
async function startOnce(ctx: BrowserContext, timeout: number, indexDocs?: number) {
  const page = await ctx.newPage();
  await page.addInitScript(INTERACTIVE);
  await page.goto('#/library');
  await page.waitForFunction(() => (window as unknown as { __interactive?: number }).__interactive !== undefined, undefined, { timeout });
  const { ms, kind } = await page.evaluate(() => {
    const w = window as unknown as { __interactive: number; __interactiveKind: string };
    return { ms: w.__interactive, kind: w.__interactiveKind };
  });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
  const heapMb = await heap();
  let indexMs: number | undefined;
  let heapAfterIndexMb: number | undefined;
  if (indexDocs) {
    await waitIndexReady(page, indexDocs, timeout);
    indexMs = await page.evaluate(() => performance.now());
    heapAfterIndexMb = await heap();
    await waitIndexSaved(page, timeout);
  }
  await page.close();
  return { ms, kind, heapMb, indexMs, heapAfterIndexMb };
}

/** Start-up to interactive with the library stored vs an empty library, and the JS heap after start. */
export async function measureStartup(h: Harness, s: Session): Promise<Row[]> {
  const figures: [string, string, string][] = [
    ['startup', 'start-up to interactive, library stored', '< 2 s'],
    ['startup-heap', 'JS heap after start (main thread)', '< 400 MB'],
    ['index-startup', 'search index ready at start-up (nav start to ready)', '< 15 s'],
  ];
  return guarded(h, figures, async () => {
    if (!s.loaded) throw new Error('no imported library (the import step failed)');
    const empty: number[] = [];
    for (let r = 0; r < h.runs.startup; r++) {
      const ctx = await newContext(h);
      const m = await startOnce(ctx, h.timeoutMs);
      if (m.kind !== 'empty') throw new Error('a fresh profile did not show the empty library');
      empty.push(m.ms);
      await ctx.close();
    }
    const full: number[] = [];
    const heaps: number[] = [];
    const index: number[] = [];
    const heapsAfter: number[] = [];
    const { articles, claims } = h.manifest.counts;
    for (let r = 0; r < h.runs.startup; r++) {
      const m = await startOnce(s.loaded, h.timeoutMs, articles + claims);
      if (m.kind !== 'table') throw new Error('the stored library did not show its table');
      full.push(m.ms);
      heaps.push(m.heapMb);
      if (m.indexMs !== undefined) index.push(m.indexMs);
      if (m.heapAfterIndexMb !== undefined) heapsAfter.push(m.heapAfterIndexMb);
      h.log(`  start-up run ${r + 1}: interactive ${fmtMs(m.ms)}, heap ${m.heapMb.toFixed(0)} MB; index ready at ${fmtMs(m.indexMs ?? NaN)}`);
    }
    return [
      row({ id: 'startup', figure: 'start-up to interactive, library stored', unit: 'ms', value: summarize(full), baseline: { ...summarize(empty), label: 'empty library' }, target: '< 2 s', check: (v) => v.median < 2_000, samples: full }),
      row({ id: 'startup-heap', figure: 'JS heap after start (main thread)', unit: 'MB', value: summarize(heaps), target: '< 400 MB', check: (v) => v.max < 400, note: `after the index is ready: median ${summarize(heapsAfter).median.toFixed(0)} MB (worker heaps not included)`, samples: heaps }),
      row({ id: 'index-startup', figure: 'search index ready at start-up (nav start to ready)', unit: 'ms', value: summarize(index), target: '< 15 s', check: (v) => v.median < 15_000, note: 'the worker resumes its cached index (<db>-search-cache); when the library revision it was saved with still holds, one read confirms it is current, otherwise it re-syncs by versions first', samples: index }),
    ];
  });
}

// ---------------------------------------------------------------- tables

/** First render and a scripted top-to-bottom scroll of the library and claims tables. */
export async function measureTables(h: Harness, s: Session): Promise<Row[]> {
  const out: Row[] = [];
  const specs = [
    { name: 'library', hash: '#/library', testId: 'library-table', rows: h.manifest.counts.articles },
    { name: 'claims', hash: '#/claims', testId: 'claims-table', rows: h.manifest.counts.claims },
  ];
  for (const t of specs) {
    out.push(
      ...(await guarded(
        h,
        [
          [`${t.name}-render`, `${t.name} table: first render`, '< 200 ms'],
          [`${t.name}-complete`, `${t.name} table: every row loaded (sort and filter over all)`, 'reported'],
          [`${t.name}-scroll`, `${t.name} table: longest frame, scroll top to bottom`, '≤ 50 ms'],
        ],
        async () => {
          if (!s.loaded) throw new Error('no imported library (the import step failed)');
          const page = await s.loaded.newPage();
          // A new tab starts its own search worker, which rebuilds the index for a while; measure the
          // tables once it is done so the figures are the tables' own (start-up rows cover the cold tab).
          await page.goto('#/library');
          await waitIndexReady(page, h.manifest.counts.articles + h.manifest.counts.claims, h.timeoutMs);
          const renders: number[] = [];
          const completes: number[] = [];
          const maxFrames: number[] = [];
          const p95Frames: number[] = [];
          let reached = { lastIndex: -1, rowCount: 0 };
          for (let r = 0; r < h.runs.tables; r++) {
            await toRest(page);
            const stages = await timeRouteStages(page, t.hash, `[data-testid="${t.testId}"] tbody tr[data-index]`);
            renders.push(stages.firstMs);
            completes.push(stages.completeMs);
            const sc = await scrollThrough(page, t.testId, h.runs.scrollSteps);
            maxFrames.push(Math.max(...sc.deltas));
            p95Frames.push(percentile(sc.deltas, 0.95));
            reached = sc;
          }
          await page.close();
          if (reached.rowCount !== t.rows) h.log(`  ${t.name} table shows ${reached.rowCount} rows, expected ${t.rows}`);
          h.log(`  ${t.name}: first render ${renders.map(fmtMs).join(', ')}; every row ${completes.map(fmtMs).join(', ')}; longest frame ${maxFrames.map(fmtMs).join(', ')}`);
          return [
            row({ id: `${t.name}-render`, figure: `${t.name} table: first render`, unit: 'ms', value: summarize(renders), target: '< 200 ms', check: (v) => v.median < 200, detail: { rows: reached.rowCount, lastRow: reached.lastIndex + 1 }, note: `from the route change to the first rows on screen (a first screen read through the indexes while the ${reached.rowCount} rows load)`, samples: renders }),
            row({ id: `${t.name}-complete`, figure: `${t.name} table: every row loaded (sort and filter over all)`, unit: 'ms', value: summarize(completes), target: 'reported', note: `from the route change until the table holds all ${reached.rowCount} rows (includes reading them from IndexedDB)`, samples: completes }),
            row({
              id: `${t.name}-scroll`,
              figure: `${t.name} table: longest frame, scroll top to bottom`,
              unit: 'ms',
              value: summarize(maxFrames),
              target: '≤ 50 ms',
              check: (v) => v.median <= 50,
              note: `once every row is loaded: ${h.runs.scrollSteps} scroll steps, one per frame; p95 frame ${fmtMs(summarize(p95Frames).median)}; reached row ${reached.lastIndex + 1} of ${reached.rowCount}`,
              samples: maxFrames,
            }),
          ];
        },
      )),
    );
  }
  return out;
}

// ---------------------------------------------------------------- compare

/** Changes the compare origin filter and times until the row count changes and a frame has run. */
function timeOriginChange(page: Page, value: string) {
  return page.evaluate(
    (value) =>
      new Promise<{ ms: number; rows: number }>((resolve, reject) => {
        const rows = () => Number(document.querySelector('[data-testid="compare-table"] table')?.getAttribute('aria-rowcount') ?? 1) - 1;
        const select = document.querySelector<HTMLSelectElement>('[data-testid="compare-origin"]');
        if (!select) return reject(new Error('no compare origin filter'));
        const before = rows();
        const t0 = performance.now();
        const mo = new MutationObserver(() => {
          if (rows() === before) return;
          mo.disconnect();
          requestAnimationFrame(() => resolve({ ms: performance.now() - t0, rows: rows() }));
        });
        mo.observe(document.body, { childList: true, subtree: true, attributes: true });
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        setTimeout(() => reject(new Error(`the row count stayed ${before} after choosing origin "${value}"`)), 30_000);
      }),
    value,
  );
}

/** The compare matrix on the compare library (200 x 50 at full size): first render and changing the origin filter. */
export async function measureCompare(h: Harness, s: Session): Promise<Row[]> {
  const c = h.manifest.compareCounts;
  const size = `${c.providers} × ${c.attributes}`;
  const figures: [string, string, string][] = [
    ['compare-render', `compare matrix ${size}: first render`, '< 300 ms'],
    ['compare-filter', 'compare matrix: change a filter', '< 100 ms'],
  ];
  return guarded(h, figures, async () => {
    const ctx = await newContext(h);
    s.compare = ctx;
    const page = await ctx.newPage();
    await importThroughUi(h, page, join(h.dataDir, DATA_FILES.compareBundle), c.articles);
    await waitIndexReady(page, c.articles + c.claims, h.timeoutMs);
    const renders: number[] = [];
    const filters: number[] = [];
    let shape = '';
    for (let r = 0; r < h.runs.compare; r++) {
      await toRest(page);
      renders.push(await timeRoute(page, '#/compare', '[data-testid="compare-table"] tbody tr[data-index]'));
      const dims = await page.evaluate(() => {
        const table = document.querySelector('[data-testid="compare-table"] table');
        // Columns are virtualised: the table's aria-colcount is the whole width.
        return { rows: Number(table?.getAttribute('aria-rowcount') ?? 1) - 1, cols: Number(table?.getAttribute('aria-colcount') ?? table?.querySelectorAll('thead th').length ?? 1) - 1 };
      });
      shape = `${dims.rows} × ${dims.cols}`;
      const a = await timeOriginChange(page, 'domestic');
      const b = await timeOriginChange(page, '');
      filters.push(a.ms, b.ms);
    }
    await ctx.close();
    s.compare = undefined;
    h.log(`  compare ${shape}: first render ${renders.map(fmtMs).join(', ')}; filter ${filters.map(fmtMs).join(', ')}`);
    return [
      row({ id: 'compare-render', figure: `compare matrix ${size}: first render`, unit: 'ms', value: summarize(renders), target: '< 300 ms', check: (v) => v.median < 300, detail: { shape }, note: `rendered ${shape} (providers × attributes) from ${c.claims} claims; the first visit in the tab (${fmtMs(renders[0] ?? NaN)}) reads them, later ones find them cached for the unchanged library revision`, samples: renders }),
      row({ id: 'compare-filter', figure: 'compare matrix: change a filter', unit: 'ms', value: summarize(filters), target: '< 100 ms', check: (v) => v.median < 100, note: 'origin: all -> domestic -> all', samples: filters }),
    ];
  });
}

// ---------------------------------------------------------------- PDF

const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, outline: true, tagged: true } as const;

function pdfPages(bytes: Buffer): number {
  try {
    const out = execFileSync('pdfinfo', ['-'], { input: bytes, encoding: 'utf8' });
    return Number(/Pages:\s+(\d+)/.exec(out)?.[1] ?? NaN);
  } catch {
    return (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  }
}

/** PDF of the large briefing via the app's print page vs Chromium printing the same final HTML bare. */
export async function measurePdf(h: Harness, s: Session): Promise<Row[]> {
  return guarded(h, [['pdf', 'PDF export of the large briefing', '≤ 1.5× bare page.pdf']], async () => {
    if (!s.loaded) throw new Error('no imported library (the import step failed)');
    const app: number[] = [];
    const bare: number[] = [];
    let pages = 0;
    let barePages = 0;
    // A researcher exports from the open app: its window keeps the database open while the print
    // page (Electron's hidden window) loads, so the print does not pay for opening it cold.
    const appWindow = await s.loaded.newPage();
    await appWindow.goto('#/briefings');
    await appWindow.getByTestId('nav-briefings').waitFor({ timeout: h.timeoutMs });
    for (let r = 0; r < h.runs.pdf; r++) {
      const page = await s.loaded.newPage();
      const t0 = now();
      await page.goto(`#/print/briefing/${encodeURIComponent(h.manifest.bigBriefingId)}`);
      await page.locator('[data-print-ready="true"]').waitFor({ timeout: h.timeoutMs });
      const pdf = await page.pdf(PDF_OPTIONS);
      app.push(now() - t0);
      pages = pdfPages(pdf);
      const html = (await page.content())
        .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
        .replace(/<meta[^>]+Content-Security-Policy[^>]*>/i, '')
        .replace(/<head>/i, `<head><base href="${h.baseURL}">`);
      await page.close();
      const blank = await s.loaded.newPage();
      const t1 = now();
      await blank.setContent(html, { waitUntil: 'load' });
      await blank.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf2 = await blank.pdf(PDF_OPTIONS);
      bare.push(now() - t1);
      barePages = pdfPages(pdf2);
      await blank.close();
    }
    await appWindow.close();
    h.log(`  pdf: app ${app.map(fmtMs).join(', ')} (${pages} pages); bare ${bare.map(fmtMs).join(', ')} (${barePages} pages)`);
    return [
      row({
        id: 'pdf',
        figure: `PDF export of a ${pages}-page briefing`,
        unit: 'ms',
        value: summarize(app),
        baseline: { ...summarize(bare), label: 'page.pdf of the same HTML' },
        target: '≤ 1.5× bare page.pdf',
        check: (_v, ratio) => ratio !== undefined && ratio <= 1.5,
        detail: { pages, barePages },
        note: `app: open print route beside an open app window, load, lay out, fonts, print (${pages} pages); bare: setContent of the final HTML without scripts + print (${barePages} pages)`,
        samples: app,
      }),
    ];
  });
}

// ---------------------------------------------------------------- export

/** Bundle export through the Export button vs JSON.stringify of the same records. */
export async function measureExport(h: Harness, s: Session): Promise<Row[]> {
  const figures: [string, string, string][] = [
    ['export', 'bundle export of the library', 'time and size vs raw JSON'],
    ['export-size', 'bundle file size', 'vs raw JSON size'],
  ];
  return guarded(h, figures, async () => {
    if (!s.loaded) throw new Error('no imported library (the import step failed)');
    const page = await s.loaded.newPage();
    await page.goto('#/library');
    await page.getByTestId('export-bundle').waitFor({ timeout: h.timeoutMs });
    const times: number[] = [];
    let size = 0;
    for (let r = 0; r < h.runs.export; r++) {
      const download = page.waitForEvent('download', { timeout: h.timeoutMs });
      const t0 = now();
      await page.getByTestId('export-bundle').click();
      const d = await download;
      const path = await d.path();
      times.push(now() - t0);
      size = statSync(path).size;
      await d.delete();
    }
    const base: number[] = [];
    let jsonBytes = 0;
    for (let r = 0; r < h.runs.export; r++) {
      const m = await page.evaluate(async (tables) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('dossier');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const data: Record<string, unknown[]> = {};
        const tx = db.transaction(tables, 'readonly');
        await Promise.all(
          tables.map(
            (t) =>
              new Promise<void>((resolve, reject) => {
                const req = tx.objectStore(t).getAll();
                req.onsuccess = () => {
                  data[t] = req.result;
                  resolve();
                };
                req.onerror = () => reject(req.error);
              }),
          ),
        );
        db.close();
        const t0 = performance.now();
        const json = JSON.stringify(data);
        const ms = performance.now() - t0;
        return { ms, bytes: new Blob([json]).size };
      }, [...LIBRARY_TABLES]);
      base.push(m.ms);
      jsonBytes = m.bytes;
    }
    await page.close();
    h.log(`  export: ${times.map(fmtMs).join(', ')}, ${fmtBytes(size)}; JSON.stringify ${base.map(fmtMs).join(', ')}, ${fmtBytes(jsonBytes)}`);
    return [
      row({ id: 'export', figure: 'bundle export of the library', unit: 'ms', value: summarize(times), baseline: { ...summarize(base), label: 'JSON.stringify' }, target: 'time and size vs raw JSON', note: 'click to finished download (read all tables, serialise, SHA-256, deflate); the baseline excludes reading', samples: times }),
      row({ id: 'export-size', figure: 'bundle file size', unit: 'bytes', value: summarize([size]), baseline: { ...summarize([jsonBytes]), label: 'raw JSON' }, target: 'vs raw JSON size', detail: { bytes: size, jsonBytes } }),
    ];
  });
}

// ---------------------------------------------------------------- all

/** Runs every step in order; a failed step yields "not measured" rows and the rest still run. */
export async function runAll(h: Harness, queries: BenchQuery[], only?: string[]): Promise<Row[]> {
  const s: Session = {};
  const rows: Row[] = [];
  const step = async (name: string, fn: () => Promise<Row[]>) => {
    // Later steps need the imported library, so `only` never skips the import.
    if (only && !only.some((o) => name.startsWith(o)) && !name.startsWith('import')) return;
    h.log(`• ${name}`);
    const t0 = now();
    rows.push(...(await fn()));
    h.log(`  (${fmtMs(now() - t0)})`);
  };
  try {
    await step('search: index and queries (bench page worker)', () => measureSearch(h, s, queries));
    await step('import vs raw put', () => measureImport(h, s));
    await step('startup', () => measureStartup(h, s));
    await step('tables', () => measureTables(h, s));
    await step('PDF', () => measurePdf(h, s));
    await step('export', () => measureExport(h, s));
    await step('compare', () => measureCompare(h, s));
  } finally {
    await s.loaded?.close().catch(() => {});
    await s.compare?.close().catch(() => {});
  }
  return rows;
}

// ---------------------------------------------------------------- formatting

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(ms >= 10 ? 1 : 2)} ms`;
}

export function fmtBytes(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(0)} KiB`;
}

/** A value in its row's unit. */
export function fmtValue(unit: Row['unit'], v: number): string {
  return unit === 'ms' ? fmtMs(v) : unit === 'bytes' ? fmtBytes(v) : unit === 'MB' ? `${v.toFixed(0)} MB` : String(v);
}
