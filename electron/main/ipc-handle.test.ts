import { describe, it, expect, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { createHandle, runIpcHandler } from './ipc-handle';
import { IpcFailure } from './ipc-failure';

const origins = ['app://dossier'];
const from = (url: string | null) => ({ senderFrame: url === null ? null : { url }, sender: { id: 1 } }) as unknown as IpcMainInvokeEvent;

describe('runIpcHandler', () => {
  it('refuses a sender outside the app origin without running the handler', async () => {
    const fn = vi.fn(() => null);
    const res = await runIpcHandler('shell:open-external', from('https://evil.example/page'), { url: 'https://a.example/' }, fn, origins);
    expect(res).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'shell:open-external: sender https://evil.example is not the Dossier app' },
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it('refuses a destroyed sender frame', async () => {
    const res = await runIpcHandler('backups:list', from(null), null, () => [], origins);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('forbidden');
  });

  it('rejects an invalid payload with a message naming the field', async () => {
    const fn = vi.fn(() => null);
    const res = await runIpcHandler(
      'pdf:print',
      from('app://dossier/index.html'),
      { route: '#/print/briefing/b1', suggestedName: 'Brief', pageSize: 'A3' },
      fn,
      origins,
    );
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('invalid-payload');
      expect(res.error.message).toMatch(/^pdf:print: pageSize: /);
    }
    expect(fn).not.toHaveBeenCalled();

    const read = vi.fn(() => new Uint8Array());
    const bad = await runIpcHandler('backups:read', from('app://dossier/'), { name: '../../etc/passwd' }, read, origins);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/^backups:read: name: /);
    expect(read).not.toHaveBeenCalled();
  });

  it('treats a missing payload as null for request-less channels', async () => {
    const res = await runIpcHandler('backups:list', from('app://dossier/'), undefined, () => [], origins);
    expect(res).toEqual({ ok: true, value: [] });
  });

  it('wraps values and failures into Results', async () => {
    const event = from('app://dossier/index.html');
    const req = { url: 'https://example.org/' };
    expect(await runIpcHandler('shell:open-external', event, req, () => null, origins)).toEqual({ ok: true, value: null });
    expect(
      await runIpcHandler('shell:open-external', event, req, () => Promise.reject(new IpcFailure('forbidden', 'no')), origins),
    ).toEqual({ ok: false, error: { code: 'forbidden', message: 'no' } });
    const fsError = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'open' });
    expect(
      await runIpcHandler('shell:open-external', event, req, () => {
        throw fsError;
      }, origins),
    ).toEqual({ ok: false, error: { code: 'io', message: 'EACCES: permission denied' } });
    expect(
      await runIpcHandler('shell:open-external', event, req, () => {
        throw new TypeError('boom');
      }, origins),
    ).toEqual({ ok: false, error: { code: 'unexpected', message: 'boom' } });
  });
});

describe('createHandle', () => {
  it('registers on ipcMain under the channel name and runs the checks', async () => {
    const registered = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
    const handle = createHandle({ handle: (c, l) => registered.set(c, l) }, origins);
    handle('backups:list', () => []);
    const listener = registered.get('backups:list')!;
    expect(await listener(from('app://dossier/'), null)).toEqual({ ok: true, value: [] });
    expect(await listener(from('https://evil.example/'), null)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
