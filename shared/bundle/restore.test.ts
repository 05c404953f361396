import { describe, it, expect } from 'vitest';
import { LIBRARY_TABLES, type LibraryData } from '../domain';
import { sampleLibrary } from './fixtures';
import { migrateV0toV1, migrate, migrations } from './migrations';
import { readBundle } from './read';
import { restore, type RestoreInput } from './restore';
import { openBundle } from './open';
import { tableSchemas } from './schema';
import { FORMAT_VERSION, writeBundle } from './write';

const META = { appVersion: '0.1.0', exportedBy: 'Researcher A', exportedAt: '2024-12-05T08:00:00.000Z' };

function input(tables: Record<string, unknown>, formatVersion = FORMAT_VERSION): RestoreInput {
  return { formatVersion, tables, manifest: { exportedAt: META.exportedAt } };
}

function restored(tables: Record<string, unknown>, formatVersion = FORMAT_VERSION) {
  const r = restore(input(tables, formatVersion));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function allValid(data: LibraryData): boolean {
  return LIBRARY_TABLES.every((t) => data[t].every((row) => tableSchemas[t].safeParse(row).success));
}

describe('round trip', () => {
  it('writeBundle -> readBundle -> restore gives the same data, ids included', () => {
    const data = sampleLibrary();
    const parsed = readBundle(writeBundle(data, META));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const r = restore(parsed.value);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.data).toStrictEqual(data);
    expect(r.value.problems).toEqual([]);
  });

  it('keeps unknown fields through the round trip', () => {
    const data = sampleLibrary();
    (data.claims[0] as unknown as Record<string, unknown>).reviewedBy = 'Researcher C';
    const opened = openBundle(writeBundle(data, META));
    expect(opened.ok && (opened.value.data.claims[0] as unknown as Record<string, unknown>).reviewedBy).toBe('Researcher C');
  });
});

