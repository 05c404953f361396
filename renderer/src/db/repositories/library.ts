/** Reads and writes across the library tables. Plain functions taking the db. */
import type { LibraryData } from '@shared/domain';
import type { DossierDb } from '../database';

/** The whole library as arrays, in a single read transaction (a consistent snapshot). */
export async function readLibrary(db: DossierDb): Promise<LibraryData> {
  return db.transaction('r', [db.articles, db.claims, db.tags, db.providers, db.attributes, db.briefings], async () => {
    const [articles, claims, tags, providers, attributes, briefings] = await Promise.all([
      db.articles.toArray(),
      db.claims.toArray(),
      db.tags.toArray(),
      db.providers.toArray(),
      db.attributes.toArray(),
      db.briefings.toArray(),
    ]);
    return { articles, claims, tags, providers, attributes, briefings };
  });
}

/** True when the library holds no articles (the empty state offers the sample dataset). */
export async function isLibraryEmpty(db: DossierDb): Promise<boolean> {
  return (await db.articles.count()) === 0;
}
