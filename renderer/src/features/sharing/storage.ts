/**
 * The browser's storage facts for Settings: how much is used, how much is
 * left, and whether the origin's data is persistent (not evicted under
 * storage pressure). Every call tolerates a browser without the Storage API.
 */

/** Storage as the browser reports it; `null` where the API is missing. */
export interface StorageFacts {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/** The current storage facts. */
export async function storageFacts(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageFacts> {
  if (!storage) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    storage.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

/** Asks for persistent storage unless already granted. Resolves to whether it is persistent now (null: unknown). */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean | null> {
  if (!storage?.persist) return null;
  try {
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

/** Bytes as KB/MB/GB with one decimal (binary units, as the OS shows them). */
export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}
