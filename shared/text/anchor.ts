/**
 * Anchors claims to article text the W3C Web Annotation way: a quote with a
 * little context (TextQuoteSelector) plus offsets (TextPositionSelector).
 * When the article text changes, `anchor` falls back from the stored position
 * to an exact quote search, then to a fuzzy quote search with a bounded number
 * of errors (as Hypothesis's client does). A quote that cannot be placed gives
 * null; the caller keeps the claim and shows it as orphaned, never drops it.
 */
import type { ClaimTarget } from '../domain';

/** Where a target landed and which step placed it. Offsets are UTF-16 code units, end exclusive. */
export interface Anchored {
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
}

/** Context kept either side of a quote, in characters. */
export const DEFAULT_CONTEXT = 32;

/** Cells of edit-distance table the fuzzy search may fill before it gives up (keeps long articles responsive). */
const FUZZY_BUDGET = 40_000_000;

/** Describes `text.slice(start, end)` with both selectors. Throws on an empty or out-of-range selection. */
export function describeRange(text: string, start: number, end: number, contextLen = DEFAULT_CONTEXT): ClaimTarget {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) {
    throw new RangeError(`Cannot describe range ${start}-${end} of a ${text.length}-character text.`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - contextLen), start),
      suffix: text.slice(end, end + contextLen),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Most errors the fuzzy step accepts for a quote of this length; 0 means the quote is too short to guess. */
export function maxErrors(quoteLength: number): number {
  return Math.min(Math.max(2, Math.floor(quoteLength * 0.2)), Math.floor((quoteLength - 1) / 2));
}

/**
 * Places `target` in `text`: by position if the text there still equals the
 * quote; else at the exact quote occurrence whose context and position best
 * match; else at the best approximate occurrence within `maxErrors`; else null.
 */
export function anchor(text: string, target: ClaimTarget): Anchored | null {
  const { exact, prefix, suffix } = target.quote;
  const { start, end } = target.position;
  if (!exact) return null;
  if (start >= 0 && end <= text.length && end - start === exact.length && text.slice(start, end) === exact) {
    return { start, end, method: 'position' };
  }
  const hint = Math.max(0, Math.min(start, text.length));
  let best: { at: number; score: number } | null = null;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, at + exact.length, prefix, suffix) - Math.abs(at - hint) / (text.length + 1);
    if (!best || score > best.score) best = { at, score };
  }
  if (best) return { start: best.at, end: best.at + exact.length, method: 'quote' };
  const fuzzy = fuzzyFind(text, exact, prefix, suffix, hint);
  return fuzzy ? { ...fuzzy, method: 'fuzzy' } : null;
}

/** How many context characters agree next to [start, end): common suffix of the prefix plus common prefix of the suffix. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let p = 0;
  while (p < prefix.length && start - 1 - p >= 0 && text[start - 1 - p] === prefix[prefix.length - 1 - p]) p++;
  let s = 0;
  while (s < suffix.length && end + s < text.length && text[end + s] === suffix[s]) s++;
  return p + s;
}

interface Match {
  start: number;
  end: number;
  errors: number;
}

/**
 * Approximate search. Any occurrence with at most k errors contains one of k+1
 * disjoint pieces of the quote exactly (pigeonhole), so indexOf on the pieces
 * finds candidate windows cheaply; an edit-distance table runs only inside
 * them. Windows near the old position go first.
 */
function fuzzyFind(text: string, quote: string, prefix: string, suffix: string, hint: number): { start: number; end: number } | null {
  const m = quote.length;
  const k = maxErrors(m);
  if (k < 1) return null;
  const pieces = k + 1;
  const windows: [number, number, number][] = []; // start, end, hits
  for (let i = 0; i < pieces; i++) {
    const from = Math.floor((i * m) / pieces);
    const to = Math.floor(((i + 1) * m) / pieces);
    const piece = quote.slice(from, to);
    if (!piece) continue;
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
      windows.push([Math.max(0, at - from - k), Math.min(text.length, at - from + m + k), 1]);
    }
  }
  if (!windows.length) return null;
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number, number][] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) {
      last[1] = Math.max(last[1], w[1]);
      last[2] += w[2];
    } else {
      merged.push([...w]);
    }
  }
  // Nearest the old position first, then windows with the most piece hits.
  merged.sort((a, b) => {
    const near = (w: [number, number, number]) => (hint >= w[0] - m && hint <= w[1] + m ? 0 : 1);
    return near(a) - near(b) || b[2] - a[2] || Math.abs(a[0] - hint) - Math.abs(b[0] - hint);
  });
  let budget = FUZZY_BUDGET;
  let best: (Match & { score: number }) | null = null;
  for (const [ws, we] of merged) {
    budget -= (we - ws) * (m + 1);
    if (budget < 0) break;
    for (const match of bestInWindow(text, ws, we, quote, k)) {
      const score = -match.errors * 1000 + contextScore(text, match.start, match.end, prefix, suffix) - Math.abs(match.start - hint) / (text.length + 1);
      if (!best || score > best.score) best = { ...match, score };
    }
  }
  return best ? { start: best.start, end: best.end } : null;
}

/**
 * Sellers' algorithm: edit distance of `quote` against every substring of
 * text[ws, we), tracking where each alignment starts. Returns the local minima
 * with at most k errors (one per run of adjacent end positions).
 */
function bestInWindow(text: string, ws: number, we: number, quote: string, k: number): Match[] {
  const m = quote.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prev[i] = i;
    prevStart[i] = ws;
  }
  const out: Match[] = [];
  let run: Match | null = null;
  for (let j = ws; j < we; j++) {
    const c = text[j];
    cur[0] = 0;
    curStart[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let v = prev[i - 1]! + (quote[i - 1] === c ? 0 : 1);
      let s = prevStart[i - 1]!;
      const del = cur[i - 1]! + 1;
      if (del < v) {
        v = del;
        s = curStart[i - 1]!;
      }
      const ins = prev[i]! + 1;
      if (ins < v) {
        v = ins;
        s = prevStart[i]!;
      }
      cur[i] = v;
      curStart[i] = s;
    }
    const d = cur[m]!;
    if (d <= k) {
      const match = { start: curStart[m]!, end: j + 1, errors: d };
      if (!run || d < run.errors) run = match;
    } else if (run) {
      out.push(run);
      run = null;
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  if (run) out.push(run);
  return out;
}
