import { describe, it, expect, vi, afterEach } from 'vitest';
import path from 'node:path';
import type { PrintToPDFOptions } from 'electron';
import { PRINT_READY_TIMEOUT_MS, PrintReadyRegistry, printRouteToPdf, type PrintDeps, type PrintWindow } from './print';

afterEach(() => {
  vi.useRealTimers();
});

describe('PrintReadyRegistry', () => {
  it('resolves only on a report from the expected window', async () => {
    const registry = new PrintReadyRegistry();
    const ready = registry.expect(7, 1000, '#/print/briefing/b1');
    expect(registry.signal(8, { ok: true })).toBe(false);
    expect(registry.signal(7, { ok: true })).toBe(true);
    await expect(ready).resolves.toBeUndefined();
    expect(registry.size).toBe(0);
    expect(registry.signal(7, { ok: true })).toBe(false);
  });

  it('rejects with the page message when the page reports a failure', async () => {
    const registry = new PrintReadyRegistry();
    const ready = registry.expect(1, 1000, '#/print/briefing/b1');
    registry.signal(1, { ok: false, message: 'Briefing b1 not found' });
    await expect(ready).rejects.toMatchObject({ code: 'print-failed', message: 'Briefing b1 not found' });
  });

  it('times out after 60 s by default with a clear message', async () => {
    vi.useFakeTimers();
    const registry = new PrintReadyRegistry();
    const ready = registry.expect(1, PRINT_READY_TIMEOUT_MS, '#/print/briefing/b1');
    const settled = expect(ready).rejects.toMatchObject({
      code: 'print-timeout',
      message: 'The print page #/print/briefing/b1 did not report ready within 60 s',
    });
    await vi.advanceTimersByTimeAsync(PRINT_READY_TIMEOUT_MS - 1);
    expect(registry.size).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await settled;
    expect(registry.size).toBe(0);
  });
});

interface FakeWindowScript {
  /** What the page does after it loads. */
  onLoad?: (id: number, registry: PrintReadyRegistry) => void;
  failLoad?: boolean;
}

function setup(script: FakeWindowScript, overrides: Partial<PrintDeps> = {}) {
  const registry = new PrintReadyRegistry();
  const printed: PrintToPDFOptions[] = [];
  const loaded: string[] = [];
  let destroyed = false;
  const failLoadListeners: ((e: unknown, code: number, d: string) => void)[] = [];
  const win: PrintWindow = {
    webContents: {
      id: 42,
      once: ((event: string, listener: (e: unknown, code: number, d: string) => void) => {
        if (event === 'did-fail-load') failLoadListeners.push(listener);
      }) as PrintWindow['webContents']['once'],
      printToPDF: async (options) => {
        printed.push(options);
        return new Uint8Array([0x25, 0x50, 0x44, 0x46]);
      },
    },
    loadURL: async (url) => {
      loaded.push(url);
      if (script.failLoad) {
        failLoadListeners.forEach((l) => l({}, -6, 'ERR_FILE_NOT_FOUND'));
        throw new Error('ERR_FILE_NOT_FOUND');
      }
      queueMicrotask(() => script.onLoad?.(42, registry));
    },
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
    },
  };
  const writes: [string, Uint8Array][] = [];
  const saved: string[] = [];
  const dialogs: string[] = [];
  const deps: PrintDeps = {
    createWindow: () => win,
    registry,
    pageUrl: 'app://dossier/index.html',
    showSaveDialog: async (defaultPath) => {
      dialogs.push(defaultPath);
      return { canceled: false, filePath: '/home/r/Briefs/CSAP brief.pdf' };
    },
    writeFile: async (p, d) => {
      writes.push([p, d]);
    },
    onSaved: (p) => saved.push(p),
    defaultDir: '/home/r/Documents',
    timeoutMs: 1000,
    ...overrides,
  };
  return { deps, registry, printed, loaded, writes, saved, dialogs, isDestroyed: () => destroyed };
}

const request = { route: '#/print/briefing/b1', suggestedName: 'CSAP brief', pageSize: 'A4' as const };

describe('printRouteToPdf', () => {
  it('loads the route, waits for that window, prints with CSS page size, saves and closes', async () => {
    const t = setup({ onLoad: (id, registry) => registry.signal(id, { ok: true }) });
    const result = await printRouteToPdf(request, t.deps);
    expect(t.loaded).toEqual(['app://dossier/index.html#/print/briefing/b1']);
    expect(t.printed).toEqual([
      { pageSize: 'A4', printBackground: true, preferCSSPageSize: true, generateDocumentOutline: true, generateTaggedPDF: true },
    ]);
    expect(t.printed[0]).not.toHaveProperty('displayHeaderFooter');
    expect(t.dialogs).toEqual([path.join('/home/r/Documents', 'CSAP brief.pdf')]);
    expect(t.writes.map(([p]) => p)).toEqual(['/home/r/Briefs/CSAP brief.pdf']);
    expect(t.saved).toEqual(['/home/r/Briefs/CSAP brief.pdf']);
    expect(result).toEqual({ name: 'CSAP brief.pdf', path: '/home/r/Briefs/CSAP brief.pdf' });
    expect(t.isDestroyed()).toBe(true);
  });

  it('returns null and writes nothing when the save dialog is cancelled', async () => {
    const t = setup(
      { onLoad: (id, registry) => registry.signal(id, { ok: true }) },
      { showSaveDialog: async () => ({ canceled: true }) },
    );
    expect(await printRouteToPdf(request, t.deps)).toBeNull();
    expect(t.writes).toEqual([]);
    expect(t.isDestroyed()).toBe(true);
  });

  it('ignores a ready report from another window and times out', async () => {
    const t = setup({ onLoad: (_id, registry) => registry.signal(1, { ok: true }) }, { timeoutMs: 30 });
    await expect(printRouteToPdf(request, t.deps)).rejects.toMatchObject({ code: 'print-timeout' });
    expect(t.printed).toEqual([]);
    expect(t.isDestroyed()).toBe(true);
    expect(t.registry.size).toBe(0);
  });

  it('passes the page failure through and never prints', async () => {
    const t = setup({ onLoad: (id, registry) => registry.signal(id, { ok: false, message: 'Briefing b1 not found' }) });
    await expect(printRouteToPdf(request, t.deps)).rejects.toMatchObject({ code: 'print-failed', message: 'Briefing b1 not found' });
    expect(t.printed).toEqual([]);
    expect(t.isDestroyed()).toBe(true);
  });

  it('fails clearly when the page does not load, without waiting for the timeout', async () => {
    const t = setup({ failLoad: true }, { timeoutMs: 60_000 });
    const started = Date.now();
    await expect(printRouteToPdf(request, t.deps)).rejects.toMatchObject({ code: 'print-failed' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(t.registry.size).toBe(0);
    expect(t.isDestroyed()).toBe(true);
  });

  it('refuses a route that is not a print route', async () => {
    const t = setup({});
    await expect(printRouteToPdf({ ...request, route: '#/library' }, t.deps)).rejects.toMatchObject({ code: 'invalid-payload' });
    expect(t.loaded).toEqual([]);
  });
});
