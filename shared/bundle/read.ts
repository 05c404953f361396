/**
 * Reads a `.dossier` file into its manifest and raw tables, refusing anything
 * that is not a whole, intact bundle this version understands. Rows are not
 * checked here (that is `restore`'s job); this layer answers "is this file
 * what it says it is?" and never inflates more than the limits allow.
 */
import { strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import { LIBRARY_TABLES, type LibraryTable } from '../domain';
import { fail, ok, type Result } from '../result';
import { sha256Hex } from '../text/normalize';
import { formatPath, type Problem } from './problem';
import { BUNDLE_TYPE, MANIFEST_ENTRY, manifestSchema, TABLE_ENTRIES, type Manifest } from './schema';
import { describeIssue } from './validate';
import { FORMAT_VERSION } from './write';

/** Stable error codes for refusals; the UI translates by code, the message carries detail. */
export const BUNDLE_ERRORS = {
  notZip: 'bundle-not-zip',
  notBundle: 'bundle-not-dossier',
  corrupt: 'bundle-corrupt',
  tooLarge: 'bundle-too-large',
  checksum: 'bundle-checksum-mismatch',
  newerVersion: 'bundle-newer-version',
  olderVersion: 'bundle-unsupported-version',
  badJson: 'bundle-bad-json',
  badManifest: 'bundle-bad-manifest',
  unexpected: 'bundle-unreadable',
} as const;
export type BundleErrorCode = (typeof BUNDLE_ERRORS)[keyof typeof BUNDLE_ERRORS];

/** Largest `.dossier` file accepted by default: 512 MiB. */
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
/** Largest total unpacked size accepted by default: 1 GiB (stops zip bombs before inflating). */
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;
/** One entry must decode to a JavaScript string, which V8 caps near 2^29 characters. */
export const MAX_ENTRY_BYTES = 500 * 1024 * 1024;
/** The oldest format version `restore` can migrate from. */
export const MIN_FORMAT_VERSION = 0;

export interface ReadOptions {
  /** Refuse files larger than this many bytes. Default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
  /** Refuse bundles whose entries would unpack to more than this. Default {@link DEFAULT_MAX_UNCOMPRESSED_BYTES}. */
  maxUncompressedBytes?: number;
}

/** A bundle that is intact and of a readable version; its rows are still unchecked JSON. */
export interface ParsedBundle {
  manifest: Manifest;
  formatVersion: number;
  /** Parsed JSON of each table entry present in the file; absent tables are left out. */
  tables: Partial<Record<LibraryTable, unknown>>;
  /** Things worth telling that did not stop the read (unlisted entries, count mismatches). */
  problems: Problem[];
}

const TABLE_BY_ENTRY = new Map<string, LibraryTable>(LIBRARY_TABLES.map((t) => [TABLE_ENTRIES[t], t]));

function mib(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}

function isZipStart(bytes: Uint8Array): boolean {
  // Local file header (PK\3\4) or, for an empty archive, the end record (PK\5\6).
  return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

function parseJsonEntry(name: string, bytes: Uint8Array): Result<unknown> {
  let text: string;
  try {
    text = strFromU8(bytes);
  } catch {
    return fail(BUNDLE_ERRORS.badJson, `The entry "${name}" is not valid UTF-8 text.`);
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail(BUNDLE_ERRORS.badJson, `The entry "${name}" is not valid JSON (${detail}).`);
  }
}

/** Checks the manifest's envelope in the order that gives the most useful refusal. */
function checkManifest(raw: unknown): Result<Manifest> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || (raw as { type?: unknown }).type !== BUNDLE_TYPE) {
    return fail(BUNDLE_ERRORS.notBundle, `This zip has a ${MANIFEST_ENTRY} but it is not a Dossier bundle manifest (its "type" is not "${BUNDLE_TYPE}").`);
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(BUNDLE_ERRORS.badManifest, `The bundle manifest has no valid formatVersion (found ${JSON.stringify(version) ?? 'nothing'}).`);
  }
  if (version > FORMAT_VERSION) {
    return fail(
      BUNDLE_ERRORS.newerVersion,
      `This file was written by a newer Dossier (format ${version}); this version reads format ${FORMAT_VERSION} or older. Update Dossier to open it.`,
    );
  }
  if (version < MIN_FORMAT_VERSION) {
    return fail(BUNDLE_ERRORS.olderVersion, `This file uses bundle format ${version}, which is too old for this version of Dossier to read.`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 5).map((i) => `${formatPath(['manifest', ...i.path])}: ${describeIssue(i, raw)}`);
    return fail(BUNDLE_ERRORS.badManifest, `The bundle manifest is damaged: ${lines.join('; ')}.`);
  }
  return ok(parsed.data);
}

