import { describe, it, expect } from 'vitest';
import { EMPTY_CELL, rankClaims, selectCellValue } from './cell';
import { makeClaim, qty } from './fixtures';

const ids = (cs: { id: string }[]) => cs.map((c) => c.id);

describe('selectCellValue', () => {
  it('an empty cell', () => {
    expect(selectCellValue([])).toBe(EMPTY_CELL);
    expect(EMPTY_CELL.current).toBeNull();
  });

  it('verified beats unverified even when older', () => {
    const v = makeClaim({ id: 'v', status: 'verified', asOf: { start: '2022-12-31' }, value: qty(1e12, 'KRW') });
    const u = makeClaim({ id: 'u', status: 'unverified', asOf: { start: '2024-12-31' }, value: qty(2e12, 'KRW') });
    const cell = selectCellValue([u, v]);
    expect(cell.current?.id).toBe('v');
    expect(cell.status).toBe('verified');
    expect(cell.asOf).toEqual({ start: '2022-12-31' });
  });

  it('then the latest as-of, undated below dated, then updatedAt', () => {
    const old = makeClaim({ id: 'old', asOf: { start: '2023-06-30' } });
    const recent = makeClaim({ id: 'recent', asOf: { start: '2024-06-30' } });
    const undatedNew = makeClaim({ id: 'undated', updatedAt: '2026-01-01T00:00:00Z' });
    expect(ids(rankClaims([undatedNew, old, recent]))).toEqual(['recent', 'old', 'undated']);
    const t1 = makeClaim({ id: 't1', updatedAt: '2025-01-01T00:00:00Z' });
    const t2 = makeClaim({ id: 't2', updatedAt: '2025-03-01T00:00:00Z' });
    expect(selectCellValue([t1, t2]).current?.id).toBe('t2');
  });

  it('a preferred claim wins over everything', () => {
    const v = makeClaim({ id: 'v', status: 'verified', asOf: { start: '2024-12-31' } });
    const p = makeClaim({ id: 'p', status: 'unverified', preferred: true, asOf: { start: '2020-01-01' } });
    expect(selectCellValue([v, p]).current?.id).toBe('p');
  });

  it('disputed and outdated claims are never shown while a live one exists', () => {
    const d = makeClaim({ id: 'd', status: 'disputed', asOf: { start: '2025-06-30' }, value: qty(9e12, 'KRW') });
    const o = makeClaim({ id: 'o', status: 'outdated', asOf: { start: '2025-06-30' } });
    const u = makeClaim({ id: 'u', status: 'unverified', asOf: { start: '2020-06-30' } });
    const cell = selectCellValue([d, o, u]);
    expect(cell.current?.id).toBe('u');
    expect(ids(cell.claims)).toEqual(['u', 'd', 'o']);
    expect(cell.totalCount).toBe(3);
  });

  it('when only disputed or outdated exist, the best of them is shown with its status', () => {
    const d = makeClaim({ id: 'd', status: 'disputed', asOf: { start: '2021-06-30' } });
    const o = makeClaim({ id: 'o', status: 'outdated', asOf: { start: '2025-06-30' } });
    const cell = selectCellValue([o, d]);
    expect(cell.current?.id).toBe('d');
    expect(cell.status).toBe('disputed');
    const onlyOutdated = selectCellValue([o]);
    expect(onlyOutdated.status).toBe('outdated');
  });

  it('counts support and reports conflicts with the shown value', () => {
    const cur = makeClaim({ id: 'cur', status: 'verified', value: qty(0.7, 'ratio', '70%'), asOf: { start: '2024-12-31' } });
    const agree = makeClaim({ id: 'agree', value: qty(0.7, 'ratio', '70 퍼센트'), asOf: { start: '2024' } });
    const agreeOtherYear = makeClaim({ id: 'ago', value: qty(0.7, 'ratio'), asOf: { start: '2023' } });
    const clash = makeClaim({ id: 'clash', value: qty(0.62, 'ratio'), asOf: { start: '2024-01-01', end: '2024-12-31' } });
    const superseded = makeClaim({ id: 'sup', status: 'outdated', value: qty(0.5, 'ratio') });
    const cell = selectCellValue([clash, agree, cur, superseded, agreeOtherYear]);
    expect(cell.current?.id).toBe('cur');
    expect(cell.supportCount).toBe(2);
    expect(cell.conflict?.claimIds).toEqual(['cur', 'clash']);
    expect(cell.incomparableIds).toEqual([]);
    expect(cell.totalCount).toBe(5);
  });

  it('flags incomparable currencies without calling them a conflict', () => {
    const krw = makeClaim({ id: 'krw', value: qty(1.3e12, 'KRW'), status: 'verified' });
    const usd = makeClaim({ id: 'usd', value: qty(1e9, 'USD') });
    const cell = selectCellValue([usd, krw]);
    expect(cell.conflict).toBeNull();
    expect(cell.incomparableIds).toEqual(['usd']);
    expect(cell.supportCount).toBe(1);
  });

  it('is pure: the input order does not change the result and the input is not mutated', () => {
    const cs = [makeClaim({ id: 'x', asOf: { start: '2024' } }), makeClaim({ id: 'y', asOf: { start: '2025' } })];
    const copy = [...cs];
    const a = selectCellValue(cs);
    const b = selectCellValue([...cs].reverse());
    expect(ids(a.claims)).toEqual(ids(b.claims));
    expect(cs).toEqual(copy);
  });
});
