import path from 'node:path';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { BACKUP_NAME, type BackupEntry } from '@shared/ipc';
import { IpcFailure } from './ipc-failure';

/** Backups live in `<userData>/backups`; the renderer names a file, never a path. */
export interface BackupStore {
  readonly dir: string;
  list(): Promise<BackupEntry[]>;
  write(name: string, data: Uint8Array): Promise<BackupEntry>;
  read(name: string): Promise<Uint8Array>;
  delete(name: string): Promise<void>;
}

/**
 * Checks a backup name again in main (the IPC schema already did): the shared
 * pattern, and that it is a bare file name, so no future pattern change can turn
 * it into a path.
 */
export function isValidBackupName(name: string): boolean {
  return BACKUP_NAME.test(name) && path.basename(name) === name && !name.includes('..');
}

function checkedName(name: string): string {
  if (!isValidBackupName(name)) throw new IpcFailure('invalid-payload', `Not a backup file name: ${name.slice(0, 80)}`);
  return name;
}

function isMissing(e: unknown): boolean {
  return !!e && typeof e === 'object' && (e as { code?: unknown }).code === 'ENOENT';
}

/** A BackupStore over one folder, created on first write. */
export function createBackupStore(dir: string): BackupStore {
  const entry = async (name: string): Promise<BackupEntry> => {
    const s = await stat(path.join(dir, name));
    return { name, size: s.size, createdAt: (s.birthtimeMs > 0 ? s.birthtime : s.mtime).toISOString() };
  };

  return {
    dir,
    async list() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (e) {
        if (isMissing(e)) return [];
        throw e;
      }
      const entries = await Promise.all(names.filter(isValidBackupName).map(entry));
      return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
    },
    async write(name, data) {
      checkedName(name);
      await mkdir(dir, { recursive: true });
      // Write beside the target and rename, so a crash never leaves half a backup under a valid name.
      const tmp = path.join(dir, `.${name}.${process.pid}.tmp`);
      await writeFile(tmp, data);
      await rename(tmp, path.join(dir, name));
      return entry(name);
    },
    async read(name) {
      checkedName(name);
      try {
        const buf = await readFile(path.join(dir, name));
        return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      } catch (e) {
        if (isMissing(e)) throw new IpcFailure('not-found', `No backup named ${name}`);
        throw e;
      }
    },
    async delete(name) {
      checkedName(name);
      try {
        await unlink(path.join(dir, name));
      } catch (e) {
        if (isMissing(e)) throw new IpcFailure('not-found', `No backup named ${name}`);
        throw e;
      }
    },
  };
}
