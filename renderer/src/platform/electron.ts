/**
 * Platform over the preload bridge (`window.dossier`). Every bridge call returns
 * a Result; failures are rethrown as PlatformError so callers handle one error type.
 */
import type { DossierBridge } from '@shared/ipc';
import type { Result } from '@shared/result';
import { PlatformError, type Platform } from '@shared/platform';

declare global {
  interface Window {
    dossier?: DossierBridge;
  }
}

async function unwrap<T>(p: Promise<Result<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new PlatformError(r.error.code, r.error.message);
  return r.value;
}

export function createElectronPlatform(bridge: DossierBridge): Platform {
  return {
    kind: 'electron',
    appInfo: () => unwrap(bridge.appInfo()),
    openFiles: (o) => unwrap(bridge.openFiles({ title: o.title, filters: o.filters, multiple: o.multiple })),
    saveFile: (o) => unwrap(bridge.saveFile(o)),
    printToPdf: (o) => unwrap(bridge.printToPdf(o)),
    openPath: async (path) => {
      await unwrap(bridge.openPath({ path }));
    },
    openExternal: async (url) => {
      await unwrap(bridge.openExternal({ url }));
    },
    backups: {
      list: () => unwrap(bridge.listBackups()),
      write: (name, data) => unwrap(bridge.writeBackup({ name, data })),
      read: (name) => unwrap(bridge.readBackup({ name })),
      delete: async (name) => {
        await unwrap(bridge.deleteBackup({ name }));
      },
    },
  };
}
