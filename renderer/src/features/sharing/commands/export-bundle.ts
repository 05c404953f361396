/** Exports the library (or a selection of it) as a `.dossier` bundle through the platform's save dialog. */
import type { LibraryData } from '@shared/domain';
import type { Platform } from '@shared/platform';
import type { SavedFile } from '@shared/ipc';
import { writeBundle } from '@shared/bundle/write';
import type { DossierDb } from '../../../db/database';
import { readLibrary } from '../../../db/repositories/library';
import { getSetting } from '../../../db/repositories/settings';

export const BUNDLE_FILTER = { name: 'Dossier bundle', extensions: ['dossier'] };

/** A file-name-safe timestamp: 2026-11-23T09-15-02Z. */
export function fileStamp(d = new Date()): string {
  return d.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}

/** Serialises library data with the manifest facts filled from settings. */
export async function bundleBytes(db: DossierDb, data: LibraryData, appVersion: string, selection?: string): Promise<Uint8Array> {
  const exportedBy = (await getSetting(db, 'author')) ?? '';
  return writeBundle(data, { appVersion, exportedBy, exportedAt: new Date().toISOString(), ...(selection ? { selection } : {}) });
}

export async function exportLibraryBundle(db: DossierDb, platform: Platform, appVersion: string): Promise<SavedFile | null> {
  const data = await readLibrary(db);
  const bytes = await bundleBytes(db, data, appVersion);
  return platform.saveFile({ suggestedName: `dossier-library-${fileStamp()}.dossier`, filters: [BUNDLE_FILTER], data: bytes });
}
