/**
 * Turns the raw tables of a readable bundle into library data the app can
 * trust, reporting every change it had to make (after Excalidraw's
 * `data/restore.ts`): strip prototype-pollution keys, migrate older formats,
 * fill defaults for missing optional fields, keep unknown fields, drop rows
 * that still fail validation, drop duplicated ids and claims whose article is
 * missing. The researcher sees each report before anything is written.
 */
import { LIBRARY_TABLES, type LibraryData, type LibraryTable } from '../domain';
import { fail, ok, type Result } from '../result';
import { contentHash } from '../text/normalize';
import { migrate, migrations as defaultMigrations, type Migration, type RawTables } from './migrations';
import { formatPath, type Problem } from './problem';
import { BUNDLE_ERRORS } from './read';
import { LIMITS, TABLE_ENTRIES } from './schema';
import { describeValue, validateRow } from './validate';
import { FORMAT_VERSION } from './write';

/** Keys that could reach an object's prototype when copied naively; removed wherever they appear. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper nesting than this marks a row as hostile: no Dossier record nests anywhere near it. */
export const MAX_DEPTH = 64;

/** What `restore` needs: the output of `readBundle`, or hand-made tables in tests. */
export interface RestoreInput {
  formatVersion: number;
  tables: RawTables;
  /** Problems found earlier (by `readBundle`), carried into the result. */
  problems?: Problem[];
  manifest?: { exportedAt?: string };
}

export interface RestoreOptions {
  /** Timestamp used for missing createdAt/updatedAt. Default: the manifest's exportedAt. */
  now?: string;
  /** Upgrade steps; tests pass their own. */
  migrations?: Record<number, Migration>;
}

