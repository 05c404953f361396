import { describe, it, expect } from 'vitest';
import { createMainWindowOptions, createPrintWindowOptions, WINDOW_BACKGROUND } from './window-options';

describe('createMainWindowOptions', () => {
  it('locks the renderer down: isolated, sandboxed, no Node, web security on', () => {
    const { webPreferences } = createMainWindowOptions('/app/out/preload/index.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('starts hidden at 1280x800 with a minimum size', () => {
    const o = createMainWindowOptions('p');
    expect(o).toMatchObject({ show: false, width: 1280, height: 800 });
    expect(o.minWidth).toBeGreaterThan(0);
    expect(o.minWidth).toBeLessThanOrEqual(1280);
  });

  it('paints the background in the OS theme', () => {
    expect(createMainWindowOptions('p', { shouldUseDarkColors: true }).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    expect(createMainWindowOptions('p', { shouldUseDarkColors: false }).backgroundColor).toBe(WINDOW_BACKGROUND.light);
  });
});

describe('createPrintWindowOptions', () => {
  it('uses the same secure preferences and preload, hidden and unthrottled', () => {
    const main = createMainWindowOptions('pre.cjs').webPreferences;
    const o = createPrintWindowOptions('pre.cjs');
    expect(o.show).toBe(false);
    expect(o.webPreferences).toEqual({ ...main, backgroundThrottling: false });
  });
});
