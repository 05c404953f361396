/** The indexer's view of the Dexie database: key-only version scans and batched record reads. */
import type { DossierDb } from '../../db/database';
import type { IndexSource } from './indexer';

/** An IndexSource over `db`. Version scans walk the `updatedAt` index without loading records. */
export function dexieIndexSource(db: DossierDb): IndexSource {
  return {
    async versions(table) {
      const t = db.table(table);
      return db.transaction('r', t, async () => {
        const coll = () => t.orderBy('updatedAt');
        const [stamps, ids] = await Promise.all([coll().keys(), coll().primaryKeys()]);
        return ids.map((id, i) => [String(id), String(stamps[i])] as [string, string]);
      });
    },
    articles: (ids) => db.articles.bulkGet(ids),
    claims: (ids) => db.claims.bulkGet(ids),
  };
}
