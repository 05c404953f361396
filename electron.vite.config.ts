import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security';

const shared = fileURLToPath(new URL('./shared', import.meta.url));
const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const appVersion = JSON.parse(readFileSync(r('./package.json'), 'utf8')).version as string;

/** frame-ancestors is ignored (and warned about) in a meta tag; main sends it as a header. */
const META_CSP = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** Writes the one CSP into the built index.html (dev keeps Vite's HMR scripts working without it). */
function cspMeta(): Plugin {
  return {
    name: 'dossier-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`),
  };
}

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
    plugins: [react(), cspMeta()],
    define: { __APP_VERSION__: JSON.stringify(appVersion) },
    worker: { format: 'es' },
    build: {
      outDir: r('./out/renderer'),
      rolldownOptions: { input: { index: r('./renderer/index.html') } },
    },
  },
});
