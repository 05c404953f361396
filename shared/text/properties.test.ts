/**
 * Properties that must hold for any text, not only the cases we thought of:
 * offsets always point at what they claim, anchoring an unchanged text always
 * succeeds by position, and the index agrees with a brute-force search.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { STARTER_PROVIDERS } from '../registry/providers';
import { findProviderMentions } from './aliases';
import { anchor, describeRange } from './anchor';
import { findDates, findQuantities } from './quantity';
import { SearchIndex } from './search-index';
import { forEachToken, tokenizeForIndex, tokenizeQuery } from './tokenize';

// Text built from pieces the analysers care about, so random strings hit the interesting paths.
const piece = fc.constantFrom(
  '네이버', '클라우드', '는', '의', ' ', ' ', '\n', '.', '1조', '4600억원', '526만 명', '70%', '3~4일', '2019년', '2024-12-02',
  '제23조의2', 'AWS', 'KTX', 'MS', 'MSP', '쿠팡', '하 등급', '02-123-4567', '$10 billion', '1만3000장', '가', 'x', '7', ',', '~',
);
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));

describe('offset properties', () => {
  it('quantities, dates and mentions slice to what they report, in order, without overlap', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const found of [findQuantities(t), findDates(t, { reference: '2024-12-12' })]) {
          let last = 0;
          for (const q of found) {
            expect(t.slice(q.start, q.end)).toBe(q.original);
            expect(q.start).toBeGreaterThanOrEqual(last);
            last = q.end;
          }
        }
        let last = 0;
        for (const m of findProviderMentions(t, STARTER_PROVIDERS)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          last = m.end;
        }
        for (const q of findQuantities(t)) {
          expect(Number.isFinite(q.amount)).toBe(true);
          if (q.amountMax !== undefined) expect(q.amountMax).toBeGreaterThanOrEqual(q.amount);
        }
      }),
    );
  });

  it('tokens lie inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (t) => {
        const n = t.normalize('NFC');
        for (const tok of tokenizeForIndex(t)) {
          expect(tok.start).toBeGreaterThanOrEqual(0);
          expect(tok.end).toBeLessThanOrEqual(n.length);
          expect(tok.end).toBeGreaterThan(tok.start);
        }
      }),
    );
  });
});

describe('anchor properties', () => {
  it('places every describable range of an unchanged text by position', () => {
    fc.assert(
      fc.property(text.filter((t) => t.length > 0), fc.nat(), fc.nat(), (t, a, b) => {
        const start = a % t.length;
        const end = start + 1 + (b % (t.length - start));
        expect(anchor(t, describeRange(t, start, end))).toEqual({ start, end, method: 'position' });
      }),
    );
  });

  it('places an exact quote again after any prefix is inserted', () => {
    fc.assert(
      fc.property(text.filter((t) => t.length > 3), text, (t, prefix) => {
        const target = describeRange(t, 1, t.length - 1);
        const moved = prefix + t;
        const a = anchor(moved, target);
        expect(a).not.toBeNull();
        expect(moved.slice(a!.start, a!.end)).toBe(target.quote.exact);
      }),
    );
  });
});

describe('search index properties', () => {
  it('returns exactly the documents holding every query key (AND), whatever was added and removed', () => {
    const doc = fc.array(piece, { minLength: 1, maxLength: 15 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(11)), fc.constantFrom('네이버', '클라우드', 'AWS', 'ms', '쿠팡 하', '70', 'ㄴㅇㅂ'), (docs, removed, query) => {
        const index = new SearchIndex();
        docs.forEach((d, i) => index.add({ id: `d${i}`, kind: 'article', fields: { text: d } }));
        const gone = new Set(removed.filter((r) => r < docs.length).map((r) => `d${r}`));
        for (const id of gone) index.remove(id);
        const { terms } = tokenizeQuery(query);
        const expected = docs
          .map((d, i) => ({ id: `d${i}`, keys: keysOf(d) }))
          .filter((d) => !gone.has(d.id) && terms.every((t) => d.keys.has(t)))
          .map((d) => d.id)
          .sort();
        expect(index.search(query, { limit: 100 }).map((h) => h.id).sort()).toEqual(expected);
        // The packed postings must say the same after a round trip, which compacts the lists.
        expect(SearchIndex.deserialize(index.serialize()).search(query, { limit: 100 }).map((h) => h.id).sort()).toEqual(expected);
      }),
    );
  });
});

function keysOf(text: string): Set<string> {
  const keys = new Set<string>();
  forEachToken(text, (k) => keys.add(k));
  return keys;
}
