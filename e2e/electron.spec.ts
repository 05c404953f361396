/**
 * The desktop shell end to end: Dossier's own main process, preload and app://
 * protocol in a real Electron. Where the Electron binary has not been provisioned
 * (this repo never downloads it during `npm ci`), the spec skips with the reason
 * printed, and the browser project covers the same path in Chromium.
 */
import { test, expect, _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shot } from './helpers';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SKIP_REASON =
  'Electron binary not installed (node_modules/electron/path.txt missing): run `npm start` once on a machine with internet to provision it. The browser project covers the same path in Chromium.';

/**
 * The Electron executable, or null when it is not on disk. Only the package.json
 * is resolved: requiring 'electron' itself would try to download the binary.
 */
function electronExecutable(): string | null {
  let dir: string;
  try {
    dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

const executablePath = electronExecutable();
if (!executablePath) console.log(`[electron e2e] skipped: ${SKIP_REASON}`);

test.describe('Electron shell', () => {
  test.skip(!executablePath, SKIP_REASON);

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeEach(async () => {
    expect(existsSync(path.join(ROOT, 'out/main/index.js')), 'build first: npx electron-vite build').toBe(true);
    // A fresh profile per test: IndexedDB, backups and the single-instance lock all live in userData.
    userData = mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-'));
    app = await electron.launch({
      executablePath: executablePath!,
      // The repo root rather than out/main/index.js: Electron then reads package.json
      // (productName, version, "main"), so app:info reports Dossier's name and version.
      args: [ROOT, `--user-data-dir=${userData}`],
      cwd: ROOT,
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterEach(async () => {
    await app?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  test('opens the app window from app://dossier with the fresh profile', async () => {
    await expect(page).toHaveTitle('Dossier');
    expect(page.url()).toMatch(/^app:\/\/dossier\//);
    await expect(page.getByRole('navigation')).toBeVisible();
    expect(await app.evaluate(({ app }) => app.getPath('userData'))).toBe(userData);
  });

  test('the page sees one bridge of functions and no Node', async () => {
    const shape = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const bridge = w.dossier as Record<string, unknown> | undefined;
      return {
        bridge: typeof bridge,
        kinds: bridge ? [...new Set(Object.values(bridge).map((v) => typeof v))] : [],
        names: bridge ? Object.keys(bridge).sort() : [],
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
      };
    });
    expect(shape).toEqual({
      bridge: 'object',
      kinds: ['function'],
      names: [
        'appInfo', 'deleteBackup', 'listBackups', 'openExternal', 'openFiles', 'openPath',
        'printReady', 'printToPdf', 'readBackup', 'saveFile', 'writeBackup',
      ],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });
    const info = await page.evaluate(() => (window as unknown as { dossier: { appInfo(): Promise<unknown> } }).dossier.appInfo());
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron', version: pkg.version } });
  });

  test('refuses new windows and navigation away from the app', async () => {
    // http is not allow-listed, so nothing is handed to the system browser either.
    expect(await page.evaluate(() => window.open('http://example.org/') === null)).toBe(true);
    await page.evaluate(() => {
      location.href = 'http://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/dossier\//);
    expect(app.windows()).toHaveLength(1);
  });

  test('loads the sample dataset and opens Compare', async () => {
    await page.getByTestId('load-sample').click();
    await page.getByTestId('nav-compare').click();
    await expect(page.getByTestId('nav-compare')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main')).toBeVisible();
    await shot(page, 'electron-compare');
  });
});
