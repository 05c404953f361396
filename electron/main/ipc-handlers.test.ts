import { describe, it, expect, vi, beforeAll, afterAll, beforeEach } from 'vitest';
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { IpcMainInvokeEvent } from 'electron';
import type { IpcChannel, IpcResponse } from '@shared/ipc';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const h = vi.hoisted(() => {
  const state = {
    handlers: new Map<string, Listener>(),
    userData: '',
    openResult: { canceled: true, filePaths: [] as string[] },
    saveResult: { canceled: true, filePath: '' as string | undefined },
    windows: [] as { id: number; url?: string; destroyed: boolean; options: unknown }[],
  };
  return { state };
});

vi.mock('electron', () => {
  const { state } = h;
  class BrowserWindow {
    static fromWebContents = vi.fn(() => null);
    webContents: {
      id: number;
      once: () => void;
      printToPDF: (o: unknown) => Promise<Uint8Array>;
    };
    #record: (typeof state.windows)[number];
    constructor(options: unknown) {
      const id = 100 + state.windows.length;
      this.#record = { id, destroyed: false, options };
      state.windows.push(this.#record);
      this.webContents = { id, once: () => undefined, printToPDF: vi.fn(async () => new Uint8Array([37, 80, 68, 70])) };
    }
    async loadURL(url: string) {
      this.#record.url = url;
      // The print page lays out, then reports from its own webContents.
      const ready = state.handlers.get('print:ready')!;
      setTimeout(() => void ready({ senderFrame: { url }, sender: { id: this.webContents.id } } as never, { ok: true }), 5);
    }
    isDestroyed() {
      return this.#record.destroyed;
    }
    destroy() {
      this.#record.destroyed = true;
    }
  }
  return {
    app: {
      getPath: (name: string) => path.join(state.userData, name),
      getName: () => 'Dossier',
      getVersion: () => '0.1.0',
    },
    ipcMain: { handle: (channel: string, listener: Listener) => state.handlers.set(channel, listener) },
    dialog: {
      showOpenDialog: vi.fn(async () => state.openResult),
      showSaveDialog: vi.fn(async () => state.saveResult),
    },
    shell: { openPath: vi.fn(async () => ''), openExternal: vi.fn(async () => undefined) },
    BrowserWindow,
  };
});

const { shell, dialog } = await import('electron');
const { registerIpcHandlers } = await import('./ipc-handlers');
const { ipcRequestSchemas } = await import('@shared/ipc');

const APP = 'app://dossier/index.html';
const BACKUP = 'dossier-backup-2025-02-01T10-00-00Z.dossier';

function call<C extends IpcChannel>(channel: C, payload: unknown, senderUrl = APP): Promise<IpcResponse<C>> {
  const listener = h.state.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener({ senderFrame: { url: senderUrl }, sender: { id: 1 } } as never, payload) as Promise<IpcResponse<C>>;
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dossier-ipc-'));
  h.state.userData = root;
  registerIpcHandlers({ origins: ['app://dossier'], preloadPath: '/out/preload/index.cjs', pageUrl: APP, printTimeoutMs: 2000 });
});
afterAll(() => rm(root, { recursive: true, force: true }));
beforeEach(() => {
  vi.mocked(shell.openExternal).mockClear();
  vi.mocked(shell.openPath).mockClear();
});

