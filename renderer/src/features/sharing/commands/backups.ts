/**
 * Automatic backups: a full bundle written through the platform before every
 * import and restore and once a day, keeping the newest N.
 */
import type { Platform } from '@shared/platform';
import type { BackupEntry } from '@shared/ipc';
import { openBundle } from '@shared/bundle/open';
import { readBundle } from '@shared/bundle/read';
import type { DossierDb } from '../../../db/database';
import { readLibrary } from '../../../db/repositories/library';
import { DEFAULT_SETTINGS, getSetting, setSetting } from '../../../db/repositories/settings';
import { bundleBytes } from './export-bundle';
import { backupsChanged } from '../backup-events';
import { replaceLibrary } from './import-bundle';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** How often the app checks whether the daily backup is due while it stays open. */
export const BACKUP_CHECK_MS = 3 * 60 * 60 * 1000;

/**
 * Backup file name; the reason (`before-import`, `daily`, …) keeps the list
 * readable. Milliseconds are kept: a restore and its undo within one second
 * would otherwise write the same name and overwrite the backup just taken.
 */
export function backupName(reason: string, d = new Date()): string {
  return `dossier-backup-${d.toISOString().replace(/:/g, '-')}-${reason}.dossier`;
}

/** The bytes of a full backup of the library (a bundle), without storing them. */
export async function backupBytes(db: DossierDb, appVersion: string, reason: string): Promise<Uint8Array> {
  return bundleBytes(db, await readLibrary(db), appVersion, `backup (${reason})`);
}

/** Stores backup bytes through the platform under a dated name and prunes the oldest beyond the setting. */
export async function storeBackup(db: DossierDb, platform: Platform, reason: string, bytes: Uint8Array): Promise<BackupEntry> {
  const entry = await platform.backups.write(backupName(reason), bytes);
  await pruneBackups(db, platform);
  backupsChanged();
  return entry;
}

/** Makes a backup's bytes: `backupBytes` in this thread, or the bundle worker's version in the app (zipping a large library takes seconds). */
export type BackupMaker = (db: DossierDb, appVersion: string, reason: string) => Promise<Uint8Array>;

/** Writes a full backup of the library now and prunes the oldest beyond the setting. */
export async function writeBackup(db: DossierDb, platform: Platform, appVersion: string, reason: string, make: BackupMaker = backupBytes): Promise<BackupEntry> {
  return storeBackup(db, platform, reason, await make(db, appVersion, reason));
}

/** Deletes backups beyond the newest N (the setting). */
export async function pruneBackups(db: DossierDb, platform: Platform): Promise<number> {
  const keep = Math.max(1, (await getSetting(db, 'backupKeep')) ?? DEFAULT_SETTINGS.backupKeep);
  const list = (await platform.backups.list()).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  const extra = list.slice(keep);
  for (const b of extra) await platform.backups.delete(b.name);
  if (extra.length) backupsChanged();
  return extra.length;
}

/** Writes the daily backup when the last one is older than a day and the library is not empty. */
export async function backupIfDue(db: DossierDb, platform: Platform, appVersion: string, now = Date.now(), make: BackupMaker = backupBytes): Promise<boolean> {
  const last = (await getSetting(db, 'lastBackupAt')) ?? '';
  if (last && now - Date.parse(last) < DAY_MS) return false;
  if ((await db.articles.count()) === 0) return false;
  await writeBackup(db, platform, appVersion, 'daily', make);
  await setSetting(db, 'lastBackupAt', new Date(now).toISOString());
  return true;
}

/** Replaces the library with a bundle's data: in this thread by default, in the bundle worker in the app. Throws when the bundle is refused. */
export type LibraryReplacer = (db: DossierDb, bytes: Uint8Array) => Promise<void>;

/** Opens a bundle (verify, validate, restore) and replaces the library with it in one transaction. */
export async function replaceFromBundle(db: DossierDb, bytes: Uint8Array): Promise<void> {
  const opened = openBundle(bytes);
  if (!opened.ok) throw new Error(opened.error.message);
  await replaceLibrary(db, opened.value.data);
}

/**
 * Restores a backup over the whole library. A backup of the current library is
 * taken first, so the restore itself can be undone by restoring that one. The
 * replacement is one transaction: a failure leaves the library as it was.
 */
export async function restoreBackup(
  db: DossierDb,
  platform: Platform,
  appVersion: string,
  name: string,
  make: BackupMaker = backupBytes,
  replace: LibraryReplacer = replaceFromBundle,
): Promise<BackupEntry> {
  const bytes = await platform.backups.read(name);
  // Refuse a damaged backup before writing anything (cheap next to the restore itself).
  const check = readBundle(bytes);
  if (!check.ok) throw new Error(check.error.message);
  const safety = await writeBackup(db, platform, appVersion, 'before-restore', make);
  await replace(db, bytes);
  return safety;
}
