import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const shared = fileURLToPath(new URL('./shared', import.meta.url));
const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': shared } },
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: r('./electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias: { '@shared': shared } },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot import: emit one self-contained CommonJS file.
      rolldownOptions: {
        input: { index: r('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: r('./renderer'),
    base: './',
    resolve: { alias: { '@shared': shared } },
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir: r('./out/renderer'),
      rolldownOptions: { input: { index: r('./renderer/index.html') } },
    },
  },
});
