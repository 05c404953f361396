/**
 * `npm run bench` (after `electron-vite build`): serves the built renderer
 * with scripts/serve.mjs on its own port, drives Debian Chromium with
 * Playwright through every figure of issue 6 on the generated library, prints
 * the table and writes bench/results.json.
 *
 * Flags: --data DIR (default bench/data; generated first if missing)
 * --port N (default DOSSIER_PORT or 4390) --quick (one run per figure)
 * --import-runs N (fewer imports when only later figures matter) --out FILE (default bench/results.json) --renderer DIR (a copy of out/renderer) --only a,b (step names: search,
 * import, startup, tables, pdf, export, compare).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { intArg, parseArgs } from './lib/args';
import { BENCH_PROFILES, CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { DATA_FILES, readManifest, writeBenchData } from './lib/data';
import { FULL_RUNS, SMOKE_RUNS, fmtBytes, fmtMs, runAll, type Harness, type Row } from './lib/harness';
import { formatTable } from './lib/report';
import type { BenchQuery } from './lib/queries';
import { startBenchServer } from './lib/server';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const args = parseArgs(process.argv.slice(2));
const dataDir = resolve(args.get('data') ?? here('./data'));
const port = intArg(args, 'port', Number(process.env.DOSSIER_PORT ?? 4390));
const outFile = resolve(args.get('out') ?? here('./results.json'));
const runs = { ...(args.has('quick') ? SMOKE_RUNS : FULL_RUNS), ...(args.has('import-runs') ? { import: intArg(args, 'import-runs', 1) } : {}) };


async function main(): Promise<void> {
  const started = Date.now();
  if (!existsSync(join(dataDir, DATA_FILES.manifest))) {
    console.log(`No generated library in ${dataDir}: generating the default one (npm run bench:data) ...`);
    writeBenchData(dataDir);
  }
  const manifest = readManifest(dataDir);
  const queries = JSON.parse(readFileSync(join(dataDir, DATA_FILES.queries), 'utf8')) as BenchQuery[];
  console.log(`Library: ${Object.entries(manifest.counts).map(([k, v]) => `${v} ${k}`).join(', ')}; bundle ${fmtBytes(manifest.bundleBytes)}, JSON ${fmtBytes(manifest.jsonBytes)}`);
  const server = await startBenchServer({ port, dataDir, ...(args.has('renderer') ? { rendererDir: resolve(args.get('renderer')!) } : {}) });
  const browser = await chromium.launch({ ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}), args: CHROMIUM_ARGS });
  const machine = {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Number((totalmem() / 1024 ** 3).toFixed(1)),
    chromium: `${CHROMIUM_PATH ?? 'playwright chromium'} ${browser.version()}`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  console.log(`Machine: ${machine.nproc} × ${machine.cpu}, ${machine.memoryGiB} GiB, Chromium ${browser.version()}, Node ${machine.node}`);
  const rows: Row[] = [];
  try {
    const h: Harness = { browser, baseURL: server.baseURL, dataDir, manifest, runs, timeoutMs: 15 * 60_000, log: (m) => console.log(m), profiles: BENCH_PROFILES };
    rows.push(...(await runAll(h, queries, args.get('only')?.split(','))));
  } finally {
    await browser.close();
    await server.close();
  }
  console.log('');
  console.log(formatTable(rows));
  const results = { measuredAt: new Date().toISOString(), durationMs: Date.now() - started, machine, runs, data: manifest, rows };
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${outFile} (bench took ${fmtMs(Date.now() - started)})`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
