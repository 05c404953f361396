/**
 * What differs between the researcher's record and the incoming one, field by
 * field, so a conflict can be decided without opening both records.
 */
import { deepEqual } from '@shared/bundle/merge';

/** One differing top-level field, both sides as short text. */
export interface FieldDiff {
  field: string;
  mine: string;
  theirs: string;
}

/** Fields that differ on every copy of a record and would only hide the real change. */
const IGNORED = new Set(['provenance', 'createdAt', 'updatedAt', 'id']);

/** Short readable text for any JSON value. */
export function shortValue(v: unknown, max = 80): string {
  let s: string;
  if (v === undefined || v === null) s = '—';
  else if (typeof v === 'string') s = v;
  else if (typeof v === 'object' && !Array.isArray(v) && 'kind' in (v as object)) {
    const o = v as Record<string, unknown>;
    s = String(o.original || o.category || o.date || o.text || (o.amount ?? '')) || JSON.stringify(v);
  } else s = JSON.stringify(v);
  s = s.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The top-level fields whose values differ, in the incoming record's key order. */
export function fieldDiffs(mine: object | undefined, theirs: object): FieldDiff[] {
  if (!mine) return [];
  const a = mine as Record<string, unknown>;
  const b = theirs as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k));
  return keys.filter((k) => !deepEqual(a[k], b[k])).map((k) => ({ field: k, mine: shortValue(a[k]), theirs: shortValue(b[k]) }));
}