/** Library data every row of which passes the schemas, and what was done to get there. */
export interface Restored {
  data: LibraryData;
  problems: Problem[];
  /** The format version the file was written in, before migration. */
  formatVersion: number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

class TooDeep extends Error {}

/** Marker left in place of a row that nests too deeply to copy safely. */
const TOO_DEEP = Symbol('too-deep');

/** Copies JSON without forbidden keys, recording where each one was removed. */
function sanitize(value: unknown, path: PropertyKey[], problems: Problem[], depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return value.map((v, i) => sanitize(v, [...path, i], problems, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      problems.push({ path: formatPath([...path, key]), message: 'unsafe key removed', severity: 'fixed' });
      continue;
    }
    out[key] = sanitize((value as Record<string, unknown>)[key], [...path, key], problems, depth + 1);
  }
  return out;
}

type Defaults = (row: Record<string, unknown>, now: string) => void;

/** Sets `key` when it is absent, recording the name so the report can list it. */
function filler(filled: string[]) {
  return (obj: Record<string, unknown>, key: string, value: unknown, label = key) => {
    if (obj[key] === undefined) {
      obj[key] = value;
      filled.push(label);
    }
  };
}

const OPTIONAL_FIELDS: Record<LibraryTable, string[]> = {
  articles: [],
  claims: ['asOf', 'preferred', 'orphaned', 'provenance'],
  tags: [],
  providers: [],
  attributes: ['unit', 'categories'],
  briefings: [],
};

function fillDefaults(table: LibraryTable, row: Record<string, unknown>, now: string): { filled: string[]; cleared: string[] } {
  const filled: string[] = [];
  const cleared: string[] = [];
  const set = filler(filled);
  // Other tools write `null` for "not set"; an absent optional field means the same and validates.
  for (const key of OPTIONAL_FIELDS[table]) {
    if (row[key] === null) {
      delete row[key];
      cleared.push(key);
    }
  }
  const stamps: Defaults = (r, t) => {
    set(r, 'createdAt', t);
    set(r, 'updatedAt', r.createdAt);
  };
  switch (table) {
    case 'articles':
      for (const k of ['title', 'outlet', 'author', 'publishedAt', 'url']) set(row, k, '');
      set(row, 'language', 'other');
      // Hashing a text validation will refuse anyway would only waste time on a hostile file.
      if (typeof row.text === 'string' && row.text.length <= LIMITS.articleText) set(row, 'contentHash', contentHash(row.text));
      set(row, 'source', { kind: 'bundle' });
      set(row, 'tagIds', []);
      stamps(row, now);
      break;
    case 'claims':
      for (const k of ['statement', 'note', 'author']) set(row, k, '');
      set(row, 'providerIds', []);
      set(row, 'tagIds', []);
      set(row, 'status', 'unverified');
      set(row, 'confidence', 'medium');
      if (isRecord(row.target)) {
        const { quote, position } = row.target;
        if (isRecord(quote)) {
          set(quote, 'type', 'TextQuoteSelector', 'target.quote.type');
          set(quote, 'prefix', '', 'target.quote.prefix');
          set(quote, 'suffix', '', 'target.quote.suffix');
        }
        if (isRecord(position)) set(position, 'type', 'TextPositionSelector', 'target.position.type');
      }
      stamps(row, now);
      break;
    case 'tags':
      set(row, 'color', '#6b7280');
      break;
    case 'providers':
      set(row, 'aliases', []);
      set(row, 'country', '');
      set(row, 'kind', 'other');
      break;
    case 'attributes':
      set(row, 'description', '');
      break;
    case 'briefings':
      for (const k of ['subtitle', 'author', 'organisation', 'date', 'summary']) set(row, k, '');
      set(row, 'sections', []);
      set(row, 'pageSize', 'A4');
      stamps(row, now);
      break;
  }
  return { filled, cleared };
}

interface Kept<T> {
  row: T;
  index: number;
}

/** Validates one table's raw rows; returns the kept rows with their index in the file. */
function restoreTable<T extends LibraryTable>(
  table: T,
  raw: unknown,
  present: boolean,
  now: string,
  problems: Problem[],
): Kept<LibraryData[T][number]>[] {
  if (!present) {
    problems.push({ path: table, message: `the bundle has no ${TABLE_ENTRIES[table]}; treated as empty`, severity: 'warning' });
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.push({ path: table, message: `expected a list of rows, found ${describeValue(raw)} (whole table dropped)`, severity: 'dropped' });
    return [];
  }
  const kept: Kept<LibraryData[T][number]>[] = [];
  const firstIndex = new Map<string, number>();
  raw.forEach((row: unknown, index) => {
    const place = formatPath([table, index]);
    if (!isRecord(row)) {
      problems.push({ path: place, message: `expected an object, found ${describeValue(row)} (row dropped)`, severity: 'dropped' });
      return;
    }
    if (row.tooDeep === TOO_DEEP) {
      problems.push({ path: place, message: `nested more than ${MAX_DEPTH} levels deep (row dropped)`, severity: 'dropped' });
      return;
    }
    const { filled, cleared } = fillDefaults(table, row, now);
    const check = validateRow(table, row, [table, index]);
    if (!check.ok) {
      problems.push(check.problem);
      return;
    }
    if (filled.length) problems.push({ path: place, message: `missing ${filled.join(', ')}; filled with defaults`, severity: 'fixed' });
    if (cleared.length) problems.push({ path: place, message: `null ${cleared.join(', ')} removed`, severity: 'fixed' });
    const id = (check.row as { id: string }).id;
    const first = firstIndex.get(id);
    if (first !== undefined) {
      problems.push({
        path: formatPath([table, index, 'id']),
        message: `duplicate id ${JSON.stringify(id)} (first at ${formatPath([table, first])}; row dropped)`,
        severity: 'dropped',
      });
      return;
    }
    firstIndex.set(id, index);
    kept.push({ row: check.row, index });
  });
  return kept;
}

function sanitizeTable(raw: unknown, table: LibraryTable, problems: Problem[]): unknown {
  if (!Array.isArray(raw)) {
    try {
      return sanitize(raw, [table], problems);
    } catch {
      return 'a deeply nested value';
    }
  }
  return raw.map((row: unknown, i) => {
    try {
      return sanitize(row, [table, i], problems);
    } catch (e) {
      if (e instanceof TooDeep) return { tooDeep: TOO_DEEP };
      throw e;
    }
  });
}

/** Warns about references to records not in the file: kept, because the importing library may hold them. */
function warnDangling(
  problems: Problem[],
  place: PropertyKey[],
  ref: string | readonly string[],
  known: ReadonlySet<string>,
  what: string,
): void {
  const refs: [string, PropertyKey[]][] = typeof ref === 'string' ? [[ref, place]] : ref.map((id, i) => [id, [...place, i]]);
  for (const [id, at] of refs) {
    if (known.has(id)) continue;
    problems.push({
      path: formatPath(at),
      message: `${what} ${JSON.stringify(id)} is not in this file; kept, it will show as missing unless your library has it`,
      severity: 'warning',
    });
  }
}

/**
 * Restores the raw tables of a bundle into valid library data. Refuses (with a
 * {@link BUNDLE_ERRORS} code) only a format it cannot migrate; otherwise always
 * returns data in which every row passes the schemas, plus a report of each
 * row dropped, value fixed, and reference left dangling. Never throws on bad input.
 */
export function restore(input: RestoreInput, opts: RestoreOptions = {}): Result<Restored> {
  try {
    return restoreUnchecked(input, opts);
  } catch (e) {
    return fail(BUNDLE_ERRORS.unexpected, `This bundle could not be restored (${e instanceof Error ? e.message : String(e)}).`);
  }
}

function restoreUnchecked(input: RestoreInput, opts: RestoreOptions): Result<Restored> {
  const version = input.formatVersion;
  if (version > FORMAT_VERSION) {
    return fail(
      BUNDLE_ERRORS.newerVersion,
      `This file was written by a newer Dossier (format ${version}); this version reads format ${FORMAT_VERSION} or older. Update Dossier to open it.`,
    );
  }
  const problems: Problem[] = [...(input.problems ?? [])];
  const sanitized: RawTables = {};
  for (const table of LIBRARY_TABLES) {
    if (Object.prototype.hasOwnProperty.call(input.tables, table)) sanitized[table] = sanitizeTable(input.tables[table], table, problems);
  }
  const migrated = migrate(sanitized, version, FORMAT_VERSION, opts.migrations ?? defaultMigrations);
  if (!migrated) {
    return fail(BUNDLE_ERRORS.olderVersion, `This file uses bundle format ${version}, which this version of Dossier cannot upgrade.`);
  }
  const manifestNow = input.manifest?.exportedAt;
  const now = opts.now ?? (typeof manifestNow === 'string' && manifestNow ? manifestNow : '1970-01-01T00:00:00.000Z');

  const has = (t: LibraryTable) => Object.prototype.hasOwnProperty.call(migrated, t);
  const tags = restoreTable('tags', migrated.tags, has('tags'), now, problems);
  const providers = restoreTable('providers', migrated.providers, has('providers'), now, problems);
  const attributes = restoreTable('attributes', migrated.attributes, has('attributes'), now, problems);
  const articles = restoreTable('articles', migrated.articles, has('articles'), now, problems);
  const claimsAll = restoreTable('claims', migrated.claims, has('claims'), now, problems);
  const briefings = restoreTable('briefings', migrated.briefings, has('briefings'), now, problems);

  const articleIds = new Set(articles.map((k) => k.row.id));
  const tagIds = new Set(tags.map((k) => k.row.id));
  const providerIds = new Set(providers.map((k) => k.row.id));
  const attributeIds = new Set(attributes.map((k) => k.row.id));

  const claims = claimsAll.filter(({ row, index }) => {
    if (articleIds.has(row.articleId)) return true;
    problems.push({
      path: formatPath(['claims', index, 'articleId']),
      message: `article ${JSON.stringify(row.articleId)} is not in this file (row dropped)`,
      severity: 'dropped',
    });
    return false;
  });
  const claimIds = new Set(claims.map((k) => k.row.id));

  for (const { row, index } of articles) warnDangling(problems, ['articles', index, 'tagIds'], row.tagIds, tagIds, 'tag');
  for (const { row, index } of claims) {
    warnDangling(problems, ['claims', index, 'attributeId'], row.attributeId, attributeIds, 'attribute');
    warnDangling(problems, ['claims', index, 'providerIds'], row.providerIds, providerIds, 'provider');
    warnDangling(problems, ['claims', index, 'tagIds'], row.tagIds, tagIds, 'tag');
  }
  for (const { row, index } of briefings) {
    row.sections.forEach((s, si) => {
      if (s.kind === 'claims') warnDangling(problems, ['briefings', index, 'sections', si, 'claimIds'], s.claimIds, claimIds, 'claim');
    });
  }

  const rows = <T>(kept: Kept<T>[]) => kept.map((k) => k.row);
  return ok({
    data: {
      articles: rows(articles),
      claims: rows(claims),
      tags: rows(tags),
      providers: rows(providers),
      attributes: rows(attributes),
      briefings: rows(briefings),
    },
    problems,
    formatVersion: version,
  });
}
