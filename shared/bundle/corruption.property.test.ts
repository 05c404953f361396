/**
 * Property tests: whatever happens to a bundle on its way (truncation, flipped
 * bytes, hand edits, hostile content), reading and restoring it either yields
 * library data every row of which passes the schemas, with the damage
 * reported, or refuses with a readable message. It never throws.
 */
import { describe, it, expect, afterAll } from 'vitest';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { LIBRARY_TABLES, type Article, type Claim, type LibraryData, type LibraryTable } from '../domain';
import { sha256Hex } from '../text/normalize';
import { openBundle, type OpenedBundle } from './open';
import { applyMerge, planMerge } from './merge';
import { LIMITS, tableSchemas } from './schema';
import { FORMAT_VERSION, writeBundle } from './write';
import type { Result } from '../result';

const META = { appVersion: '0.1.0', exportedBy: '연구자', exportedAt: '2024-12-05T08:00:00.000Z' };
let casesTried = 0;
const runs = (numRuns: number) => ({ numRuns, seed: 20241205 + numRuns });

// ---------- generators of valid libraries ----------

const chars = [...'가나다라마바사 상중하클라우드 AWSazure,."\'\n\t-=1234567890']; // Korean, Latin, CSV/JSON specials
const textArb = (maxLength: number) => fc.string({ unit: fc.constantFrom(...chars), maxLength });
const idArb = fc.string({ unit: fc.constantFrom(...'abcdef0123456789-'), minLength: 1, maxLength: 8 });
const timestampArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const dayArb = timestampArb.map((t) => t.slice(0, 10));
const bilingualArb = fc.record({ ko: textArb(12), en: textArb(12) });

const valueArb = fc.oneof(
  fc.record({ kind: fc.constant('quantity' as const), amount: fc.double({ noNaN: true, noDefaultInfinity: true }), unit: fc.constantFrom('KRW', 'ratio', 'persons'), original: textArb(10) }),
  fc.record({ kind: fc.constant('category' as const), category: fc.constantFrom('상', '중', '하') }),
  fc.record({ kind: fc.constant('date' as const), date: dayArb }),
  fc.record({ kind: fc.constant('text' as const), text: textArb(20) }),
);

