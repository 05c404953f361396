/** Edits and deletions of claims; each returns an undo that restores the rows exactly. */
import type { Claim } from '@shared/domain';
import type { DossierDb } from '../../../db/database';

export type ClaimPatch = Partial<Omit<Claim, 'id' | 'articleId' | 'createdAt' | 'target'>>;

/** Applies the same patch to several claims in one transaction. */
export async function updateClaims(db: DossierDb, ids: string[], patch: ClaimPatch | ((c: Claim) => ClaimPatch)): Promise<() => Promise<void>> {
  const before = await db.transaction('rw', db.claims, async () => {
    const rows = (await db.claims.bulkGet(ids)).filter((c): c is Claim => !!c);
    const iso = new Date().toISOString();
    await db.claims.bulkPut(rows.map((c) => ({ ...c, ...(typeof patch === 'function' ? patch(c) : patch), updatedAt: iso })));
    return rows;
  });
  return async () => {
    await db.claims.bulkPut(before);
  };
}

export async function deleteClaims(db: DossierDb, ids: string[]): Promise<() => Promise<void>> {
  const before = await db.transaction('rw', db.claims, async () => {
    const rows = (await db.claims.bulkGet(ids)).filter((c): c is Claim => !!c);
    await db.claims.bulkDelete(ids);
    return rows;
  });
  return async () => {
    await db.claims.bulkPut(before);
  };
}
