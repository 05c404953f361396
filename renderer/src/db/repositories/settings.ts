/** Settings as typed key-value pairs. */
import type { Lang } from '@shared/domain';
import type { DossierDb } from '../database';

export interface SettingsShape {
  language: Lang;
  /** Name written as the author of new claims and as `exportedBy` in bundles. */
  author: string;
  /** Colour claim highlights by their status or by their first tag. */
  highlightBy: 'status' | 'tag';
  /** How many automatic backups to keep. */
  backupKeep: number;
  /** ISO time of the last scheduled backup. */
  lastBackupAt: string;
}

export const DEFAULT_SETTINGS: Omit<SettingsShape, 'language'> = {
  author: '',
  highlightBy: 'status',
  backupKeep: 10,
  lastBackupAt: '',
};

export async function getSetting<K extends keyof SettingsShape>(db: DossierDb, key: K): Promise<SettingsShape[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as SettingsShape[K] | undefined;
}

export async function setSetting<K extends keyof SettingsShape>(db: DossierDb, key: K, value: SettingsShape[K]): Promise<void> {
  await db.settings.put({ key, value });
}
