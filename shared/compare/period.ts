/**
 * When a claim's value holds. An `AsOf` is a point (`start` only) or a period
 * (`start`..`end`), and researchers often know only a year or a month
 * (`2024`, `2024-06`). Each is widened to the calendar span it names, so a
 * claim "as of 2024" overlaps one "as of 2024-06-30" but not one "as of 2023".
 * Dates are compared as `YYYY-MM-DD` strings, which order correctly and cost
 * nothing to parse; a claim without a usable as-of holds for all time.
 */
import type { AsOf } from '../domain';

/** An inclusive span of calendar days as `YYYY-MM-DD` strings. */
export interface Interval {
  from: string;
  to: string;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** First day a (possibly partial) date names: `2024` → `2024-01-01`. Null when it is not a date. */
export function dateFloor(date: string): string | null {
  const m = DATE.exec(date.trim());
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/**
 * Last day a (possibly partial) date names: `2024` → `2024-12-31`, `2024-02` → `2024-02-31`.
 * Month ends are always `31`: the string only has to sort after every real day of that month.
 */
export function dateCeil(date: string): string | null {
  const m = DATE.exec(date.trim());
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '12'}-${m[3] ?? '31'}`;
}

/** The span an as-of covers, or null for "always" (absent or unreadable as-of). A reversed period is put right. */
export function asOfInterval(asOf: AsOf | undefined): Interval | null {
  if (!asOf) return null;
  const from = dateFloor(asOf.start);
  if (!from) return null;
  const to = dateCeil(asOf.end && dateFloor(asOf.end) ? asOf.end : asOf.start)!;
  return from <= to ? { from, to } : { from: dateFloor(asOf.end!)!, to: dateCeil(asOf.start)! };
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
 * How recent an as-of is, as a string that sorts ascending by recency: the last day it reaches.
 * Empty for claims without an as-of, so they sort below dated ones.
 */
export function recencyKey(asOf: AsOf | undefined): string {
  return asOfInterval(asOf)?.to ?? '';
}
