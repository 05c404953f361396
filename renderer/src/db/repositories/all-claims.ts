/**
 * Every claim, for the pages that need them all at once (compare, claims,
 * briefing editor). Reading 20,000 claims costs most of a second here and
 * 100,000 several, almost all of it IndexedDB deserialising records, so the
 * array is kept for as long as the library revision (`../revision.ts`) stays
 * the same: going back to a page re-reads one small row instead. Any write to
 * claims moves the revision, and because the read and the revision share one
 * transaction, a cached array always matches the revision it is kept under.
 */
import type Dexie from 'dexie';
import type { Claim } from '@shared/domain';
import type { DossierDb } from '../database';
import { readRevision } from '../revision';

const cache = new WeakMap<Dexie, { revision: string; claims: readonly Claim[] }>();

/**
 * Every claim in key order. Inside a `liveQuery` this observes the revision row (and, when it
 * reads, the claims), so it re-runs after any write to claims. The array is shared between
 * callers and frozen: sort a copy.
 */
export async function readAllClaims(db: DossierDb): Promise<readonly Claim[]> {
  return db.transaction('r', db.claims, db.meta, async () => {
    const revision = await readRevision(db);
    const hit = cache.get(db);
    if (revision !== undefined && hit?.revision === revision) return hit.claims;
    const claims = Object.freeze(await db.claims.toArray());
    if (revision !== undefined) cache.set(db, { revision, claims });
    return claims;
  });
}
