import { describe, it, expect, vi } from 'vitest';
import type { DossierBridge } from '@shared/ipc';

const h = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => h.exposed.set(key, api) },
  ipcRenderer: { invoke: h.invoke, on: vi.fn(), send: vi.fn() },
}));

await import('./index');
const { ipcRequestSchemas } = await import('@shared/ipc');

const bridge = h.exposed.get('dossier') as DossierBridge;
const bytes = new Uint8Array([1]);
const BACKUP = 'dossier-backup-2025-02-01T10-00-00Z.dossier';

/** Each bridge function, how to call it, and the channel and payload it must send. */
const cases: [keyof DossierBridge, () => Promise<unknown>, string, unknown][] = [
  ['appInfo', () => bridge.appInfo(), 'app:info', null],
  ['openFiles', () => bridge.openFiles({ filters: [], multiple: true }), 'file:open', { filters: [], multiple: true }],
  ['saveFile', () => bridge.saveFile({ suggestedName: 'a.csv', filters: [], data: bytes }), 'file:save', { suggestedName: 'a.csv', filters: [], data: bytes }],
  [
    'printToPdf',
    () => bridge.printToPdf({ route: '#/print/briefing/b1', suggestedName: 'b', pageSize: 'A4' }),
    'pdf:print',
    { route: '#/print/briefing/b1', suggestedName: 'b', pageSize: 'A4' },
  ],
  ['openPath', () => bridge.openPath({ path: '/tmp/a.pdf' }), 'shell:open-path', { path: '/tmp/a.pdf' }],
  ['openExternal', () => bridge.openExternal({ url: 'https://example.org/' }), 'shell:open-external', { url: 'https://example.org/' }],
  ['listBackups', () => bridge.listBackups(), 'backups:list', null],
  ['writeBackup', () => bridge.writeBackup({ name: BACKUP, data: bytes }), 'backups:write', { name: BACKUP, data: bytes }],
  ['readBackup', () => bridge.readBackup({ name: BACKUP }), 'backups:read', { name: BACKUP }],
  ['deleteBackup', () => bridge.deleteBackup({ name: BACKUP }), 'backups:delete', { name: BACKUP }],
  ['printReady', () => bridge.printReady({ ok: true }), 'print:ready', { ok: true }],
];

describe('preload bridge', () => {
  it('exposes exactly one object, window.dossier, of named functions only', () => {
    expect([...h.exposed.keys()]).toEqual(['dossier']);
    expect(Object.keys(bridge).sort()).toEqual(cases.map(([name]) => name).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(h.invoke);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it.each(cases)('%s invokes its channel with the request unchanged', async (_name, run, channel, payload) => {
    h.invoke.mockClear();
    expect(await run()).toEqual({ ok: true, value: { channel, request: payload } });
    expect(h.invoke).toHaveBeenCalledTimes(1);
    expect(h.invoke.mock.calls[0]![0]).toBe(channel);
    expect(h.invoke.mock.calls[0]![1]).toEqual(payload);
  });

  it('reaches every channel of the IPC contract', () => {
    expect(new Set(cases.map(([, , channel]) => channel))).toEqual(new Set(Object.keys(ipcRequestSchemas)));
  });
});
