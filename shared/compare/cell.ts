/**
 * Which value a compare cell (one provider × one attribute) shows, and how much
 * the rest of the evidence backs it.
 */
import type { AsOf, Claim, ClaimStatus, Id } from '../domain';
import { assessWithSpans, conflictFor, type Conflict } from './conflict';
import { asOfInterval, type Interval } from './period';

/** Everything the UI needs to draw one cell and its evidence panel. */
export interface CellSummary {
  /** The claim whose value the cell shows; null for an empty cell. */
  current: Claim | null;
  /** Status of `current`, so the UI can mark a cell that only has disputed or outdated evidence. */
  status: ClaimStatus | null;
  /** As-of of `current`, if it has one. */
  asOf: AsOf | null;
  /**
   * How many claims back the shown value: `current` itself plus every verified or unverified
   * claim for an overlapping period whose value agrees (see `compareValues`). 1 = uncorroborated.
   */
  supportCount: number;
  /** All claims in the cell, whatever their status. */
  totalCount: number;
  /** Claims for an overlapping period that contradict `current` (current first), or null. */
  conflict: Conflict | null;
  /** Claims for an overlapping period whose value cannot be compared with `current` (e.g. USD vs KRW). */
  incomparableIds: Id[];
  /** All claims of the cell in rank order (see `rankClaims`), `current` first. */
  claims: Claim[];
}

/** The summary of a cell without claims. Frozen and shared, so never mutate it. */
export const EMPTY_CELL: CellSummary = Object.freeze({
  current: null,
  status: null,
  asOf: null,
  supportCount: 0,
  totalCount: 0,
  conflict: null,
  incomparableIds: Object.freeze([]) as unknown as Id[],
  claims: Object.freeze([]) as unknown as Claim[],
}) as CellSummary;

const STATUS_RANK: Record<ClaimStatus, number> = { verified: 0, unverified: 1, disputed: 2, outdated: 3 };

/**
 * Claims in the order a cell prefers them, best first. The rules, each deciding only when
 * the ones before it tie:
 * 1. a claim marked `preferred` comes first: the researcher's explicit choice beats every rule
 *    (even its status, which the cell still reports so the UI can flag it);
 * 2. status: verified, then unverified, then disputed, then outdated — so disputed and outdated
 *    claims are never shown while a verified or unverified one exists, and when only they exist
 *    the best of them is shown with its status;
 * 3. the latest as-of (the last day its period reaches; partial dates widen to their span);
 *    claims without an as-of rank below every dated one;
 * 4. the most recently updated (`updatedAt`), then id, so the order is total and stable.
 * Returns a new array; the input is not changed.
 */
export function rankClaims(claims: readonly Claim[]): Claim[] {
  return rankEntries(claims).map((e) => e.claim);
}

interface RankEntry {
  claim: Claim;
  span: Interval | null;
  /**
   * Preference, status and recency folded into one number, lower = better, so most
   * comparisons are one subtraction: tier (0..3 preferred, 4..7 not) × 1e8 plus
   * 99,999,999 minus the last `YYYYMMDD` day the as-of reaches (0 when undated).
   */
  key: number;
}

// Keys are computed once per claim (not per comparison): the matrix sorts ~100,000 claims per rebuild.
function rankEntries(claims: readonly Claim[]): RankEntry[] {
  const entries = new Array<RankEntry>(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!;
    const span = asOfInterval(claim.asOf);
    const tier = (claim.preferred ? 0 : 4) + STATUS_RANK[claim.status];
    entries[i] = { claim, span, key: tier * 1e8 + (99_999_999 - (span ? span.to : 0)) };
  }
  if (entries.length > 1) entries.sort(compareEntries);
  return entries;
}

function compareEntries(x: RankEntry, y: RankEntry): number {
  if (x.key !== y.key) return x.key - y.key;
  const a = x.claim;
  const b = y.claim;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Summarises the claims of one provider × attribute cell: picks the value to show by the
 * rules of `rankClaims`, counts support, and finds claims that contradict the shown value
 * (`conflict`) or cannot be compared with it. The caller passes only the claims it wants
 * considered (the matrix leaves orphaned claims out). Pure: same claims, same summary.
 */
export function selectCellValue(claims: readonly Claim[]): CellSummary {
  if (claims.length === 0) return EMPTY_CELL;
  const entries = rankEntries(claims);
  const ranked = new Array<Claim>(entries.length);
  const spans = new Array<Interval | null>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    ranked[i] = entries[i]!.claim;
    spans[i] = entries[i]!.span;
  }
  const current = ranked[0]!;
  const { supporting, conflicting, incomparable } = assessWithSpans(current, ranked, spans);
  return {
    current,
    status: current.status,
    asOf: current.asOf ?? null,
    supportCount: 1 + supporting.length,
    totalCount: ranked.length,
    conflict: conflictFor(current, conflicting),
    incomparableIds: incomparable.map((c) => c.id),
    claims: ranked,
  };
}
