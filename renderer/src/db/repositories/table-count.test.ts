import { describe, expect, it, vi } from 'vitest';
import type { Claim } from '@shared/domain';
import type { DossierDb } from '../database';
import { freshDbPerTest } from '../fresh-db';
import { readCount } from './table-count';

let db: DossierDb;
freshDbPerTest('table-count', (d) => (db = d));

const claim = (id: string) => ({ id, articleId: 'a', attributeId: 'x', status: 'unverified', providerIds: [], tagIds: [], updatedAt: '' }) as unknown as Claim;

describe('readCount', () => {
  it('counts once per library revision and again after any write to articles or claims', async () => {
    expect(await readCount(db, 'claims')).toBe(0);
    await db.claims.bulkAdd([claim('c1'), claim('c2')]);
    expect(await readCount(db, 'claims')).toBe(2);
    // A count served from the cache: the table is counted through IndexedDB only when the revision moved.
    const counted = vi.spyOn(Object.getPrototypeOf(db.claims) as { count: () => Promise<number> }, 'count');
    expect(await readCount(db, 'claims')).toBe(2);
    expect(counted).not.toHaveBeenCalled();
    await db.claims.delete('c1');
    expect(await readCount(db, 'claims')).toBe(1);
    expect(counted).toHaveBeenCalledTimes(1);
    counted.mockRestore();
    expect(await readCount(db, 'articles')).toBe(0);
  });
});
