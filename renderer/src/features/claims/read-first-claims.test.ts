import { describe, expect, it } from 'vitest';
import type { Article, Claim } from '@shared/domain';
import type { DossierDb } from '../../db/database';
import { freshDbPerTest } from '../../db/fresh-db';
import { readFirstClaims } from './read-first-claims';

let db: DossierDb;
freshDbPerTest('first-claims', (d) => (db = d));

const article = (id: string, title: string) => ({ id, title, outlet: `${title} 일보`, text: '본문', tagIds: [], publishedAt: '', language: 'ko', contentHash: id, url: '', updatedAt: '' }) as unknown as Article;
const claim = (id: string, articleId: string) => ({ id, articleId, attributeId: 'x', status: 'unverified', providerIds: [], tagIds: [], updatedAt: '' }) as unknown as Claim;

describe('readFirstClaims', () => {
  it('reads the first claims in key order and the titles of their articles only', async () => {
    await db.articles.bulkAdd([article('a1', '가'), article('a2', '나'), article('a3', '다')]);
    await db.claims.bulkAdd([claim('c3', 'a3'), claim('c1', 'a1'), claim('c2', 'a1'), claim('c4', 'gone')]);
    const first = await readFirstClaims(db, 2);
    expect(first.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(Object.fromEntries(first.articles)).toEqual({ a1: { title: '가', outlet: '가 일보' } });
  });

  it('skips articles that no longer exist', async () => {
    await db.claims.bulkAdd([claim('c1', 'gone')]);
    const first = await readFirstClaims(db, 60);
    expect(first.claims).toHaveLength(1);
    expect(first.articles.size).toBe(0);
  });
});
