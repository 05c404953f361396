import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Window background while the renderer paints, matched to the OS theme so there is no white flash. */
export const WINDOW_BACKGROUND = { dark: '#16181d', light: '#f7f7f5' } as const;

/**
 * The web preferences every Dossier window uses, the main window and the hidden
 * print window alike: the renderer gets no Node, runs sandboxed in an isolated
 * world, and reaches the shell only through the preload bridge.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads Hunspell dictionaries from a Google CDN on
    // Windows and Linux; an offline app must not phone out, so it stays off.
    spellcheck: false,
  };
}

/**
 * Options for the main window. It starts hidden and is shown on `ready-to-show`
 * so the user never sees an unpainted frame.
 */
export function createMainWindowOptions(
  preloadPath: string,
  theme: { shouldUseDarkColors: boolean } = { shouldUseDarkColors: false },
): BrowserWindowConstructorOptions {
  return {
    title: 'Dossier',
    width: 1280,
    height: 800,
    minWidth: 880,
    minHeight: 560,
    show: false,
    backgroundColor: theme.shouldUseDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Options for the off-screen window that renders a print route for `printToPDF`. */
export function createPrintWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    backgroundColor: '#ffffff',
    webPreferences: {
      ...secureWebPreferences(preloadPath),
      // A hidden window would otherwise be throttled and might never finish layout.
      backgroundThrottling: false,
    },
  };
}
