/**
 * When a claim's value holds. An `AsOf` is a point (`start` only) or a period
 * (`start`..`end`), and researchers often know only a year or a month
 * (`2024`, `2024-06`). Each is widened to the calendar span it names, so a
 * claim "as of 2024" overlaps one "as of 2024-06-30" but not one "as of 2023".
 * A claim without a usable as-of holds for all time.
 *
 * Days are handled as integers `YYYYMMDD` (2024-06-30 → 20240630): they order
 * like the dates, compare in one instruction and are read without a regex,
 * which matters when the matrix reads 100,000 as-ofs on every rebuild.
 */
import type { AsOf } from '../domain';

/** An inclusive span of days as `YYYYMMDD` integers. */
export interface Interval {
  from: number;
  to: number;
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

function num(s: string, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const d = digit(s, i);
    if (d < 0) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything after, such as a time, is ignored) as
 * `YYYYMMDD`, filling the parts not given from `fill` (first or last month/day).
 * Null when it is not a date. No regex and no allocation: it runs once per claim per rebuild.
 */
function readDay(date: string, ceil: boolean): number | null {
  const s = digit(date, 0) < 0 ? date.trim() : date;
  const y = num(s, 0, 4);
  if (y < 0 || digit(s, 4) >= 0) return null;
  const base = y * 10000;
  if (s.charCodeAt(4) !== 45 /* - */) return base + (ceil ? 1231 : 101);
  const m = num(s, 5, 2);
  if (m < 0) return base + (ceil ? 1231 : 101);
  if (m < 1 || m > 12 || digit(s, 7) >= 0) return null;
  if (s.charCodeAt(7) !== 45) return base + m * 100 + (ceil ? 31 : 1);
  const d = num(s, 8, 2);
  if (d >= 1 && d <= 31 && digit(s, 10) < 0) return base + m * 100 + d;
  return base + m * 100 + (ceil ? 31 : 1);
}

/** First day a (possibly partial) date names, as `YYYYMMDD`: `2024` → 20240101. Null when it is not a date. */
export function dayFloor(date: string): number | null {
  return readDay(date, false);
}

/**
 * Last day a (possibly partial) date names: `2024` → 20241231, `2024-02` → 20240231.
 * Month ends are always 31: the number only has to sort after every real day of the month.
 */
export function dayCeil(date: string): number | null {
  return readDay(date, true);
}

const ymd = (n: number) => `${String(Math.floor(n / 10000)).padStart(4, '0')}-${String(Math.floor(n / 100) % 100).padStart(2, '0')}-${String(n % 100).padStart(2, '0')}`;

/** `dayFloor` as a `YYYY-MM-DD` string: `2024` → `2024-01-01`. */
export function dateFloor(date: string): string | null {
  const n = dayFloor(date);
  return n === null ? null : ymd(n);
}

/** `dayCeil` as a `YYYY-MM-DD` string: `2024` → `2024-12-31`. */
export function dateCeil(date: string): string | null {
  const n = dayCeil(date);
  return n === null ? null : ymd(n);
}

/** The span an as-of covers, or null for "always" (absent or unreadable as-of). A reversed period is put right. */
export function asOfInterval(asOf: AsOf | undefined): Interval | null {
  if (!asOf) return null;
  const from = dayFloor(asOf.start);
  if (from === null) return null;
  const endFloor = asOf.end ? dayFloor(asOf.end) : null;
  if (endFloor === null) return { from, to: dayCeil(asOf.start)! };
  const to = dayCeil(asOf.end!)!;
  return from <= to ? { from, to } : { from: endFloor, to: dayCeil(asOf.start)! };
}

/** True when two as-ofs share at least one day; a missing as-of overlaps everything. */
export function periodsOverlap(a: AsOf | undefined, b: AsOf | undefined): boolean {
  return intervalsOverlap(asOfInterval(a), asOfInterval(b));
}

/** `periodsOverlap` on precomputed intervals (null = always). */
export function intervalsOverlap(a: Interval | null, b: Interval | null): boolean {
  if (!a || !b) return true;
  return a.from <= b.to && b.from <= a.to;
}

/**
 * How recent an as-of is: the last day it reaches as `YYYYMMDD`, larger = more recent.
 * 0 for claims without an as-of, so they rank below every dated one.
 */
export function recencyKey(asOf: AsOf | undefined): number {
  return asOfInterval(asOf)?.to ?? 0;
}
