/** The indexer's view of the Dexie database: key-only version scans, paged reads and batched reads by id. */
import type { DossierDb } from '../../db/database';
import { readRevision } from '../../db/revision';
import type { IndexSource } from './indexer';

/** An IndexSource over `db`. Version scans walk the `updatedAt` index without loading records. */
export function dexieIndexSource(db: DossierDb): IndexSource {
  /** One `getAll` over a primary-key range (Dexie keeps a plain range with a limit on that fast path). */
  const page = (table: 'articles' | 'claims', after: string | undefined, limit: number) => {
    const t = db.table(table);
    return (after === undefined ? t.orderBy(':id') : t.where(':id').above(after)).limit(limit).toArray();
  };
  return {
    async versions(table) {
      const t = db.table(table);
      return db.transaction('r', t, async () => {
        const coll = () => t.orderBy('updatedAt');
        const [stamps, ids] = await Promise.all([coll().keys(), coll().primaryKeys()]);
        return ids.map((id, i) => [String(id), String(stamps[i])] as [string, string]);
      });
    },
    count: (table) => db.table(table).count(),
    revision: () => readRevision(db),
    schemaVersion: () => db.verno,
    page: page as IndexSource['page'],
    articles: (ids) => db.articles.bulkGet(ids),
    claims: (ids) => db.claims.bulkGet(ids),
  };
}
