/** Hides a claim suggestion for one article; suggestion ids are stable for the same text. */
import type { DossierDb } from '../../../db/database';

/** Remembers the dismissal; the undo forgets it again. */
export async function dismissSuggestion(db: DossierDb, articleId: string, suggestionId: string): Promise<() => Promise<void>> {
  if (!articleId || !suggestionId) throw new Error('Both an article and a suggestion are needed.');
  await db.dismissals.put({ articleId, suggestionId });
  return async () => {
    await db.dismissals.delete([articleId, suggestionId]);
  };
}

/** Ids of the suggestions dismissed for this article. */
export async function dismissedFor(db: DossierDb, articleId: string): Promise<Set<string>> {
  const rows = await db.dismissals.where('articleId').equals(articleId).toArray();
  return new Set(rows.map((r) => r.suggestionId));
}
