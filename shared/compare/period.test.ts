import { describe, it, expect } from 'vitest';
import { asOfInterval, dateCeil, dateFloor, dayCeil, dayFloor, periodsOverlap, recencyKey } from './period';

describe('partial dates widen to the span they name', () => {
  it('floors and ceils', () => {
    expect(dateFloor('2024')).toBe('2024-01-01');
    expect(dateCeil('2024')).toBe('2024-12-31');
    expect(dateFloor('2024-06')).toBe('2024-06-01');
    expect(dateCeil('2024-06')).toBe('2024-06-31');
    expect(dateCeil('2024-06-30T12:00:00Z')).toBe('2024-06-30');
    expect(dateFloor('soon')).toBeNull();
    expect(dateFloor(' 2024-03-05 ')).toBe('2024-03-05');
    expect(dateFloor('20240305')).toBeNull();
    expect(dateFloor('2024-13')).toBeNull();
    expect(dayFloor('2024-06-30')).toBe(20240630);
    expect(dayCeil('2024-06')).toBe(20240631);
  });
  it('reads points, periods, reversed periods and garbage', () => {
    expect(asOfInterval({ start: '2024-12-02' })).toEqual({ from: 20241202, to: 20241202 });
    expect(asOfInterval({ start: '2024', end: '2025-03' })).toEqual({ from: 20240101, to: 20250331 });
    expect(asOfInterval({ start: '2025-01-01', end: '2024-01-01' })).toEqual({ from: 20240101, to: 20250101 });
    expect(asOfInterval({ start: '2024-05-01', end: 'later' })).toEqual({ from: 20240501, to: 20240501 });
    expect(asOfInterval({ start: 'unknown' })).toBeNull();
    expect(asOfInterval(undefined)).toBeNull();
  });
});

describe('periodsOverlap', () => {
  it('points overlap only on the same day', () => {
    expect(periodsOverlap({ start: '2024-12-02' }, { start: '2024-12-02' })).toBe(true);
    expect(periodsOverlap({ start: '2024-12-02' }, { start: '2024-12-03' })).toBe(false);
  });
  it('a point inside a period overlaps; disjoint periods do not', () => {
    expect(periodsOverlap({ start: '2024-01-01', end: '2024-12-31' }, { start: '2024-06-30' })).toBe(true);
    expect(periodsOverlap({ start: '2023-01-01', end: '2023-12-31' }, { start: '2024-01-01', end: '2024-12-31' })).toBe(false);
    expect(periodsOverlap({ start: '2023-07-01', end: '2024-06-30' }, { start: '2024-01-01', end: '2024-12-31' })).toBe(true);
  });
  it('touching ends overlap (inclusive days)', () => {
    expect(periodsOverlap({ start: '2023-01-01', end: '2023-12-31' }, { start: '2023-12-31', end: '2024-12-31' })).toBe(true);
  });
  it('a year overlaps its days; a missing as-of overlaps everything', () => {
    expect(periodsOverlap({ start: '2024' }, { start: '2024-06-30' })).toBe(true);
    expect(periodsOverlap({ start: '2024' }, { start: '2023-06-30' })).toBe(false);
    expect(periodsOverlap(undefined, { start: '1999-01-01' })).toBe(true);
  });
});

describe('recencyKey', () => {
  it('orders by the last day reached, undated lowest', () => {
    const keys = [recencyKey(undefined), recencyKey({ start: '2024' }), recencyKey({ start: '2024-06-30' })];
    expect(keys[0]).toBe(0);
    expect(keys[1]! > keys[2]!).toBe(true);
  });
});