/** A valid library; ids are unique per table because each carries its index. */
const libraryArb: fc.Arbitrary<LibraryData> = fc
  .record({
    tags: fc.array(fc.record({ id: idArb, name: textArb(10).map((s) => `t${s}`), color: fc.constantFrom('#2563eb', '#16a34a') }), { maxLength: 3 }),
    providers: fc.array(
      fc.record({
        id: idArb,
        name: bilingualArb,
        aliases: fc.array(textArb(8), { maxLength: 2 }),
        origin: fc.constantFrom('domestic' as const, 'foreign' as const),
        country: fc.constantFrom('KR', 'US'),
        kind: fc.constantFrom('csp' as const, 'msp' as const, 'ai' as const, 'other' as const),
      }),
      { maxLength: 3 },
    ),
    attributes: fc.array(
      fc.record({ id: idArb, name: bilingualArb, valueType: fc.constantFrom('quantity' as const, 'category' as const, 'date' as const, 'text' as const), description: textArb(20) }),
      { maxLength: 3 },
    ),
    articles: fc.array(
      fc.record({
        id: idArb,
        title: textArb(20),
        outlet: textArb(10),
        author: textArb(10),
        publishedAt: fc.oneof(fc.constant(''), dayArb),
        url: fc.oneof(fc.constant(''), idArb.map((s) => `https://example.com/${s}`)),
        language: fc.constantFrom('ko' as const, 'en' as const, 'other' as const),
        text: textArb(120),
        contentHash: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }),
        source: fc.record({ kind: fc.constantFrom('paste' as const, 'pdf' as const, 'html' as const) }),
        tagIds: fc.constant([] as string[]),
        createdAt: timestampArb,
        updatedAt: timestampArb,
      }),
      { maxLength: 3 },
    ),
    claims: fc.array(
      fc.record({
        id: idArb,
        articleIndex: fc.nat(),
        s: fc.nat(),
        e: fc.nat(),
        statement: textArb(30),
        value: valueArb,
        status: fc.constantFrom('unverified' as const, 'verified' as const, 'disputed' as const, 'outdated' as const),
        confidence: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
        note: textArb(10),
        author: textArb(8),
        asOf: fc.option(fc.record({ start: dayArb }), { nil: undefined }),
        createdAt: timestampArb,
        updatedAt: timestampArb,
      }),
      { maxLength: 5 },
    ),
    briefings: fc.array(
      fc.record({
        id: idArb,
        title: textArb(10),
        subtitle: textArb(10),
        author: textArb(8),
        organisation: textArb(8),
        date: fc.oneof(fc.constant(''), dayArb),
        summary: textArb(20),
        markdown: textArb(30),
        pageSize: fc.constantFrom('A4' as const, 'Letter' as const),
        createdAt: timestampArb,
        updatedAt: timestampArb,
      }),
      { maxLength: 2 },
    ),
  })
  .map((g) => {
    const uniq = <T extends { id: string }>(rows: T[], p: string) => rows.map((r, i) => ({ ...r, id: `${p}${i}-${r.id}` }));
    const tags = uniq(g.tags, 'tag');
    const providers = uniq(g.providers, 'prv');
    const attributes = uniq(g.attributes, 'att');
    const articles: Article[] = uniq(g.articles, 'art').map((a, i) => ({ ...a, tagIds: tags.slice(0, i % 2 ? 1 : 0).map((t) => t.id) }));
    const claims: Claim[] =
      articles.length === 0
        ? []
        : uniq(g.claims, 'clm').map(({ articleIndex, s, e, asOf, ...c }) => {
            const article = articles[articleIndex % articles.length]!;
            const a = s % (article.text.length + 1);
            const b = a + (e % (article.text.length - a + 1));
            const claim: Claim = {
              ...c,
              articleId: article.id,
              target: {
                quote: { type: 'TextQuoteSelector', exact: article.text.slice(a, b), prefix: article.text.slice(Math.max(0, a - 32), a), suffix: article.text.slice(b, b + 32) },
                position: { type: 'TextPositionSelector', start: a, end: b },
              },
              providerIds: providers.slice(0, 2).map((p) => p.id),
              attributeId: attributes[0]?.id ?? 'att-none',
              tagIds: tags.slice(0, 1).map((t) => t.id),
            };
            if (asOf) claim.asOf = asOf;
            return claim;
          });
    const briefings = uniq(g.briefings, 'brf').map(({ markdown, ...b }) => ({
      ...b,
      sections: [
        { id: 's1', kind: 'text' as const, title: 'Text', markdown },
        { id: 's2', kind: 'claims' as const, title: 'Claims', claimIds: claims.map((c) => c.id) },
      ],
    }));
    // Through JSON once, as a bundle would: plain prototypes, no -0.
    return JSON.parse(JSON.stringify({ articles, claims, tags, providers, attributes, briefings })) as LibraryData;
  });

// ---------- checks ----------

function hasOwnForbiddenKey(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some(hasOwnForbiddenKey);
  return Object.keys(v).some((k) => k === '__proto__' || k === 'constructor' || k === 'prototype' || hasOwnForbiddenKey((v as Record<string, unknown>)[k]));
}

/** The invariant: a refusal with a readable message, or data every row of which is valid. */
function assertSafe(bytes: Uint8Array): Result<OpenedBundle> {
  casesTried++;
  let result: Result<OpenedBundle> | undefined;
  expect(() => void (result = openBundle(bytes))).not.toThrow();
  const r = result!;
  if (!r.ok) {
    expect(r.error.code).toMatch(/^bundle-[a-z-]+$/);
    expect(r.error.message.length).toBeGreaterThan(20);
    expect(r.error.message).toMatch(/^[A-Z].*[.)]$/s);
    expect(r.error.message).not.toMatch(/\[object Object\]|undefined|NaN/);
    return r;
  }
  const { data, problems } = r.value;
  for (const table of LIBRARY_TABLES) {
    const ids = new Set<string>();
    for (const row of data[table]) {
      expect(tableSchemas[table].safeParse(row).success).toBe(true);
      expect(ids.has(row.id)).toBe(false);
      ids.add(row.id);
    }
  }
  const articleIds = new Set(data.articles.map((a) => a.id));
  for (const c of data.claims) expect(articleIds.has(c.articleId)).toBe(true);
  expect(hasOwnForbiddenKey(data)).toBe(false);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  for (const p of problems) {
    expect(p.path.length).toBeGreaterThan(0);
    expect(p.message.length).toBeGreaterThan(3);
    expect(['dropped', 'fixed', 'warning']).toContain(p.severity);
  }
  return r;
}

