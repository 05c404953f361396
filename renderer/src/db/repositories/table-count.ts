/**
 * How many articles or claims the library holds. IndexedDB counts by walking
 * every key: 100,000 claims take about 200 ms from disk, and while a count runs
 * the database answers nothing else, so a table's first screen must not wait
 * for one. The count is kept for as long as the library revision holds.
 */
import type Dexie from 'dexie';
import type { DossierDb } from '../database';
import { readRevision } from '../revision';

const cache = new WeakMap<Dexie, Map<string, { revision: string; count: number }>>();

/** The number of records in `table`; inside a `liveQuery` it re-runs after any write to articles or claims. */
export async function readCount(db: DossierDb, table: 'articles' | 'claims'): Promise<number> {
  const t = db.table(table);
  return db.transaction('r', t, db.meta, async () => {
    const revision = await readRevision(db);
    let counts = cache.get(db);
    const hit = counts?.get(table);
    if (revision !== undefined && hit?.revision === revision) return hit.count;
    const count = await t.count();
    if (revision !== undefined) {
      if (!counts) cache.set(db, (counts = new Map()));
      counts.set(table, { revision, count });
    }
    return count;
  });
}