describe('restore', () => {
  it('drops bad rows and reports each with its place', () => {
    const data = sampleLibrary();
    const claims: unknown[] = [...data.claims];
    claims[1] = { ...data.claims[1]!, value: { kind: 'quantity', amount: '1.46e12', unit: 'KRW', original: 'x' } };
    claims.push('not a claim');
    const r = restored({ ...data, claims });
    expect(r.data.claims.map((c) => c.id)).toEqual(['clm-aws-share', 'clm-csap-low']);
    const dropped = r.problems.filter((p) => p.severity === 'dropped');
    expect(dropped).toEqual([
      { path: 'claims[1].value.amount', message: 'expected a number, found text "1.46e12" (row dropped)', severity: 'dropped' },
      { path: 'claims[3]', message: 'expected an object, found text "not a claim" (row dropped)', severity: 'dropped' },
    ]);
  });

  it('fills defaults for missing optional fields and reports them as fixed', () => {
    const data = sampleLibrary();
    const claim = { ...data.claims[0]! } as Record<string, unknown>;
    delete claim.note;
    delete claim.confidence;
    claim.asOf = null;
    const article = { ...data.articles[0]! } as Record<string, unknown>;
    delete article.contentHash;
    delete article.tagIds;
    const r = restored({ ...data, claims: [claim], articles: [article, data.articles[1]] });
    expect(r.data.claims[0]).toMatchObject({ note: '', confidence: 'medium' });
    expect('asOf' in r.data.claims[0]!).toBe(false);
    expect(r.data.articles[0]!.contentHash).toBe(data.articles[0]!.contentHash);
    expect(r.data.articles[0]!.tagIds).toEqual([]);
    expect(r.problems).toContainEqual({ path: 'claims[0]', message: 'missing note, confidence; filled with defaults', severity: 'fixed' });
    expect(r.problems).toContainEqual({ path: 'claims[0]', message: 'null asOf removed', severity: 'fixed' });
    expect(r.problems).toContainEqual({ path: 'articles[0]', message: 'missing contentHash, tagIds; filled with defaults', severity: 'fixed' });
  });

  it('dedupes ids within the file, keeping the first', () => {
    const data = sampleLibrary();
    const second = { ...data.tags[0]!, name: 'copy' };
    const r = restored({ ...data, tags: [data.tags[0], data.tags[1], second] });
    expect(r.data.tags.map((t) => t.name)).toEqual(['regulation/CSAP', 'market']);
    expect(r.problems).toContainEqual({ path: 'tags[2].id', message: 'duplicate id "tag-csap" (first at tags[0]; row dropped)', severity: 'dropped' });
  });

  it('drops claims whose article is missing and warns about other dangling references', () => {
    const data = sampleLibrary();
    data.claims[0]!.articleId = 'art-gone';
    data.claims[1]!.providerIds = ['prv-gone'];
    const r = restored({ ...data });
    expect(r.data.claims.map((c) => c.id)).toEqual(['clm-naver-rev', 'clm-csap-low']);
    expect(r.problems).toContainEqual({ path: 'claims[0].articleId', message: 'article "art-gone" is not in this file (row dropped)', severity: 'dropped' });
    expect(r.problems).toContainEqual(expect.objectContaining({ path: 'claims[1].providerIds[0]', severity: 'warning' }));
    // The briefing still names the dropped claim: a warning, not a drop.
    expect(r.problems).toContainEqual(expect.objectContaining({ path: 'briefings[0].sections[1].claimIds[0]', severity: 'warning' }));
    expect(r.data.briefings).toHaveLength(1);
  });

  it('strips prototype-pollution keys everywhere', () => {
    const data = sampleLibrary();
    const json = JSON.stringify({ ...data, tags: [data.tags[0], data.tags[1]] }).replace(
      '"id":"tag-csap"',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id":"tag-csap"',
    );
    const raw = JSON.parse(json.replace('"kind":"quantity"', '"prototype":1,"kind":"quantity"')) as Record<string, unknown>;
    const r = restored(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const tag = r.data.tags[0] as unknown as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(tag, '__proto__')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(tag, 'constructor')).toBe(false);
    expect(Object.getPrototypeOf(tag)).toBe(Object.prototype);
    expect(Object.keys(r.data.claims[0]!.value)).not.toContain('prototype');
    expect(r.problems.filter((p) => p.message === 'unsafe key removed').map((p) => p.path).sort()).toEqual([
      'claims[0].value.prototype',
      'tags[0].__proto__',
      'tags[0].constructor',
    ]);
  });

  it('drops rows nested deeper than any record could be, without overflowing the stack', () => {
    const data = sampleLibrary();
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const tag = { ...data.tags[0]!, extra: deep };
    const r = restored({ ...data, tags: [tag, data.tags[1]] });
    expect(r.data.tags.map((t) => t.id)).toEqual(['tag-market']);
    expect(r.problems).toContainEqual(expect.objectContaining({ path: 'tags[0]', severity: 'dropped' }));
  });

  it('drops a table that is not a list and treats a missing one as empty', () => {
    const data = sampleLibrary();
    const { briefings: _b, ...rest } = data;
    const r = restored({ ...rest, tags: { a: 1 } });
    expect(r.data.tags).toEqual([]);
    expect(r.data.briefings).toEqual([]);
    expect(r.problems).toContainEqual({ path: 'tags', message: 'expected a list of rows, found an object (whole table dropped)', severity: 'dropped' });
    expect(r.problems).toContainEqual(expect.objectContaining({ path: 'briefings', severity: 'warning' }));
    expect(allValid(r.data)).toBe(true);
  });

  it('refuses a newer format and a version it has no migration for', () => {
    expect(restore(input({}, FORMAT_VERSION + 1))).toMatchObject({ ok: false, error: { code: 'bundle-newer-version' } });
    expect(restore(input({}, 0), { migrations: {} })).toMatchObject({ ok: false, error: { code: 'bundle-unsupported-version' } });
  });
});

describe('migrations', () => {
  /** The pre-release (format 0) shape of the fixture: quote/start/end on each claim, no target. */
  function v0Fixture(): Record<string, unknown> {
    const data = sampleLibrary();
    const claims = data.claims.map(({ target, ...rest }) => ({ ...rest, quote: target.quote.exact, start: target.position.start, end: target.position.end }));
    return { ...data, claims };
  }

  it('has one step per version below the current one', () => {
    for (let v = 0; v < FORMAT_VERSION; v++) expect(typeof migrations[v]).toBe('function');
  });

  it('upgrades a format-0 bundle to the current shape, rebuilding quote context from the article', () => {
    const r = restored(v0Fixture(), 0);
    expect(r.formatVersion).toBe(0);
    expect(r.data).toStrictEqual(sampleLibrary());
    expect(r.problems).toEqual([]);
  });

  it('leaves prefix and suffix empty when the offsets do not find the quote', () => {
    const raw = v0Fixture();
    const claims = raw.claims as Record<string, unknown>[];
    claims[0]!.start = 0;
    claims[0]!.end = 3;
    const out = migrateV0toV1(raw) as { claims: { target: { quote: { prefix: string; suffix: string } } }[] };
    expect(out.claims[0]!.target.quote).toMatchObject({ prefix: '', suffix: '' });
  });

  it('runs steps in order and stops at a gap', () => {
    const steps = { 0: (r: object) => ({ ...r, trail: ['0'] }), 1: (r: { trail?: string[] }) => ({ ...r, trail: [...(r.trail ?? []), '1'] }) };
    expect(migrate({}, 0, 2, steps as never)).toEqual({ trail: ['0', '1'] });
    expect(migrate({}, 0, 3, steps as never)).toBeNull();
  });
});
