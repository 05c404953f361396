import { describe, it, expect } from 'vitest';
import { assessAgainst, claimsConflict, compareValues, conflictFor, findConflicts } from './conflict';
import { makeClaim, qty } from './fixtures';

describe('compareValues', () => {
  it('equal amounts within 0.5% agree; beyond it they disagree', () => {
    expect(compareValues(qty(1.46e12, 'KRW'), qty(1.46e12 * 1.004, 'KRW'))).toBe('agree');
    expect(compareValues(qty(1.46e12, 'KRW'), qty(1.2e12, 'KRW'))).toBe('disagree');
  });
  it('ratio 0.7 agrees with a claim written as 70% whatever the original or unit spelling', () => {
    expect(compareValues(qty(0.7, 'ratio', '0.7'), qty(0.7, 'ratio', '70%'))).toBe('agree');
    expect(compareValues(qty(0.7, 'ratio'), qty(70, 'percent', '70%'))).toBe('agree');
    expect(compareValues(qty(0.7, 'ratio'), qty(65, 'percent', '65%'))).toBe('disagree');
  });
  it('converts weeks to days and compares ranges by overlap', () => {
    expect(compareValues(qty(14, 'days'), qty(2, 'weeks'))).toBe('agree');
    expect(compareValues(qty(3, 'day', '3~4일', 4), qty(4, 'day'))).toBe('agree');
    expect(compareValues(qty(3, 'day', '3~4일', 4), qty(6, 'day', '6~7일', 7))).toBe('disagree');
  });
  it('different currencies are incomparable, not a conflict', () => {
    expect(compareValues(qty(1e9, 'USD'), qty(1.3e12, 'KRW'))).toBe('incomparable');
  });
  it('zero agrees only with zero', () => {
    expect(compareValues(qty(0, 'count'), qty(0, 'count'))).toBe('agree');
    expect(compareValues(qty(0, 'count'), qty(1, 'count'))).toBe('disagree');
  });
  it('categories and texts compare after NFC, trim and case-fold', () => {
    const nfd = '하'.normalize('NFD');
    expect(compareValues({ kind: 'category', category: ` ${nfd}` }, { kind: 'category', category: '하' })).toBe('agree');
    expect(compareValues({ kind: 'category', category: '상' }, { kind: 'category', category: '하' })).toBe('disagree');
    expect(compareValues({ kind: 'text', text: 'Joint  Venture ' }, { kind: 'text', text: 'joint venture' })).toBe('agree');
    expect(compareValues({ kind: 'text', text: 'joint venture' }, { kind: 'text', text: 'acquisition' })).toBe('disagree');
  });
  it('dates agree when the days they name overlap', () => {
    expect(compareValues({ kind: 'date', date: '2024-12-02' }, { kind: 'date', date: '2024-12-02' })).toBe('agree');
    expect(compareValues({ kind: 'date', date: '2024-12' }, { kind: 'date', date: '2024-12-02' })).toBe('agree');
    expect(compareValues({ kind: 'date', date: '2024-12-02' }, { kind: 'date', date: '2024-12-03' })).toBe('disagree');
  });
  it('values of different kinds are incomparable', () => {
    expect(compareValues({ kind: 'text', text: '70%' }, qty(0.7, 'ratio'))).toBe('incomparable');
  });
});

