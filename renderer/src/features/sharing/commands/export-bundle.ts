/**
 * Exports the library, or a selection of it, as a `.dossier` bundle or in an
 * interchange format (claims CSV, W3C Web Annotation JSON-LD, CSL-JSON),
 * through the platform's save dialog.
 */
import { strToU8 } from 'fflate';
import type { Lang, LibraryData } from '@shared/domain';
import type { FileFilter, Platform } from '@shared/platform';
import type { SavedFile } from '@shared/ipc';
import { writeBundle } from '@shared/bundle/write';
import { csvBytes } from '@shared/csv';
import { claimsToCsv } from '@shared/interop/claims-csv';
import { toW3cAnnotations } from '@shared/interop/w3c';
import { toCslJson } from '@shared/interop/csl';
import type { DossierDb } from '../../../db/database';
import { readLibrary } from '../../../db/repositories/library';
import { getSetting } from '../../../db/repositories/settings';
import { selectScope, type ShareScope } from '../select';

export const BUNDLE_FILTER = { name: 'Dossier bundle', extensions: ['dossier'] };

/** The file formats a selection can be shared in. */
export type ShareFormat = 'dossier' | 'claims-csv' | 'w3c' | 'csl-json';
export const SHARE_FORMATS: readonly ShareFormat[] = ['dossier', 'claims-csv', 'w3c', 'csl-json'];

const FORMAT_FILES: Record<ShareFormat, { ext: string; filter: FileFilter }> = {
  dossier: { ext: 'dossier', filter: BUNDLE_FILTER },
  'claims-csv': { ext: 'csv', filter: { name: 'CSV (UTF-8)', extensions: ['csv'] } },
  w3c: { ext: 'jsonld', filter: { name: 'W3C Web Annotation JSON-LD', extensions: ['jsonld', 'json'] } },
  'csl-json': { ext: 'json', filter: { name: 'CSL-JSON', extensions: ['json'] } },
};

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

/** Options for `shareBytes`: the names used in the file (selection label, language of names). */
export interface ShareOptions {
  appVersion: string;
  /** Words describing the selection, written into the manifest (`Briefing: …`). */
  selectionLabel?: string;
  lang?: Lang;
}

/** The bytes of `data` in `format`. CSV carries a BOM so spreadsheets read Korean text as UTF-8. */
export async function shareBytes(db: DossierDb, data: LibraryData, format: ShareFormat, opts: ShareOptions): Promise<Uint8Array> {
  switch (format) {
    case 'dossier':
      return bundleBytes(db, data, opts.appVersion, opts.selectionLabel);
    case 'claims-csv':
      return csvBytes(claimsToCsv(data, { lang: opts.lang ?? 'en' }));
    case 'w3c':
      return strToU8(JSON.stringify(toW3cAnnotations(data, { lang: opts.lang ?? 'en', ...(opts.selectionLabel ? { label: opts.selectionLabel } : {}) }), null, 2));
    case 'csl-json':
      return strToU8(JSON.stringify(toCslJson(data.articles), null, 2));
  }
}

/** A file name for a share: `dossier-<slug>-<stamp>.<ext>`. */
export function shareFileName(format: ShareFormat, slug: string, d = new Date()): string {
  const safe =
    slug
      .normalize('NFC')
      .replace(/[\\/:*?"<>|\s]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'selection';
  const kind = format === 'claims-csv' ? '-claims' : format === 'w3c' ? '-annotations' : format === 'csl-json' ? '-sources' : '';
  return `dossier-${safe}${kind}-${fileStamp(d)}.${FORMAT_FILES[format].ext}`;
}

/** Selects `scope` from the library and saves it in `format`. Resolves to null when the save is cancelled. */
export async function exportScope(
  db: DossierDb,
  platform: Platform,
  scope: ShareScope,
  format: ShareFormat,
  opts: ShareOptions & { slug: string },
): Promise<SavedFile | null> {
  const data = selectScope(await readLibrary(db), scope);
  const bytes = await shareBytes(db, data, format, opts);
  return platform.saveFile({ suggestedName: shareFileName(format, opts.slug), filters: [FORMAT_FILES[format].filter], data: bytes });
}
