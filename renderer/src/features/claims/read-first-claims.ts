/** The claims table's first screen, read while the whole table loads. */
import type { Claim } from '@shared/domain';
import type { DossierDb } from '../../db/database';
import type { ArticleInfo } from './claim-rows';

/**
 * The first `limit` claims in key order (the table's order before any sort) with the
 * titles of their articles. Reading 100,000 claims and every article takes seconds at
 * research-library scale; this takes milliseconds. The number of claims is a separate,
 * later read (`readCount`): counting them takes longer than this whole read.
 */
export async function readFirstClaims(db: DossierDb, limit: number): Promise<{ claims: Claim[]; articles: Map<string, ArticleInfo> }> {
  return db.transaction('r', [db.claims, db.articles], async () => {
    const claims = await db.claims.limit(limit).toArray();
    const found = await db.articles.bulkGet([...new Set(claims.map((c) => c.articleId))]);
    const articles = new Map<string, ArticleInfo>();
    for (const a of found) if (a) articles.set(a.id, { title: a.title, outlet: a.outlet });
    return { claims, articles };
  });
}