describe('claimsConflict', () => {
  const base = { attributeId: 'share', providerIds: ['aws'] };
  it('overlapping periods with different values conflict', () => {
    const a = makeClaim({ ...base, value: qty(0.6, 'ratio'), asOf: { start: '2024-01-01', end: '2024-12-31' } });
    const b = makeClaim({ ...base, value: qty(0.7, 'ratio'), asOf: { start: '2024-06-30' } });
    expect(claimsConflict(a, b)).toBe(true);
  });
  it('disjoint periods never conflict: values change over time', () => {
    const a = makeClaim({ ...base, value: qty(0.6, 'ratio'), asOf: { start: '2023-12-31' } });
    const b = makeClaim({ ...base, value: qty(0.7, 'ratio'), asOf: { start: '2024-12-31' } });
    expect(claimsConflict(a, b)).toBe(false);
  });
  it('a claim without as-of overlaps everything', () => {
    const a = makeClaim({ ...base, value: qty(0.6, 'ratio') });
    const b = makeClaim({ ...base, value: qty(0.7, 'ratio'), asOf: { start: '2024-12-31' } });
    expect(claimsConflict(a, b)).toBe(true);
  });
  it('outdated claims never conflict; disputed ones do', () => {
    const a = makeClaim({ ...base, value: qty(0.6, 'ratio') });
    expect(claimsConflict(a, makeClaim({ ...base, value: qty(0.7, 'ratio'), status: 'outdated' }))).toBe(false);
    expect(claimsConflict(a, makeClaim({ ...base, value: qty(0.7, 'ratio'), status: 'disputed' }))).toBe(true);
  });
  it('needs the same attribute and a shared provider', () => {
    const a = makeClaim({ ...base, value: qty(0.6, 'ratio') });
    expect(claimsConflict(a, makeClaim({ ...base, attributeId: 'other', value: qty(0.7, 'ratio') }))).toBe(false);
    expect(claimsConflict(a, makeClaim({ ...base, providerIds: ['ms'], value: qty(0.7, 'ratio') }))).toBe(false);
    expect(claimsConflict(a, makeClaim({ ...base, providerIds: ['ms', 'aws'], value: qty(0.7, 'ratio') }))).toBe(true);
  });
});

describe('assessAgainst and conflictFor', () => {
  it('sorts the other claims into support, contradiction and incomparable', () => {
    const current = makeClaim({ id: 'cur', value: qty(1.46e12, 'KRW', '1조4600억원'), status: 'verified' });
    const same = makeClaim({ id: 'same', value: qty(1.461e12, 'KRW') });
    const disputedSame = makeClaim({ id: 'ds', value: qty(1.46e12, 'KRW'), status: 'disputed' });
    const other = makeClaim({ id: 'other', value: qty(1.1e12, 'KRW') });
    const other2 = makeClaim({ id: 'other2', value: qty(0.2e12, 'KRW', '2천억 원') });
    const usd = makeClaim({ id: 'usd', value: qty(1.1e9, 'USD') });
    const old = makeClaim({ id: 'old', value: qty(0.5e12, 'KRW'), status: 'outdated' });
    const r = assessAgainst(current, [current, same, disputedSame, other, other2, usd, old]);
    expect(r.supporting.map((c) => c.id)).toEqual(['same']);
    expect(r.conflicting.map((c) => c.id)).toEqual(['other', 'other2']);
    expect(r.incomparable.map((c) => c.id)).toEqual(['usd']);
    const conflict = conflictFor(current, r.conflicting)!;
    expect(conflict.claimIds).toEqual(['cur', 'other', 'other2']);
    expect(conflict.kind).toBe('quantity');
    // Values as the sources wrote them; formatted in English when the original is missing.
    expect(conflict.description).toBe('3 claims disagree for overlapping periods: 1조4600억원 vs KRW 1.1 trillion vs 2천억 원');
    expect(conflictFor(current, [])).toBeNull();
  });
});

describe('findConflicts', () => {
  it('groups connected contradictions and leaves agreeing claims out', () => {
    const a = makeClaim({ id: 'a', attributeId: 'grade', value: { kind: 'category', category: '하' } });
    const b = makeClaim({ id: 'b', attributeId: 'grade', value: { kind: 'category', category: '중' } });
    const c = makeClaim({ id: 'c', attributeId: 'grade', value: { kind: 'category', category: '하' } });
    const d = makeClaim({ id: 'd', attributeId: 'grade', providerIds: ['p2'], value: { kind: 'category', category: '상' } });
    const e = makeClaim({ id: 'e', attributeId: 'grade', providerIds: ['p2'], value: { kind: 'category', category: '하' } });
    const conflicts = findConflicts([a, b, c, d, e]);
    expect(conflicts.map((x) => x.claimIds)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    expect(conflicts[0]!.kind).toBe('category');
  });
  it('returns nothing when all agree or periods are disjoint', () => {
    const a = makeClaim({ value: qty(5_260_000, 'persons'), asOf: { start: '2024-01' } });
    const b = makeClaim({ value: qty(6_000_000, 'persons'), asOf: { start: '2024-09' } });
    expect(findConflicts([a, b])).toEqual([]);
  });
});
