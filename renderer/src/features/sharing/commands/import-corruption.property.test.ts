/**
 * Property test through the app's own import commands against a real
 * DossierDb: a valid bundle damaged at random (truncation, flipped bytes,
 * wrong types, missing fields, duplicated ids, dangling references,
 * `__proto__` keys, enormous strings, invalid dates, newer versions) is either
 * imported with every stored row valid (and the import undoes exactly) or
 * refused with a clear reason, and a refusal never changes stored data: the
 * digest of the whole database is compared before and after every case.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { LIBRARY_TABLES, type LibraryTable } from '@shared/domain';
import { sampleLibrary } from '@shared/bundle/fixtures';
import { LIMITS, tableSchemas } from '@shared/bundle/schema';
import { writeBundle } from '@shared/bundle/write';
import { sha256Hex } from '@shared/text/normalize';
import { DossierDb } from '../../../db/database';
import { databaseDigest } from '../../../db/digest';
import { readLibrary } from '../../../db/repositories/library';
import { refusalOf } from '../refusal';
import { commitImport, prepareImport, replaceLibrary, undoLastImport } from './import-bundle';

const META = { appVersion: '1.0.0', exportedBy: 'Researcher B', exportedAt: '2024-12-06T10:00:00.000Z' };
let cases = 0;
let refused = 0;
let imported = 0;

/** The colleague's library: overlaps the stored one, edited differently, with extra rows. */
function incoming() {
  const b = sampleLibrary();
  b.claims[0]!.status = 'disputed';
  b.articles[1]!.title = 'Revised title';
  b.tags.push({ id: 'tag-b', name: 'b-only', color: '#123456' });
  b.claims.push({ ...b.claims[1]!, id: 'clm-b', statement: 'B only' });
  return b;
}
const VALID = writeBundle(incoming(), META);

/** Rewrites table entries, fixing checksums so the damage reaches validation. */
function rewrite(edit: (tables: Record<string, unknown>, manifest: Record<string, unknown>) => void): Uint8Array {
  const files = unzipSync(VALID);
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown> & { entries: Record<string, unknown> };
  const tables: Record<string, unknown> = {};
  for (const t of LIBRARY_TABLES) tables[t] = JSON.parse(strFromU8(files[`${t}.json`]!));
  edit(tables, manifest);
  const zip: Zippable = {};
  for (const t of LIBRARY_TABLES) {
    const content = strToU8(JSON.stringify(tables[t]));
    manifest.entries[`${t}.json`] = { sha256: sha256Hex(content), bytes: content.length };
    zip[`${t}.json`] = content;
  }
  zip['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(zip);
}

const placeArb = fc.record({ table: fc.constantFrom(...LIBRARY_TABLES), row: fc.nat(), field: fc.nat() });
function pick(tables: Record<string, unknown>, p: { table: LibraryTable; row: number; field: number }) {
  const rows = tables[p.table] as Record<string, unknown>[];
  if (!rows.length) return null;
  const row = rows[p.row % rows.length]!;
  const keys = Object.keys(row);
  return { row, key: keys[p.field % keys.length]!, rows };
}

const junkArb = fc.oneof(
  fc.constant<unknown>('delete'),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.string({ maxLength: 8 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant('2024-02-30T10:00:00Z'),
  fc.constant('yesterday'),
  fc.constant('x'.repeat(LIMITS.articleText + 1)),
);

/** A damaged bundle, by one of the ways files get damaged or forged. */
const damagedArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }).map((at) => VALID.slice(0, Math.floor(at * VALID.length))),
  fc.array(fc.record({ at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 4 }).map((flips) => {
    const b = VALID.slice();
    for (const { at, mask } of flips) b[at % b.length]! ^= mask;
    return b;
  }),
  fc.tuple(placeArb, junkArb).map(([place, junk]) =>
    rewrite((tables) => {
      const hit = pick(tables, place);
      if (!hit) return;
      if (junk === 'delete') delete hit.row[hit.key];
      else hit.row[hit.key] = junk;
    }),
  ),
  fc.tuple(placeArb, fc.boolean()).map(([place, dangle]) =>
    rewrite((tables) => {
      const hit = pick(tables, place);
      if (hit) hit.rows.push({ ...hit.row });
      const claims = tables.claims as Record<string, unknown>[];
      if (dangle) claims[place.field % claims.length]!.articleId = 'no-such-article';
    }),
  ),
  fc.tuple(placeArb, fc.constantFrom('__proto__', 'constructor', 'prototype')).map(([place, key]) =>
    rewrite((tables) => {
      const hit = pick(tables, place);
      if (hit) Object.defineProperty(hit.row, key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
    }),
  ),
  fc.integer({ min: 2, max: 10_000 }).map((v) => rewrite((_t, m) => void (m.formatVersion = v))),
  fc.constantFrom(...LIBRARY_TABLES).map((t) => rewrite((tables) => void (tables[t] = { not: 'a list' }))),
);

describe('damaged bundles through prepareImport/commitImport (property-based)', () => {
  let db: DossierDb;
  let before: string;

  beforeAll(async () => {
    db = new DossierDb(`corruption-${Math.random()}`);
    const mine = sampleLibrary();
    mine.claims[0]!.note = 'my own note';
    await replaceLibrary(db, mine);
    before = await databaseDigest(db);
  });

  afterAll(() => {
    console.log(`import-corruption.property: ${cases} damaged bundles tried through the app commands (${refused} refused, ${imported} imported and undone)`);
  });

  it('imports correctly or refuses clearly, and a refusal never changes stored data', async () => {
    await fc.assert(
      fc.asyncProperty(damagedArb, fc.constantFrom('mine' as const, 'theirs' as const, 'both' as const), async (bytes, choice) => {
        cases++;
        const r = await prepareImport(db, bytes, 'damaged.dossier');
        if (!r.ok) {
          refused++;
          const refusal = refusalOf('damaged.dossier', r.error);
          expect(r.error.code).toMatch(/^bundle-[a-z-]+$/);
          expect(refusal.reason).not.toBe('unreadable');
          expect(refusal.detail).toMatch(/^[A-Z].{20,}[.)]$/s);
          expect(await databaseDigest(db)).toBe(before);
          return;
        }
        imported++;
        await commitImport(db, r.value, {}, choice);
        const stored = await readLibrary(db);
        for (const t of LIBRARY_TABLES) for (const row of stored[t]) expect(tableSchemas[t].safeParse(row).success).toBe(true);
        const articleIds = new Set(stored.articles.map((a) => a.id));
        for (const c of stored.claims) expect(articleIds.has(c.articleId)).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        await undoLastImport(db);
        expect(await databaseDigest(db)).toBe(before);
      }),
      { numRuns: 300, seed: 20261123 },
    );
    expect(refused).toBeGreaterThan(20);
    expect(imported).toBeGreaterThan(20);
  }, 120_000);
});
