import { describe, it, expect } from 'vitest';
import type { CompareView } from '../domain';
import { buildMatrix, cellKey, dropEmptyLines, getCell, groupRows, layoutMatrix, sortRows, transposeMatrix } from './matrix';
import { EMPTY_CELL } from './cell';
import { makeAttribute, makeClaim, makeProvider, qty } from './fixtures';

const providers = [
  makeProvider('naver', { name: { ko: '네이버클라우드', en: 'Naver Cloud' } }),
  makeProvider('aws', { origin: 'foreign', country: 'US', name: { ko: 'AWS', en: 'AWS' } }),
  makeProvider('kt', { name: { ko: 'KT클라우드', en: 'KT Cloud' } }),
  makeProvider('msp1', { kind: 'msp' }),
];
const attributes = [
  makeAttribute('revenue'),
  makeAttribute('share', { unit: 'ratio' }),
  makeAttribute('csap', { valueType: 'category', unit: undefined, categories: ['상', '중', '하'] }),
];
const view = (over: Partial<CompareView> = {}): CompareView => ({ providerIds: [], attributeIds: [], ...over });

const claims = [
  makeClaim({ id: 'r-naver', providerIds: ['naver'], attributeId: 'revenue', value: qty(1.46e12, 'KRW') }),
  makeClaim({ id: 'r-kt', providerIds: ['kt'], attributeId: 'revenue', value: qty(0.9e12, 'KRW') }),
  makeClaim({ id: 'r-aws', providerIds: ['aws'], attributeId: 'revenue', value: qty(3e12, 'KRW'), tagIds: ['public'] }),
  makeClaim({ id: 's-joint', providerIds: ['naver', 'kt'], attributeId: 'share', value: qty(0.2, 'ratio') }),
  makeClaim({ id: 'g-naver', providerIds: ['naver'], attributeId: 'csap', value: { kind: 'category', category: '하' } }),
  makeClaim({ id: 'g-kt', providerIds: ['kt'], attributeId: 'csap', value: { kind: 'category', category: '상' } }),
  makeClaim({ id: 'orphan', providerIds: ['aws'], attributeId: 'csap', orphaned: true, tagIds: ['hidden'] }),
];

