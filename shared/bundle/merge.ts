/**
 * Plans and applies the merge of an imported library into the researcher's
 * own, without touching storage: the renderer shows the plan, the researcher
 * picks per conflict, and `applyMerge` returns the rows to write in one
 * transaction.
 *
 * Matching: every record by id; articles also by normalised URL or content
 * hash (the same article saved twice by two researchers), providers also by
 * English name, tags also by name. A record matched under a different id is
 * merged into the existing one and every incoming reference to it is
 * re-pointed, so an article is never doubled.
 */
import { LIBRARY_TABLES, type Article, type Briefing, type BriefingSection, type Claim, type LibraryData, type LibraryTable } from '../domain';
import { nfc, normalizeUrl } from '../text/normalize';

export type MergeStatus = 'new' | 'identical' | 'conflict';
/** `mine` keeps the existing record, `theirs` overwrites it, `both` adds theirs under a new id. */
export type MergeChoice = 'mine' | 'theirs' | 'both';
export type MatchedBy = 'id' | 'url' | 'contentHash' | 'name';

type Row<T extends LibraryTable> = LibraryData[T][number];

/** One incoming record and what the merge would do with it. */
export interface MergeItem<T extends LibraryTable = LibraryTable> {
  /** Stable key for choices: `<table>:<incoming id>`. */
  key: string;
  table: T;
  status: MergeStatus;
  /** The incoming record as it came (claims with provenance added), references not yet re-pointed. */
  incoming: Row<T>;
  /** The record it matched in the library, for `identical` and `conflict`. */
  existing?: Row<T>;
  matchedBy?: MatchedBy;
  /** What the researcher may pick for a conflict. Articles that share a URL or text allow no `both`: they are never doubled. */
  choices: MergeChoice[];
}

/** Everything `applyMerge` needs. Items are in dependency order (tags … claims, briefings). */
export interface MergePlan {
  items: MergeItem[];
  /** Makes ids for `both` copies. */
  newId: () => string;
}

