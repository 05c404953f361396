/**
 * Conflict detection: do two claims about the same provider and attribute
 * contradict each other?
 *
 * Two claims conflict when all of these hold:
 * - they share the attribute and at least one provider;
 * - neither is `outdated` (an outdated claim has been superseded on purpose; that
 *   is what the status means, so it never contradicts a current one). Disputed
 *   claims do take part: a dispute is an open question, and the cell should keep
 *   showing that the sources disagree until it is settled;
 * - their periods overlap (see `period.ts`; a claim without as-of overlaps all);
 * - `compareValues` says `disagree`.
 *
 * Values that cannot be compared (a quantity against a text, KRW against USD)
 * are `incomparable`: not a conflict, because nothing says they contradict, but
 * reported separately so the UI can flag the cell for a look.
 */
import type { Claim, ClaimValue, Id } from '../domain';
import { nfc } from '../text/normalize';
import { formatValue } from '../format/value';
import { asOfInterval, dayCeil, dayFloor, intervalsOverlap, type Interval } from './period';
import { toBaseQuantity } from './units';

/** Relative tolerance under which two amounts count as equal (0.5%): rounding in the sources differs. */
export const DEFAULT_TOLERANCE = 0.005;

export type Agreement = 'agree' | 'disagree' | 'incomparable';

/** Text reduced for equality: NFC, trimmed, inner whitespace collapsed, case-folded. */
export function normalizeForCompare(s: string): string {
  return nfc(s).trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Whether two values say the same thing.
 * - quantities: converted to a base unit (`percent` → `ratio`, `weeks` → days); different
 *   bases (KRW vs USD) are `incomparable`. They agree when the amounts are within
 *   `tolerance` of each other (relative to the larger magnitude) or when their ranges overlap
 *   (`3~4일` agrees with `4일`).
 * - categories and texts: equal after `normalizeForCompare`.
 * - dates: agree when the days they name overlap, so `2024-12` agrees with `2024-12-02`
 *   (a month-precise source does not contradict a day-precise one).
 * - values of different kinds are `incomparable`.
 */
export function compareValues(a: ClaimValue, b: ClaimValue, tolerance = DEFAULT_TOLERANCE): Agreement {
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    // Same unit needs no conversion: compare in place (the matrix does this ~100,000 times per rebuild).
    if (a.unit === b.unit) {
      const alo = a.amount;
      const ahi = a.amountMax ?? alo;
      const blo = b.amount;
      const bhi = b.amountMax ?? blo;
      const scale = Math.max(Math.abs(alo), Math.abs(ahi), Math.abs(blo), Math.abs(bhi));
      const margin = tolerance * scale + 1e-12;
      return Math.min(alo, ahi) <= Math.max(blo, bhi) + margin && Math.min(blo, bhi) <= Math.max(alo, ahi) + margin
        ? 'agree'
        : 'disagree';
    }
    const x = toBaseQuantity(a);
    const y = toBaseQuantity(b);
    if (x.base !== y.base) return 'incomparable';
    const scale = Math.max(Math.abs(x.lo), Math.abs(x.hi), Math.abs(y.lo), Math.abs(y.hi));
    const margin = tolerance * scale + 1e-12;
    return x.lo <= y.hi + margin && y.lo <= x.hi + margin ? 'agree' : 'disagree';
  }
  if (a.kind === 'category' && b.kind === 'category') {
    if (a.category === b.category) return 'agree';
    return normalizeForCompare(a.category) === normalizeForCompare(b.category) ? 'agree' : 'disagree';
  }
  if (a.kind === 'text' && b.kind === 'text') {
    if (a.text === b.text) return 'agree';
    return normalizeForCompare(a.text) === normalizeForCompare(b.text) ? 'agree' : 'disagree';
  }
  if (a.kind === 'date' && b.kind === 'date') {
    const af = dayFloor(a.date);
    const bf = dayFloor(b.date);
    if (af === null || bf === null) return normalizeForCompare(a.date) === normalizeForCompare(b.date) ? 'agree' : 'disagree';
    return af <= dayCeil(b.date)! && bf <= dayCeil(a.date)! ? 'agree' : 'disagree';
  }
  return 'incomparable';
}

/** What kind of value is in dispute; the UI picks its wording by this. */
export type ConflictKind = ClaimValue['kind'];

/** A set of claims whose values contradict each other for overlapping periods. */
export interface Conflict {
  /** The claims involved; for a cell, the shown (current) claim comes first. */
  claimIds: Id[];
  kind: ConflictKind;
  /** English one-line detail for tooltips and logs, listing the distinct values; UI text comes from i18n by `kind`. */
  description: string;
}

/** How the other claims of a cell relate to the one shown. */
export interface Assessment {
  /** Non-outdated, non-disputed claims (besides `current`) for an overlapping period that agree with it. */
  supporting: Claim[];
  /** Non-outdated claims for an overlapping period whose value contradicts it. */
  conflicting: Claim[];
  /** Non-outdated claims for an overlapping period whose value cannot be compared with it. */
  incomparable: Claim[];
}

