/**
 * Writes a `.dossier` bundle: a zip holding `manifest.json` and one JSON entry
 * per table, each entry's SHA-256 recorded in the manifest so a reader can tell
 * a damaged file from a valid one. Same input, same bytes: entry times are fixed.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { LIBRARY_TABLES, type LibraryData } from '../domain';
import { sha256Hex } from '../text/normalize';
import { BUNDLE_TYPE, MANIFEST_ENTRY, TABLE_ENTRIES, type Manifest } from './schema';

/** The bundle format this code writes. Readers accept this version and older (see `migrations`). */
export const FORMAT_VERSION = 1;

/** Facts about the export that go into the manifest. */
export interface BundleMeta {
  /** The Dossier version that wrote the file (`package.json` version). */
  appVersion: string;
  /** Who exported, as the researcher entered their name in Settings. */
  exportedBy: string;
  /** ISO 8601 timestamp of the export. */
  exportedAt: string;
  /** What was selected, in words, when the bundle is not the whole library. */
  selection?: string;
}

/**
 * DOS time in a zip is local wall-clock time; a Date built from local parts
 * encodes to the same bytes in every time zone, so output stays deterministic.
 */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** Serialises a library as a `.dossier` bundle (zip, deflate). Deterministic for the same data and meta. */
export function writeBundle(data: LibraryData, meta: BundleMeta): Uint8Array {
  const files: Zippable = {};
  const entries: Manifest['entries'] = {};
  const tableFiles: [string, Uint8Array][] = LIBRARY_TABLES.map((table) => {
    const bytes = strToU8(JSON.stringify(data[table] ?? []));
    entries[TABLE_ENTRIES[table]] = { sha256: sha256Hex(bytes), bytes: bytes.length };
    return [TABLE_ENTRIES[table], bytes];
  });
  const manifest: Manifest = {
    type: BUNDLE_TYPE,
    formatVersion: FORMAT_VERSION,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    exportedBy: meta.exportedBy,
    counts: {
      articles: data.articles.length,
      claims: data.claims.length,
      tags: data.tags.length,
      providers: data.providers.length,
      attributes: data.attributes.length,
      briefings: data.briefings.length,
    },
    entries,
    ...(meta.selection !== undefined ? { selection: meta.selection } : {}),
  };
  // The manifest goes first so a person opening the zip by hand sees it at the top.
  files[MANIFEST_ENTRY] = [strToU8(JSON.stringify(manifest, null, 2)), { level: 6, mtime: FIXED_MTIME }];
  for (const [name, bytes] of tableFiles) files[name] = [bytes, { level: 6, mtime: FIXED_MTIME }];
  return zipSync(files);
}