describe('registerIpcHandlers', () => {
  it('registers a handler for every channel in the contract', () => {
    expect([...h.state.handlers.keys()].sort()).toEqual(Object.keys(ipcRequestSchemas).sort());
  });

  it('reports app info with the backups folder under userData', async () => {
    expect(await call('app:info', null)).toEqual({
      ok: true,
      value: { name: 'Dossier', version: '0.1.0', platform: process.platform, shell: 'electron', backupsLocation: path.join(root, 'userData', 'backups') },
    });
  });

  it('rejects every channel from a foreign sender', async () => {
    for (const channel of h.state.handlers.keys()) {
      const res = await call(channel as IpcChannel, null, 'https://evil.example/');
      expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('opens only allow-listed https links externally', async () => {
    expect(await call('shell:open-external', { url: 'https://www.example.org/cloud-report' })).toEqual({ ok: true, value: null });
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.example.org/cloud-report');
    const refused = await call('shell:open-external', { url: 'file:///etc/passwd' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const creds = await call('shell:open-external', { url: 'https://user:pw@example.org/' });
    expect(creds).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('opens a path only after this session saved it', async () => {
    const target = path.join(root, 'claims.csv');
    expect(await call('shell:open-path', { path: target })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(shell.openPath).not.toHaveBeenCalled();

    h.state.saveResult = { canceled: false, filePath: target };
    const saved = await call('file:save', { suggestedName: 'claims.csv', filters: [], data: new Uint8Array([104, 105]) });
    expect(saved).toEqual({ ok: true, value: { name: 'claims.csv', path: target } });
    expect(await readFile(target, 'utf8')).toBe('hi');
    expect(await call('shell:open-path', { path: target })).toEqual({ ok: true, value: null });
    expect(shell.openPath).toHaveBeenCalledWith(target);
  });

  it('returns null from file:save and [] from file:open when cancelled', async () => {
    h.state.saveResult = { canceled: true, filePath: undefined };
    expect(await call('file:save', { suggestedName: 'x.csv', filters: [], data: new Uint8Array() })).toEqual({ ok: true, value: null });
    h.state.openResult = { canceled: true, filePaths: [] };
    expect(await call('file:open', { filters: [], multiple: true })).toEqual({ ok: true, value: [] });
  });

  it('reads the picked files and asks for multi-selection only when requested', async () => {
    const file = path.join(root, 'article.html');
    await writeFile(file, '<p>네이버클라우드</p>');
    h.state.openResult = { canceled: false, filePaths: [file] };
    const res = await call('file:open', { filters: [{ name: 'HTML', extensions: ['html'] }], multiple: false });
    expect(res.ok && res.value.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['article.html', '<p>네이버클라우드</p>']]);
    expect(vi.mocked(dialog.showOpenDialog).mock.lastCall).toEqual([
      { title: undefined, filters: [{ name: 'HTML', extensions: ['html'] }], properties: ['openFile'] },
    ]);
  });

  it('names the bad field in an invalid payload', async () => {
    const res = await call('file:save', { suggestedName: '', filters: [], data: new Uint8Array() });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(!res.ok && res.error.message).toMatch(/^file:save: suggestedName: /);
  });

  it('keeps backups in userData/backups, addressed by validated name only', async () => {
    const written = await call('backups:write', { name: BACKUP, data: new Uint8Array([9, 9]) });
    expect(written).toMatchObject({ ok: true, value: { name: BACKUP, size: 2 } });
    expect(await readFile(path.join(root, 'userData', 'backups', BACKUP))).toEqual(Buffer.from([9, 9]));
    const listed = await call('backups:list', null);
    expect(listed.ok && listed.value.map((b) => b.name)).toEqual([BACKUP]);
    const read = await call('backups:read', { name: BACKUP });
    expect(read.ok && Array.from(read.value)).toEqual([9, 9]);
    const traversal = await call('backups:read', { name: '../../../etc/passwd' });
    expect(traversal).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(!traversal.ok && traversal.error.message).toMatch(/^backups:read: name: /);
    expect(await call('backups:delete', { name: BACKUP })).toEqual({ ok: true, value: null });
    expect(await call('backups:delete', { name: BACKUP })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('prints through a hidden window that must report ready itself, then allows opening the PDF', async () => {
    const target = path.join(root, 'brief.pdf');
    h.state.saveResult = { canceled: false, filePath: target };
    const res = await call('pdf:print', { route: '#/print/briefing/b-1', suggestedName: 'Brief', pageSize: 'Letter' });
    expect(res).toEqual({ ok: true, value: { name: 'brief.pdf', path: target } });
    const win = h.state.windows.at(-1)!;
    expect(win.url).toBe('app://dossier/index.html#/print/briefing/b-1');
    expect(win.destroyed).toBe(true);
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: { preload: '/out/preload/index.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    expect(await readFile(target, 'latin1')).toBe('%PDF');
    expect(await call('shell:open-path', { path: target })).toEqual({ ok: true, value: null });
  });

  it('treats print:ready from a window that is not printing as a harmless no-op', async () => {
    expect(await call('print:ready', { ok: true })).toEqual({ ok: true, value: null });
  });
});
