/**
 * Backups in browser mode: kept in a separate IndexedDB database, listed from a
 * small table of entries so opening Settings never reads the backups' bytes
 * (a backup of a large library is 15 MiB or more).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { BackupEntry } from '@shared/ipc';
import { PlatformError, type Platform } from '@shared/platform';

interface StoredBytes {
  name: string;
  data: Uint8Array;
}

class BackupDb extends Dexie {
  /** Version 1 kept entry and bytes in one record; version 2 reads bytes only by name. */
  backups!: Table<StoredBytes & Partial<BackupEntry>, string>;
  entries!: EntityTable<BackupEntry, 'name'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ backups: 'name, createdAt' });
    this.version(2)
      .stores({ backups: 'name', entries: 'name, createdAt' })
      .upgrade(async (tx) => {
        await tx.table('backups').each((b: StoredBytes & BackupEntry) => void tx.table('entries').put({ name: b.name, size: b.size, createdAt: b.createdAt }));
      });
  }
}

/** The browser platform's backups store over the database `dbName`. */
export function createBrowserBackups(dbName = 'dossier-backups'): Platform['backups'] {
  const db = new BackupDb(dbName);
  return {
    async list() {
      return db.entries.orderBy('createdAt').reverse().toArray();
    },
    async write(name, data) {
      const entry: BackupEntry = { name, size: data.byteLength, createdAt: new Date().toISOString() };
      await db.transaction('rw', db.backups, db.entries, async () => {
        await db.backups.put({ name, data });
        await db.entries.put(entry);
      });
      return entry;
    },
    async read(name) {
      const row = await db.backups.get(name);
      if (!row) throw new PlatformError('not-found', `No backup named ${name}.`);
      return row.data;
    },
    async delete(name) {
      await db.transaction('rw', db.backups, db.entries, async () => {
        await db.backups.delete(name);
        await db.entries.delete(name);
      });
    },
  };
}
