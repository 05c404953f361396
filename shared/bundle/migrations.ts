/**
 * Upgrades of raw bundle tables from one format version to the next.
 *
 * `migrations[n]` turns format n into format n + 1. `restore` applies them in
 * order, before validation, so each step only has to know its own two shapes.
 * Steps work on untrusted JSON: they reshape what they recognise and leave
 * everything else for validation to judge.
 */
import type { LibraryTable } from '../domain';

/** The tables of a bundle as parsed JSON, before validation. */
export type RawTables = Partial<Record<LibraryTable, unknown>>;

/** One step: the tables of format n in, the tables of format n + 1 out. */
export type Migration = (raw: RawTables) => RawTables;

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Characters of context stored either side of a quote, as the reader does when a claim is marked. */
export const QUOTE_CONTEXT_CHARS = 32;

/**
 * Format 0 was the pre-release shape: a claim carried its quote as
 * `quote: string` with `start`/`end` offsets, and no `target`. Format 1 anchors
 * the W3C way, with a TextQuoteSelector and a TextPositionSelector. Where the
 * claim's article is in the bundle and the offsets match the quote, prefix and
 * suffix come from its text; otherwise they stay empty and re-anchoring finds
 * the quote later.
 */
export function migrateV0toV1(raw: RawTables): RawTables {
  if (!Array.isArray(raw.claims)) return raw;
  const texts = new Map<string, string>();
  if (Array.isArray(raw.articles)) {
    for (const a of raw.articles) if (isRecord(a) && typeof a.id === 'string' && typeof a.text === 'string') texts.set(a.id, a.text);
  }
  const claims = raw.claims.map((c: unknown) => {
    if (!isRecord(c) || 'target' in c || typeof c.quote !== 'string') return c;
    const { quote, start, end, ...rest } = c;
    const text = typeof c.articleId === 'string' ? texts.get(c.articleId) : undefined;
    const placed = typeof start === 'number' && typeof end === 'number' && text !== undefined && text.slice(start, end) === quote;
    return {
      ...rest,
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact: quote,
          prefix: placed ? text.slice(Math.max(0, start - QUOTE_CONTEXT_CHARS), start) : '',
          suffix: placed ? text.slice(end, end + QUOTE_CONTEXT_CHARS) : '',
        },
        position: { type: 'TextPositionSelector', start, end },
      },
    };
  });
  return { ...raw, claims };
}

/** Every upgrade step, keyed by the version it upgrades from. */
export const migrations: Record<number, Migration> = {
  0: migrateV0toV1,
};

/** Runs the steps from `from` up to `to`; `null` when a step is missing. */
export function migrate(raw: RawTables, from: number, to: number, steps: Record<number, Migration> = migrations): RawTables | null {
  let cur = raw;
  for (let v = from; v < to; v++) {
    const step = steps[v];
    if (!step) return null;
    cur = step(cur);
  }
  return cur;
}