/** Rewrites entries of a bundle, fixing their checksums so the damage reaches restore. */
function rewrite(bytes: Uint8Array, edit: (tables: Record<string, unknown>, manifest: Record<string, unknown>) => void): Uint8Array {
  const files = unzipSync(bytes);
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown> & { entries: Record<string, { sha256: string; bytes: number }> };
  const tables: Record<string, unknown> = {};
  for (const t of LIBRARY_TABLES) tables[t] = JSON.parse(strFromU8(files[`${t}.json`]!));
  edit(tables, manifest);
  const zip: Zippable = {};
  for (const t of LIBRARY_TABLES) {
    const content = strToU8(typeof tables[t] === 'string' && (tables[t] as string).startsWith('RAW:') ? (tables[t] as string).slice(4) : JSON.stringify(tables[t]));
    manifest.entries[`${t}.json`] = { sha256: sha256Hex(content), bytes: content.length };
    zip[`${t}.json`] = content;
  }
  zip['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(zip);
}

const nonEmptyLibrary = libraryArb.filter((d) => LIBRARY_TABLES.some((t) => d[t].length > 0));

/** Picks a row and one of its top-level fields to damage. */
const placeArb = fc.record({ table: fc.constantFrom(...LIBRARY_TABLES), row: fc.nat(), field: fc.nat() });

function pick(tables: Record<string, unknown>, place: { table: LibraryTable; row: number; field: number }): { row: Record<string, unknown>; key: string } | null {
  const candidates = LIBRARY_TABLES.map((_, i) => LIBRARY_TABLES[(LIBRARY_TABLES.indexOf(place.table) + i) % LIBRARY_TABLES.length]!);
  for (const t of candidates) {
    const rows = tables[t] as Record<string, unknown>[];
    if (!rows.length) continue;
    const row = rows[place.row % rows.length]!;
    const keys = Object.keys(row);
    return { row, key: keys[place.field % keys.length]! };
  }
  return null;
}

const jsonJunk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 10 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 3 }),
);

// ---------- properties ----------

