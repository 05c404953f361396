/**
 * The preload: exposes exactly one object, `window.dossier`, whose named
 * functions each invoke one channel of the IPC contract in shared/ipc.ts. The
 * page never sees `ipcRenderer`. Only types come from shared, so the sandboxed
 * bundle stays tiny (no zod); main validates every payload anyway.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { DossierBridge, IpcChannel, IpcRequest, IpcResponse } from '@shared/ipc';

function invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<IpcResponse<C>>;
}

// Not exported: a sandboxed preload should leave nothing behind but the exposed object.
const bridge: DossierBridge = {
  appInfo: () => invoke('app:info', null),
  openFiles: (req) => invoke('file:open', req),
  saveFile: (req) => invoke('file:save', req),
  printToPdf: (req) => invoke('pdf:print', req),
  openPath: (req) => invoke('shell:open-path', req),
  openExternal: (req) => invoke('shell:open-external', req),
  listBackups: () => invoke('backups:list', null),
  writeBackup: (req) => invoke('backups:write', req),
  readBackup: (req) => invoke('backups:read', req),
  deleteBackup: (req) => invoke('backups:delete', req),
  printReady: (req) => invoke('print:ready', req),
};

contextBridge.exposeInMainWorld('dossier', Object.freeze(bridge));
