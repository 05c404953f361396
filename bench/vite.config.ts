/**
 * Builds the benchmark's own page (bench/page): a worker that builds the
 * app's search index from the generated library and times queries against a
 * naive scan. Output goes to BENCH_PAGE_OUT (default bench/data/page, git-ignored).
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: r('./page'),
  base: './',
  logLevel: 'warn',
  resolve: { alias: { '@shared': r('../shared') } },
  worker: { format: 'es' },
  build: { outDir: process.env.BENCH_PAGE_OUT ?? r('./data/page'), emptyOutDir: true, minify: true, reportCompressedSize: false },
});
