/**
 * Reads what a briefing is rendered from: the briefing and the library records
 * its sections draw on (claims, their articles, providers, attributes). The
 * print page and the exports share it so they render the same data.
 */
import type { Briefing, Claim, Id } from '@shared/domain';
import type { BriefingContext } from '@shared/briefing/sections';
import { citedClaimIds } from '@shared/briefing/citations';
import type { DossierDb } from '../../../db/database';

/** A briefing with the records it is rendered from. */
export interface LoadedBriefing {
  briefing: Briefing;
  ctx: BriefingContext;
}

/**
 * Which claims a briefing's sections can draw on, as index lookups. `all` when a
 * compare section shows every attribute (a live view over the whole library).
 * Otherwise: the claims sections' ids, every claim of an attribute a compare or chart
 * section shows, and every claim carrying a compare section's tag (the tag filter
 * picks providers by any of their claims, not only those in the shown columns).
 */
export interface ClaimNeeds {
  all: boolean;
  ids: Id[];
  attributeIds: Id[];
  tagIds: Id[];
}

/** What claims the briefing's sections need; see `ClaimNeeds`. */
export function claimNeeds(briefing: Briefing): ClaimNeeds {
  const ids = new Set<Id>();
  const attributeIds = new Set<Id>();
  const tagIds = new Set<Id>();
  let all = false;
  for (const s of briefing.sections) {
    if (s.kind === 'claims') for (const id of s.claimIds) ids.add(id);
    else if (s.kind === 'chart') attributeIds.add(s.attributeId);
    else if (s.kind === 'compare') {
      if (s.view.attributeIds.length === 0) all = true;
      for (const a of s.view.attributeIds) attributeIds.add(a);
      if (s.view.tagId) tagIds.add(s.view.tagId);
    }
  }
  return { all, ids: [...ids], attributeIds: [...attributeIds], tagIds: [...tagIds] };
}

/** Reads the claims `needs` names, each once (must run inside a transaction over claims). */
async function readNeededClaims(db: DossierDb, needs: ClaimNeeds): Promise<Claim[]> {
  if (needs.all) return db.claims.toArray();
  // One `equals` per key rather than `anyOf`: a single key range reads with one getAll, where
  // anyOf walks a cursor record by record (thousands of claims for a compare section).
  const [byId, ...byKey] = await Promise.all([
    needs.ids.length ? db.claims.bulkGet(needs.ids) : [],
    ...needs.attributeIds.map((id) => db.claims.where('attributeId').equals(id).toArray()),
    ...needs.tagIds.map((id) => db.claims.where('tagIds').equals(id).toArray()),
  ]);
  const out = new Map<Id, Claim>();
  for (const list of [byId, ...byKey]) for (const c of list) if (c) out.set(c.id, c);
  return [...out.values()];
}

/**
 * Loads a briefing and its context in one read transaction, so a concurrent edit cannot
 * leave claims pointing at articles read from a different moment. `null` when the
 * briefing does not exist.
 *
 * Reads only what the document can show: the claims its sections draw on (see
 * `claimNeeds`), and the articles of the claims it cites. Article texts are the bulk of a
 * library, so a 30-page briefing over 10,000 articles reads a few hundred of them.
 */
export async function loadBriefingContext(db: DossierDb, briefingId: string): Promise<LoadedBriefing | null> {
  return db.transaction('r', [db.briefings, db.claims, db.articles, db.providers, db.attributes], async () => {
    const briefing = await db.briefings.get(briefingId);
    if (!briefing) return null;
    const [claims, providers, attributes] = await Promise.all([readNeededClaims(db, claimNeeds(briefing)), db.providers.toArray(), db.attributes.toArray()]);
    const ctx: BriefingContext = { claims, articles: [], providers, attributes };
    const claimById = new Map(claims.map((c) => [c.id, c]));
    const articleIds = new Set<Id>();
    for (const id of citedClaimIds(briefing, ctx)) {
      const c = claimById.get(id);
      if (c) articleIds.add(c.articleId);
    }
    ctx.articles = (await db.articles.bulkGet([...articleIds])).filter((a) => a !== undefined);
    return { briefing, ctx };
  });
}
