/**
 * Reads what a briefing is rendered from: the briefing and the library records
 * its sections draw on (claims, their articles, providers, attributes). The
 * print page and the exports share it so they render the same data.
 */
import type { Briefing } from '@shared/domain';
import type { BriefingContext } from '@shared/briefing/sections';
import type { DossierDb } from '../../../db/database';

/** A briefing with the records it is rendered from. */
export interface LoadedBriefing {
  briefing: Briefing;
  ctx: BriefingContext;
}

/**
 * Loads a briefing and its context in one read transaction, so a concurrent edit cannot
 * leave claims pointing at articles read from a different moment. `null` when the
 * briefing does not exist. All claims are read because a compare or chart section is a
 * live view over the whole library, not a copy.
 */
export async function loadBriefingContext(db: DossierDb, briefingId: string): Promise<LoadedBriefing | null> {
  return db.transaction('r', [db.briefings, db.claims, db.articles, db.providers, db.attributes], async () => {
    const briefing = await db.briefings.get(briefingId);
    if (!briefing) return null;
    const [claims, providers, attributes] = await Promise.all([db.claims.toArray(), db.providers.toArray(), db.attributes.toArray()]);
    // Only the articles that claims point at: article texts are the bulk of the library.
    const articleIds = [...new Set(claims.map((c) => c.articleId))];
    const articles = (await db.articles.bulkGet(articleIds)).filter((a) => a !== undefined);
    return { briefing, ctx: { claims, articles, providers, attributes } };
  });
}
