import { describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import type { Claim } from '@shared/domain';
import type { DossierDb } from '../database';
import { freshDbPerTest } from '../fresh-db';
import { readAllClaims } from './all-claims';

let db: DossierDb;
freshDbPerTest('all-claims', (d) => (db = d));

function claim(id: string, status: Claim['status'] = 'unverified'): Claim {
  return {
    id, articleId: 'a', statement: id, note: '', target: { quote: { type: 'TextQuoteSelector', exact: 'q', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
    providerIds: [], attributeId: 'x', value: { kind: 'text', text: '' }, status, confidence: 'medium', tagIds: [], author: '', createdAt: '2024-01-01', updatedAt: '2024-01-01',
  };
}

describe('readAllClaims', () => {
  it('returns the same frozen array while nothing changes, and a fresh one after any claim write', async () => {
    await db.claims.bulkPut([claim('c1'), claim('c2')]);
    const first = await readAllClaims(db);
    expect(first.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(Object.isFrozen(first)).toBe(true);
    expect(await readAllClaims(db)).toBe(first);
    // A write to another table keeps the cache.
    await db.tags.put({ id: 't', name: 't', color: '' });
    expect(await readAllClaims(db)).toBe(first);
    // Undo-style put of an older copy, with its old updatedAt, is still seen.
    await db.claims.put(claim('c1', 'verified'));
    const second = await readAllClaims(db);
    expect(second).not.toBe(first);
    expect(second.find((c) => c.id === 'c1')?.status).toBe('verified');
    await db.claims.delete('c2');
    expect((await readAllClaims(db)).map((c) => c.id)).toEqual(['c1']);
  });

  it('keeps a live query live when it answers from the cache', async () => {
    await db.claims.put(claim('c1'));
    await readAllClaims(db); // fill the cache, so the live query's first run is a hit
    const seen: number[] = [];
    const sub = liveQuery(() => readAllClaims(db)).subscribe({ next: (v) => seen.push(v.length) });
    await expect.poll(() => seen).toEqual([1]);
    await db.claims.put(claim('c2'));
    await expect.poll(() => seen).toEqual([1, 2]);
    sub.unsubscribe();
  });
});
