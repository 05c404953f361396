#!/usr/bin/env node
/**
 * Makes sure the Electron runtime is on disk before `npm start`.
 *
 * Electron 42+ no longer downloads its binary on `npm install` (and this repo
 * keeps install scripts off so `npm ci` works offline). electron-vite reads
 * node_modules/electron/path.txt and stops when it is missing, so this runs as
 * `prestart`: when the binary is absent it runs Electron's own installer (the
 * package's `install-electron` bin) once, and explains what to do if that fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const OFFLINE_HELP =
  'Dossier needs the Electron runtime once; connect to the internet and run `npm start` again, ' +
  'or use `npm run browser` to try Dossier in a browser.';

/** The electron package folder, found without running its index.js (which would try to download). */
function electronPackageDir() {
  const require = createRequire(import.meta.url);
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** True when path.txt names an executable that exists and dist/version matches the package. */
function isInstalled(dir, version) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const executable = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable)) return false;
  const versionFile = path.join(dir, 'dist', 'version');
  return !existsSync(versionFile) || readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') === version;
}

function fail(message) {
  console.error(`\n[dossier] ${message}\n`);
  process.exit(1);
}

const dir = electronPackageDir();
if (!dir) fail('The electron package is not installed. Run `npm ci` first.');

const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
if (isInstalled(dir, pkg.version)) process.exit(0);

const installer = pkg.bin?.['install-electron'];
if (!installer) fail(`electron ${pkg.version} has no install-electron script; reinstall it with \`npm ci\`. ${OFFLINE_HELP}`);

console.log(
  `[dossier] Downloading the Electron ${pkg.version} runtime for ${process.platform}-${process.arch} ` +
    '(about 100 MB, once; later starts skip this step)...',
);
const result = spawnSync(process.execPath, [path.join(dir, installer)], { stdio: 'inherit', cwd: dir });

if (result.status !== 0 || !isInstalled(dir, pkg.version)) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  // Electron's downloader is an ES module loaded with require(), which Node supports from 20.19 on.
  const nodeHint =
    major < 20 || (major === 20 && minor < 19)
      ? `\n[dossier] Electron's installer needs Node 20.19 or newer; this is Node ${process.versions.node}.`
      : '';
  fail(`Could not download the Electron runtime.${nodeHint}\n[dossier] ${OFFLINE_HELP}`);
}
console.log('[dossier] Electron runtime installed.');
