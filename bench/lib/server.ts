/**
 * Serves a private copy of the built renderer, the bench page and the
 * generated data on one origin with the project's own scripts/serve.mjs, so
 * the app, the raw IndexedDB baseline and the search page share an origin
 * without touching out/renderer (other engineers' runs serve that).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES } from './data';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** A running bench server. */
export interface BenchServer {
  baseURL: string;
  root: string;
  /** Data files as served paths (`/bench-data/library.json`). */
  paths: { json: string; page: string };
  close(): Promise<void>;
}

/** Builds bench/page with Vite into `outDir`. Throws with Vite's output when the build fails. */
export function buildBenchPage(outDir: string): void {
  const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', join(REPO, 'bench', 'vite.config.ts')], { cwd: REPO, env: { ...process.env, BENCH_PAGE_OUT: outDir }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench page build failed:\n${r.stdout}\n${r.stderr}`);
}

async function waitUp(url: string, child: ChildProcess, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`serve.mjs exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

/**
 * Copies out/renderer to `root`, builds the bench page into it, links the
 * data folder in as /bench-data/, and starts scripts/serve.mjs on `port`.
 */
export async function startBenchServer(opts: { port: number; dataDir: string; root?: string; rendererDir?: string }): Promise<BenchServer> {
  const root = resolve(opts.root ?? `/tmp/dossier-bench-${opts.port}`);
  const renderer = resolve(opts.rendererDir ?? join(REPO, 'out', 'renderer'));
  if (!existsSync(join(renderer, 'index.html'))) throw new Error(`no built renderer at ${renderer}: run electron-vite build first`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(renderer, root, { recursive: true });
  buildBenchPage(join(root, 'bench-page'));
  symlinkSync(resolve(opts.dataDir), join(root, 'bench-data'), 'dir');
  const child = spawn(process.execPath, [join(REPO, 'scripts', 'serve.mjs')], {
    cwd: REPO,
    env: { ...process.env, DOSSIER_ROOT: root, DOSSIER_PORT: String(opts.port) },
    stdio: 'ignore',
  });
  const baseURL = `http://127.0.0.1:${opts.port}/`;
  try {
    await waitUp(baseURL, child);
  } catch (e) {
    child.kill();
    throw e;
  }
  return {
    baseURL,
    root,
    paths: { json: `/bench-data/${DATA_FILES.json}`, page: '/bench-page/index.html' },
    close: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill();
      }),
  };
}
