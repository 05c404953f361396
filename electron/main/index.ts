/**
 * Dossier's main process: wires the app lifecycle to the small, tested modules
 * beside this file. Keep it thin; decisions live in those modules.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Menu, nativeTheme, protocol, session, shell } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '@shared/security';
import { trustedOrigins } from './app-origin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { hardenSession, hardenWebContents } from './navigation';
import { registerIpcHandlers } from './ipc-handlers';
import { buildMenuTemplate } from './menu';
import { createMainWindowOptions } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererRoot = path.join(here, '../renderer');
// The dev server is trusted only in an unpackaged build; a packaged app ignores the variable.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL || undefined : undefined;
const origins = trustedOrigins(devServerUrl);
const pageUrl = devServerUrl ? devServerUrl.replace(/\/?$/, '/') : `${APP_ORIGIN}/index.html`;

// Honour --user-data-dir explicitly, so an e2e run or a second profile never touches the real data.
const userDataArg = app.commandLine.getSwitchValue('user-data-dir');
if (userDataArg) app.setPath('userData', path.resolve(userDataArg));

// Both must happen before `ready`.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow(createMainWindowOptions(preloadPath, nativeTheme));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(pageUrl);
  return win;
}

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function start(): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, origins, (url) => void shell.openExternal(url));
  });
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
    hardenSession(session.defaultSession, origins);
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, !app.isPackaged)));
    registerIpcHandlers({ origins, preloadPath, pageUrl });
    mainWindow = createMainWindow();
    // macOS keeps the app alive with no windows; clicking the dock icon brings one back.
    app.on('activate', focusMainWindow);
  });
}

// One instance per profile: a second launch focuses the running window instead
// of opening the same IndexedDB from two processes.
if (app.requestSingleInstanceLock()) start();
else app.quit();