describe('bundle corruption (property-based)', () => {
  afterAll(() => {
    console.log(`corruption.property: ${casesTried} bundle cases tried`);
  });

  it('round-trips every valid library exactly, and merges it with itself as all identical', () => {
    fc.assert(
      fc.property(libraryArb, (data) => {
        const r = assertSafe(writeBundle(data, META));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.data).toStrictEqual(data);
        expect(r.value.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
        const plan = planMerge(data, r.value.data, { fileName: 'x.dossier', importedAt: META.exportedAt, exportedBy: 'x', newId: () => 'n' });
        expect(plan.items.every((i) => i.status === 'identical')).toBe(true);
        expect(applyMerge(plan, {}, 'theirs').puts).toEqual({ articles: [], claims: [], tags: [], providers: [], attributes: [], briefings: [] });
      }),
      runs(150),
    );
  });

  it('refuses a truncated file', () => {
    fc.assert(
      fc.property(libraryArb, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (data, at) => {
        const bytes = writeBundle(data, META);
        const r = assertSafe(bytes.slice(0, Math.floor(at * bytes.length)));
        expect(r.ok).toBe(false);
      }),
      runs(150),
    );
  });

  it('survives flipped bytes anywhere in the file', () => {
    fc.assert(
      fc.property(libraryArb, fc.array(fc.record({ at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 4 }), (data, flips) => {
        const bytes = writeBundle(data, META).slice();
        for (const { at, mask } of flips) bytes[at % bytes.length]! ^= mask;
        assertSafe(bytes);
      }),
      runs(300),
    );
  });

  it('drops or repairs rows with wrong types and missing fields, and reports them', () => {
    fc.assert(
      fc.property(nonEmptyLibrary, placeArb, fc.oneof(fc.constant<'delete'>('delete'), jsonJunk), (data, place, junk) => {
        let damaged = '';
        const bytes = rewrite(writeBundle(data, META), (tables) => {
          const hit = pick(tables, place);
          if (!hit) return;
          damaged = hit.key;
          if (junk === 'delete') delete hit.row[hit.key];
          else hit.row[hit.key] = junk;
        });
        const r = assertSafe(bytes);
        expect(r.ok).toBe(true);
        if (r.ok && damaged === 'id' && (junk === 'delete' || typeof junk !== 'string')) {
          expect(r.value.problems.some((p) => p.severity === 'dropped')).toBe(true);
        }
      }),
      runs(250),
    );
  });

  it('dedupes duplicated ids and drops claims with dangling articles', () => {
    fc.assert(
      fc.property(nonEmptyLibrary, placeArb, fc.boolean(), (data, place, dangle) => {
        const bytes = rewrite(writeBundle(data, META), (tables) => {
          const rotated = LIBRARY_TABLES.map((_, i) => LIBRARY_TABLES[(LIBRARY_TABLES.indexOf(place.table) + i) % LIBRARY_TABLES.length]!);
          const t = rotated.find((x) => (tables[x] as unknown[]).length) ?? 'tags';
          const rows = tables[t] as Record<string, unknown>[];
          if (rows.length) rows.push({ ...rows[place.row % rows.length]! });
          const claims = tables.claims as Record<string, unknown>[];
          if (dangle && claims.length) claims[place.field % claims.length]!.articleId = 'no-such-article';
        });
        const r = assertSafe(bytes);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.problems.some((p) => p.severity === 'dropped')).toBe(true);
      }),
      runs(150),
    );
  });

  it('strips __proto__, constructor and prototype keys wherever they are', () => {
    fc.assert(
      fc.property(nonEmptyLibrary, placeArb, fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.boolean(), (data, place, key, nested) => {
        const bytes = rewrite(writeBundle(data, META), (tables) => {
          const hit = pick(tables, place);
          if (!hit) return;
          const target = nested && hit.row[hit.key] && typeof hit.row[hit.key] === 'object' ? (hit.row[hit.key] as object) : hit.row;
          Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
        });
        const r = assertSafe(bytes);
        expect(r.ok).toBe(true);
      }),
      runs(150),
    );
  });

  it('refuses or drops enormous strings and invalid dates with a clear message', () => {
    const huge = 'x'.repeat(LIMITS.articleText + 1);
    fc.assert(
      fc.property(
        nonEmptyLibrary,
        placeArb,
        fc.constantFrom('huge', 'medium', '2024-02-30T10:00:00Z', 'yesterday', '2024-13-01', '', '1e9'),
        (data, place, kind) => {
          const bytes = rewrite(writeBundle(data, META), (tables) => {
            const hit = pick(tables, place);
            if (!hit) return;
            const key = Object.keys(hit.row).find((k) => /At$|date|publishedAt/.test(k)) ?? hit.key;
            hit.row[kind === 'huge' ? ('text' in hit.row ? 'text' : hit.key) : kind === 'medium' ? hit.key : key] =
              kind === 'huge' ? huge : kind === 'medium' ? 'y'.repeat(LIMITS.statement + 1) : kind;
          });
          const r = assertSafe(bytes);
          expect(r.ok).toBe(true);
          if (r.ok && kind === 'medium') expect(r.value.problems.some((p) => /too long|expected/.test(p.message))).toBe(true);
        },
      ),
      runs(60),
    );
  });

  it('drops whole tables that are not lists and refuses entries that are not JSON', () => {
    fc.assert(
      fc.property(libraryArb, fc.constantFrom(...LIBRARY_TABLES), fc.oneof(jsonJunk, fc.constant('RAW:{"broken": ')), (data, table, junk) => {
        const bytes = rewrite(writeBundle(data, META), (tables) => void (tables[table] = junk));
        const r = assertSafe(bytes);
        if (junk === 'RAW:{"broken": ') expect(r).toMatchObject({ ok: false, error: { code: 'bundle-bad-json' } });
      }),
      runs(100),
    );
  });

  it('refuses any newer format version with the update message', () => {
    fc.assert(
      fc.property(libraryArb, fc.integer({ min: FORMAT_VERSION + 1, max: 1_000_000 }), (data, version) => {
        const bytes = rewrite(writeBundle(data, META), (_t, manifest) => void (manifest.formatVersion = version));
        const r = assertSafe(bytes);
        expect(r).toMatchObject({ ok: false, error: { code: 'bundle-newer-version', message: expect.stringContaining(`format ${version}`) } });
      }),
      runs(100),
    );
  });
});