export interface MergeOptions {
  /** Name of the imported file, recorded in each incoming claim's provenance. */
  fileName: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** Who exported the file (the manifest's `exportedBy`). */
  exportedBy: string;
  /** Id generator for `both` copies (the app passes `crypto.randomUUID`). */
  newId: () => string;
}

/** Per-table counts of a plan, for the import preview. */
export type ImportSummary = Record<LibraryTable, { new: number; identical: number; conflicts: number }>;

/** Per-table counts of what `applyMerge` decided. */
export type ApplySummary = Record<LibraryTable, { added: number; replaced: number; duplicated: number; unchanged: number }>;

type IdMaps = Record<LibraryTable, Map<string, string>>;

const ORDER: readonly LibraryTable[] = ['tags', 'providers', 'attributes', 'articles', 'claims', 'briefings'];

function emptyMaps(): IdMaps {
  return { articles: new Map(), claims: new Map(), tags: new Map(), providers: new Map(), attributes: new Map(), briefings: new Map() };
}

/** Structural equality of JSON-like values; keys holding `undefined` count as absent. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && deepEqual(ao[k], bo[k]));
}

const mapId = (m: Map<string, string>, id: string) => m.get(id) ?? id;
const mapIds = (m: Map<string, string>, ids: readonly string[]) => ids.map((id) => mapId(m, id));

function remapSection(s: BriefingSection, maps: IdMaps): BriefingSection {
  switch (s.kind) {
    case 'text':
      return s;
    case 'claims':
      return { ...s, claimIds: mapIds(maps.claims, s.claimIds) };
    case 'chart':
      return { ...s, attributeId: mapId(maps.attributes, s.attributeId), providerIds: mapIds(maps.providers, s.providerIds) };
    case 'compare': {
      const view = { ...s.view, providerIds: mapIds(maps.providers, s.view.providerIds), attributeIds: mapIds(maps.attributes, s.view.attributeIds) };
      if (view.tagId !== undefined) view.tagId = mapId(maps.tags, view.tagId);
      return { ...s, view };
    }
    default:
      return s;
  }
}

/** Re-points a record's references (not its own id) through the id maps. */
function remapRefs<T extends LibraryTable>(table: T, row: Row<T>, maps: IdMaps): Row<T> {
  switch (table) {
    case 'articles': {
      const a = row as Article;
      return { ...a, tagIds: mapIds(maps.tags, a.tagIds) } as Row<T>;
    }
    case 'claims': {
      const c = row as Claim;
      return {
        ...c,
        articleId: mapId(maps.articles, c.articleId),
        attributeId: mapId(maps.attributes, c.attributeId),
        providerIds: mapIds(maps.providers, c.providerIds),
        tagIds: mapIds(maps.tags, c.tagIds),
      } as Row<T>;
    }
    case 'briefings': {
      const b = row as Briefing;
      return { ...b, sections: b.sections.map((s) => remapSection(s, maps)) } as Row<T>;
    }
    default:
      return row;
  }
}

/** The part of a record that decides "identical": never provenance, and not the copy's own id and times when matched by content. */
function comparable(row: object, matchedBy: MatchedBy): Record<string, unknown> {
  const { provenance: _p, ...rest } = row as Record<string, unknown>;
  if (matchedBy === 'id') return rest;
  const { id: _i, createdAt: _c, updatedAt: _u, ...content } = rest;
  return content;
}

const nameKey = (s: string) => nfc(s).trim().toLowerCase();

type Finder<T extends LibraryTable> = (row: Row<T>) => { existing: Row<T>; by: MatchedBy } | undefined;

function finderFor<T extends LibraryTable>(table: T, existing: readonly Row<T>[]): Finder<T> {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const byKey = new Map<string, Row<T>>();
  const keyed = (k: string, r: Row<T>) => {
    if (k && !byKey.has(k)) byKey.set(k, r);
  };
  for (const r of existing) {
    if (table === 'articles') {
      const a = r as Article;
      const url = normalizeUrl(a.url);
      keyed(url ? `url:${url}` : '', r);
      keyed(a.contentHash ? `hash:${a.contentHash}` : '', r);
    } else if (table === 'providers') {
      const en = nameKey((r as LibraryData['providers'][number]).name.en);
      keyed(en ? `name:${en}` : '', r);
    } else if (table === 'tags') {
      const n = nameKey((r as LibraryData['tags'][number]).name);
      keyed(n ? `name:${n}` : '', r);
    }
  }
  return (row) => {
    const sameId = byId.get(row.id);
    if (sameId) return { existing: sameId, by: 'id' };
    if (table === 'articles') {
      const a = row as Article;
      const url = normalizeUrl(a.url);
      const byUrl = url ? byKey.get(`url:${url}`) : undefined;
      if (byUrl) return { existing: byUrl, by: 'url' };
      const byHash = a.contentHash ? byKey.get(`hash:${a.contentHash}`) : undefined;
      if (byHash) return { existing: byHash, by: 'contentHash' };
    } else if (table === 'providers') {
      const en = nameKey((row as LibraryData['providers'][number]).name.en);
      const hit = en ? byKey.get(`name:${en}`) : undefined;
      if (hit) return { existing: hit, by: 'name' };
    } else if (table === 'tags') {
      const n = nameKey((row as LibraryData['tags'][number]).name);
      const hit = n ? byKey.get(`name:${n}`) : undefined;
      if (hit) return { existing: hit, by: 'name' };
    }
    return undefined;
  };
}

/** Articles that share a URL or text are the same article: they may be replaced, never doubled. */
function sameArticle(a: Article, b: Article): boolean {
  const url = normalizeUrl(a.url);
  return (!!url && url === normalizeUrl(b.url)) || (!!a.contentHash && a.contentHash === b.contentHash);
}

/**
 * Classifies every incoming record as `new`, `identical` or `conflict`
 * against the existing library. Incoming claims without provenance get one
 * from `opts`; their `author` is kept. Pure: nothing is written.
 */
export function planMerge(existing: LibraryData, incoming: LibraryData, opts: MergeOptions): MergePlan {
  const maps = emptyMaps();
  const items: MergeItem[] = [];
  const provenance = { fileName: opts.fileName, importedAt: opts.importedAt, exportedBy: opts.exportedBy };
  for (const table of ORDER) {
    const find = finderFor(table, existing[table]);
    for (const original of incoming[table] as Row<typeof table>[]) {
      const row: Row<typeof table> =
        table === 'claims' && !(original as Claim).provenance ? ({ ...original, provenance } as Claim) : original;
      const key = `${table}:${row.id}`;
      const match = find(row);
      if (!match) {
        items.push({ key, table, status: 'new', incoming: row, choices: [] });
        continue;
      }
      maps[table].set(row.id, match.existing.id);
      const same = deepEqual(comparable(remapRefs(table, row, maps), match.by), comparable(match.existing, match.by));
      const noDouble = table === 'articles' && sameArticle(row as Article, match.existing as Article);
      items.push({
        key,
        table,
        status: same ? 'identical' : 'conflict',
        incoming: row,
        existing: match.existing,
        matchedBy: match.by,
        choices: same ? [] : noDouble ? ['mine', 'theirs'] : ['mine', 'theirs', 'both'],
      });
    }
  }
  return { items, newId: opts.newId };
}

/** Counts of new, identical and conflicting records per table. */
export function importSummary(plan: MergePlan): ImportSummary {
  const out = Object.fromEntries(LIBRARY_TABLES.map((t) => [t, { new: 0, identical: 0, conflicts: 0 }])) as ImportSummary;
  for (const item of plan.items) {
    const c = out[item.table];
    if (item.status === 'new') c.new++;
    else if (item.status === 'identical') c.identical++;
    else c.conflicts++;
  }
  return out;
}

/**
 * Resolves a plan into the rows to write. `choices` maps item keys to a
 * choice; conflicts without one take `defaultChoice`. A choice an item does
 * not allow (`both` for an article sharing URL or text) falls back to `mine`.
 * Every incoming reference is re-pointed to where its target ended up.
 * Returns only rows to put; nothing is ever deleted.
 */
export function applyMerge(
  plan: MergePlan,
  choices: Record<string, MergeChoice>,
  defaultChoice: MergeChoice,
): { puts: LibraryData; summary: ApplySummary } {
  const maps = emptyMaps();
  const decided = plan.items.map((item) => {
    let choice: MergeChoice | null = null;
    if (item.status === 'conflict') {
      const wanted = choices[item.key] ?? defaultChoice;
      choice = item.choices.includes(wanted) ? wanted : 'mine';
    }
    let targetId = item.incoming.id;
    if (item.existing) targetId = choice === 'both' ? plan.newId() : item.existing.id;
    maps[item.table].set(item.incoming.id, targetId);
    return { item, choice, targetId };
  });

  const puts = new Map<LibraryTable, Map<string, unknown>>(LIBRARY_TABLES.map((t) => [t, new Map()]));
  const summary = Object.fromEntries(LIBRARY_TABLES.map((t) => [t, { added: 0, replaced: 0, duplicated: 0, unchanged: 0 }])) as ApplySummary;
  for (const { item, choice, targetId } of decided) {
    const count = summary[item.table];
    if (item.status === 'identical' || choice === 'mine') {
      count.unchanged++;
      continue;
    }
    if (item.status === 'new') count.added++;
    else if (choice === 'both') count.duplicated++;
    else count.replaced++;
    const row = { ...remapRefs(item.table, item.incoming, maps), id: targetId };
    puts.get(item.table)!.set(targetId, row);
  }
  const rows = <T extends LibraryTable>(t: T) => [...puts.get(t)!.values()] as LibraryData[T];
  return {
    puts: {
      articles: rows('articles'),
      claims: rows('claims'),
      tags: rows('tags'),
      providers: rows('providers'),
      attributes: rows('attributes'),
      briefings: rows('briefings'),
    },
    summary,
  };
}