const sharesProvider = (a: Claim, b: Claim) => a.providerIds.some((p) => b.providerIds.includes(p));

/**
 * Relates `others` to `current` in one pass (O(n), so a cell of any size stays cheap).
 * Outdated claims, and `current` itself if it appears in `others`, are skipped.
 */
export function assessAgainst(current: Claim, others: readonly Claim[], tolerance = DEFAULT_TOLERANCE): Assessment {
  return assessWithSpans(current, others, others.map((c) => asOfInterval(c.asOf)), tolerance);
}

/**
 * `assessAgainst` with each other claim's as-of span already computed (`spans[i]` for
 * `others[i]`), so the matrix reads every as-of once per rebuild.
 */
export function assessWithSpans(
  current: Claim,
  others: readonly Claim[],
  spans: readonly (Interval | null)[],
  tolerance = DEFAULT_TOLERANCE,
): Assessment {
  const out: Assessment = { supporting: [], conflicting: [], incomparable: [] };
  const span = asOfInterval(current.asOf);
  for (let i = 0; i < others.length; i++) {
    const c = others[i]!;
    if (c === current || c.id === current.id || c.status === 'outdated') continue;
    if (!intervalsOverlap(span, spans[i]!)) continue;
    const agreement = compareValues(current.value, c.value, tolerance);
    if (agreement === 'disagree') out.conflicting.push(c);
    else if (agreement === 'incomparable') out.incomparable.push(c);
    else if (c.status !== 'disputed') out.supporting.push(c);
  }
  return out;
}

const DESCRIBED_VALUES = 4;

/** The value as the source wrote it when known (no formatting cost), else formatted in English. */
function rawValue(v: ClaimValue): string {
  if (v.kind === 'quantity') return v.original.trim() || formatValue(v, 'en');
  return formatValue(v, 'en');
}

// Shows only a few values: a cell may hold hundreds of contradicting claims, and the matrix
// describes every conflicting cell on each rebuild.
function describe(claims: readonly Claim[]): string {
  const values: string[] = [];
  let more = false;
  for (const c of claims) {
    const v = rawValue(c.value);
    if (values.includes(v)) continue;
    if (values.length === DESCRIBED_VALUES) {
      more = true;
      break;
    }
    values.push(v);
  }
  const shown = values.map((v) => (v.length > 60 ? `${v.slice(0, 57)}...` : v));
  return `${claims.length} claims disagree for overlapping periods: ${shown.join(' vs ')}${more ? ' and more' : ''}`;
}

/** Builds the `Conflict` for a shown claim and the claims contradicting it; null when there are none. */
export function conflictFor(current: Claim, conflicting: readonly Claim[]): Conflict | null {
  if (conflicting.length === 0) return null;
  const all = [current, ...conflicting];
  return { claimIds: all.map((c) => c.id), kind: current.value.kind, description: describe(all) };
}

/** True when the two claims contradict each other under the rules at the top of this module. */
export function claimsConflict(a: Claim, b: Claim, tolerance = DEFAULT_TOLERANCE): boolean {
  if (a.id === b.id || a.attributeId !== b.attributeId || !sharesProvider(a, b)) return false;
  if (a.status === 'outdated' || b.status === 'outdated') return false;
  if (!intervalsOverlap(asOfInterval(a.asOf), asOfInterval(b.asOf))) return false;
  return compareValues(a.value, b.value, tolerance) === 'disagree';
}

/**
 * Every group of mutually connected contradictions among `claims` (for the evidence panel,
 * which lists all disagreements, not only those with the shown value). Claims are linked when
 * `claimsConflict` holds and each linked group becomes one `Conflict`, ids in input order.
 * Pairwise, so O(n²): meant for the claims of one cell or one provider, not the library.
 */
export function findConflicts(claims: readonly Claim[], tolerance = DEFAULT_TOLERANCE): Conflict[] {
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const linked = new Set<number>();
  const spans: (Interval | null)[] = claims.map((c) => asOfInterval(c.asOf));
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i]!;
    if (a.status === 'outdated') continue;
    for (let j = i + 1; j < claims.length; j++) {
      const b = claims[j]!;
      if (b.status === 'outdated' || a.attributeId !== b.attributeId || !sharesProvider(a, b)) continue;
      if (!intervalsOverlap(spans[i]!, spans[j]!)) continue;
      if (compareValues(a.value, b.value, tolerance) !== 'disagree') continue;
      parent[find(j)] = find(i);
      linked.add(i).add(j);
    }
  }
  const groups = new Map<number, Claim[]>();
  for (let i = 0; i < claims.length; i++) {
    if (!linked.has(i)) continue;
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(claims[i]!);
    else groups.set(root, [claims[i]!]);
  }
  return [...groups.values()].map((g) => ({ claimIds: g.map((c) => c.id), kind: g[0]!.value.kind, description: describe(g) }));
}