function readUnchecked(bytes: Uint8Array, opts: ReadOptions): Result<ParsedBundle> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxUnpacked = opts.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  if (bytes.length > maxBytes) {
    return fail(BUNDLE_ERRORS.tooLarge, `This file is ${mib(bytes.length)}, more than the ${mib(maxBytes)} Dossier opens.`);
  }
  if (!isZipStart(bytes)) {
    return fail(BUNDLE_ERRORS.notZip, 'This file is not a Dossier bundle (it is not a zip archive).');
  }

  // First pass reads only the central directory: nothing is inflated until the sizes are known.
  const listed: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, { filter: (info) => (listed.push(info), false) });
  } catch {
    return fail(BUNDLE_ERRORS.corrupt, 'This bundle is damaged or incomplete (its zip directory cannot be read; the file may be truncated).');
  }
  const names = new Set(listed.map((f) => f.name));
  if (!names.has(MANIFEST_ENTRY)) {
    return fail(BUNDLE_ERRORS.notBundle, `This zip is not a Dossier bundle (it has no ${MANIFEST_ENTRY}).`);
  }
  const wanted = listed.filter((f) => f.name === MANIFEST_ENTRY || TABLE_BY_ENTRY.has(f.name));
  let total = 0;
  for (const f of wanted) {
    if (f.originalSize > MAX_ENTRY_BYTES) {
      return fail(BUNDLE_ERRORS.tooLarge, `The entry "${f.name}" would unpack to ${mib(f.originalSize)}, more than the ${mib(MAX_ENTRY_BYTES)} one entry may hold.`);
    }
    total += f.originalSize;
  }
  if (total > maxUnpacked) {
    return fail(BUNDLE_ERRORS.tooLarge, `This bundle would unpack to ${mib(total)}, more than the ${mib(maxUnpacked)} Dossier allows.`);
  }

  // fflate inflates each entry into a buffer of its declared size, so a lying size cannot grow memory.
  let files: Record<string, Uint8Array>;
  try {
    const keep = new Set(wanted.map((f) => f.name));
    files = unzipSync(bytes, { filter: (info) => keep.has(info.name) });
  } catch {
    return fail(BUNDLE_ERRORS.corrupt, 'This bundle is damaged (an entry cannot be unpacked).');
  }

  const manifestJson = parseJsonEntry(MANIFEST_ENTRY, files[MANIFEST_ENTRY]!);
  if (!manifestJson.ok) return manifestJson;
  const manifest = checkManifest(manifestJson.value);
  if (!manifest.ok) return manifest;

  const problems: Problem[] = [];
  for (const name of names) {
    if (name !== MANIFEST_ENTRY && !TABLE_BY_ENTRY.has(name)) {
      problems.push({ path: name, message: 'unknown entry; ignored', severity: 'warning' });
    }
  }
  const tables: Partial<Record<LibraryTable, unknown>> = {};
  for (const table of LIBRARY_TABLES) {
    const name = TABLE_ENTRIES[table];
    const declared = Object.prototype.hasOwnProperty.call(manifest.value.entries, name) ? manifest.value.entries[name] : undefined;
    const content = files[name];
    if (!content) {
      if (declared) return fail(BUNDLE_ERRORS.corrupt, `This bundle is damaged: the manifest lists "${name}" but the file does not contain it.`);
      continue;
    }
    if (!declared) {
      problems.push({ path: name, message: 'not listed in the manifest, so it cannot be checked; ignored', severity: 'warning' });
      continue;
    }
    if (content.length !== declared.bytes || sha256Hex(content) !== declared.sha256) {
      return fail(BUNDLE_ERRORS.checksum, `This bundle is damaged: the entry "${name}" does not match its checksum in the manifest.`);
    }
    const json = parseJsonEntry(name, content);
    if (!json.ok) return json;
    tables[table] = json.value;
    const counted = manifest.value.counts[table];
    if (Array.isArray(json.value) && json.value.length !== counted) {
      problems.push({ path: name, message: `holds ${json.value.length} rows but the manifest counts ${counted}`, severity: 'warning' });
    }
  }
  return ok({ manifest: manifest.value, formatVersion: manifest.value.formatVersion, tables, problems });
}

/**
 * Opens the bytes of a `.dossier` file. Refuses, with a stable code from
 * {@link BUNDLE_ERRORS} and a sentence for the researcher, files that are not
 * zips, not bundles, damaged, too large, from a newer format, or hold bad JSON.
 * Never throws.
 */
export function readBundle(bytes: Uint8Array, opts: ReadOptions = {}): Result<ParsedBundle> {
  try {
    return readUnchecked(bytes, opts);
  } catch (e) {
    return fail(BUNDLE_ERRORS.unexpected, `This bundle could not be read (${e instanceof Error ? e.message : String(e)}).`);
  }
}