describe('buildMatrix', () => {
  it('all providers and attributes in input order when the view selects none', () => {
    const m = buildMatrix({ providers, attributes, claims, view: view() });
    expect(m.rows.map((p) => p.id)).toEqual(['naver', 'aws', 'kt', 'msp1']);
    expect(m.columns.map((a) => a.id)).toEqual(['revenue', 'share', 'csap']);
    expect(getCell(m, 'naver', 'revenue').current?.id).toBe('r-naver');
  });
  it('a claim about two providers counts in both rows', () => {
    const m = buildMatrix({ providers, attributes, claims, view: view() });
    expect(getCell(m, 'naver', 'share').current?.id).toBe('s-joint');
    expect(getCell(m, 'kt', 'share').current?.id).toBe('s-joint');
  });
  it('leaves orphaned claims out and only stores non-empty cells', () => {
    const m = buildMatrix({ providers, attributes, claims, view: view() });
    expect(getCell(m, 'aws', 'csap')).toBe(EMPTY_CELL);
    expect(m.cells.has(cellKey('aws', 'csap'))).toBe(false);
    expect(m.cells.size).toBe(7);
  });
  it('selected providers and attributes follow the view order; unknown ids are skipped', () => {
    const m = buildMatrix({ providers, attributes, claims, view: view({ providerIds: ['kt', 'gone', 'naver'], attributeIds: ['csap', 'revenue'] }) });
    expect(m.rows.map((p) => p.id)).toEqual(['kt', 'naver']);
    expect(m.columns.map((a) => a.id)).toEqual(['csap', 'revenue']);
    expect(m.cells.has(cellKey('naver', 'share'))).toBe(false);
  });
  it('filters by origin and kind', () => {
    expect(buildMatrix({ providers, attributes, claims, view: view({ origin: 'foreign' }) }).rows.map((p) => p.id)).toEqual(['aws']);
    expect(buildMatrix({ providers, attributes, claims, view: view({ kind: 'msp' }) }).rows.map((p) => p.id)).toEqual(['msp1']);
  });
  it('a tag filter keeps providers with any non-orphaned claim carrying the tag', () => {
    expect(buildMatrix({ providers, attributes, claims, view: view({ tagId: 'public' }) }).rows.map((p) => p.id)).toEqual(['aws']);
    expect(buildMatrix({ providers, attributes, claims, view: view({ tagId: 'hidden' }) }).rows).toEqual([]);
    const m = buildMatrix({ providers, attributes, claims, view: view({ tagId: 'public', attributeIds: ['csap'] }) });
    expect(m.rows.map((p) => p.id)).toEqual(['aws']);
  });
  it('is pure: equal input, equal output, whatever order cells are read in', () => {
    const a = buildMatrix({ providers, attributes, claims, view: view() });
    const b = buildMatrix({ providers, attributes, claims, view: view() });
    getCell(b, 'kt', 'csap');
    expect(b.rows).toEqual(a.rows);
    expect(b.columns).toEqual(a.columns);
    expect([...b.cells]).toEqual([...a.cells]);
  });
  it('cells behave as a read-only map in row-major order, summarised once', () => {
    const m = buildMatrix({ providers, attributes, claims, view: view() });
    expect([...m.cells.keys()]).toEqual([
      'naver|revenue', 'naver|share', 'naver|csap', 'aws|revenue', 'kt|revenue', 'kt|share', 'kt|csap',
    ]);
    expect(m.cells.get('kt|csap')).toBe(m.cells.get('kt|csap'));
    expect(m.cells.get('nope|csap')).toBeUndefined();
    const seen: string[] = [];
    m.cells.forEach((cell, key) => seen.push(`${key}=${cell.current?.id}`));
    expect(seen[0]).toBe('naver|revenue=r-naver');
    expect([...m.cells.values()].map((c) => c.totalCount)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });
  it('a provider listed twice in one claim counts once', () => {
    const dup = makeClaim({ id: 'dup', providerIds: ['msp1', 'msp1'], attributeId: 'revenue' });
    const m = buildMatrix({ providers, attributes, claims: [dup], view: view() });
    expect(getCell(m, 'msp1', 'revenue').totalCount).toBe(1);
  });
});

describe('sortRows', () => {
  const m = buildMatrix({ providers, attributes, claims, view: view() });
  it('by amount, missing values last in both directions', () => {
    expect(sortRows(m, 'revenue', 'asc').rows.map((p) => p.id)).toEqual(['kt', 'naver', 'aws', 'msp1']);
    expect(sortRows(m, 'revenue', 'desc').rows.map((p) => p.id)).toEqual(['aws', 'naver', 'kt', 'msp1']);
  });
  it('categories by their declared order; ties keep order', () => {
    expect(sortRows(m, 'csap', 'asc').rows.map((p) => p.id)).toEqual(['kt', 'naver', 'aws', 'msp1']);
    expect(sortRows(m, 'share', 'asc').rows.map((p) => p.id)).toEqual(['naver', 'kt', 'aws', 'msp1']);
  });
  it('does not change the input matrix', () => {
    sortRows(m, 'revenue', 'desc');
    expect(m.rows.map((p) => p.id)).toEqual(['naver', 'aws', 'kt', 'msp1']);
  });
});

describe('groupRows', () => {
  it('bands by origin and kind in a fixed order, keeping row order, omitting empty bands', () => {
    const m = sortRows(buildMatrix({ providers, attributes, claims, view: view() }), 'revenue', 'desc');
    expect(groupRows(m, 'origin').map((g) => [g.key, g.rows.map((p) => p.id)])).toEqual([
      ['domestic', ['naver', 'kt', 'msp1']],
      ['foreign', ['aws']],
    ]);
    expect(groupRows(m, 'kind').map((g) => g.key)).toEqual(['csp', 'msp']);
  });
});

describe('layoutMatrix and transposition', () => {
  it('swaps headers and keeps cell lookup right', () => {
    const m = buildMatrix({ providers, attributes, claims, view: view({ providerIds: ['naver', 'kt'], attributeIds: ['revenue'], transposed: true }) });
    expect(m.transposed).toBe(true);
    const l = layoutMatrix(m);
    expect(l.rows.map((e) => e.id)).toEqual(['revenue']);
    expect(l.columns.map((e) => e.id)).toEqual(['naver', 'kt']);
    expect(l.cell(l.rows[0]!, l.columns[1]!).current?.id).toBe('r-kt');
    const flat = layoutMatrix(transposeMatrix(m));
    expect(flat.rows.map((e) => e.id)).toEqual(['naver', 'kt']);
    expect(flat.cell(flat.rows[1]!, flat.columns[0]!).current?.id).toBe('r-kt');
  });
});

describe('dropEmptyLines', () => {
  it('hides providers and attributes without any claim', () => {
    const attrs = [...attributes, makeAttribute('unused')];
    const m = dropEmptyLines(buildMatrix({ providers, attributes: attrs, claims, view: view() }));
    expect(m.rows.map((p) => p.id)).toEqual(['naver', 'aws', 'kt']);
    expect(m.columns.map((a) => a.id)).toEqual(['revenue', 'share', 'csap']);
    expect(getCell(m, 'kt', 'csap').current?.id).toBe('g-kt');
  });
});
