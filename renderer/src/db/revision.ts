/**
 * The library revision: a token in the `meta` table that changes with every
 * write to articles or claims, in the same transaction as the write. The
 * search worker saves the revision its index matches, so at start-up one read
 * tells it whether anything changed, instead of a walk over 110,000 version
 * keys (seconds on a large library). A token rather than a counter, so a
 * database deleted and created again never repeats an old value.
 *
 * It is a DBCore middleware, so every writer gets it without calling it: the
 * page, the import worker, undo, restore. Writes during a schema upgrade do not
 * touch it; the search snapshot records the schema version for that case.
 */
import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';

/** Tables whose writes change the revision (the ones the search index reads). */
export const REVISED_TABLES: ReadonlySet<string> = new Set(['articles', 'claims']);
export const META_TABLE = 'meta';
export const REVISION_KEY = 'libraryRevision';

/** A row of the `meta` table: internal bookkeeping, never exported or shown. */
export interface MetaRow {
  key: string;
  value: string;
}

function newToken(): string {
  return crypto.randomUUID();
}

/** The middleware that keeps the revision; `DossierDb` installs it. */
export const revisionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'library-revision',
  create(down) {
    const hasMeta = () => down.schema.tables.some((t) => t.name === META_TABLE);
    return {
      ...down,
      transaction(stores, mode, options) {
        // The revision is written inside the caller's transaction, so the write and the new token commit or fail together.
        const widen = mode === 'readwrite' && stores.some((s) => REVISED_TABLES.has(s)) && !stores.includes(META_TABLE) && hasMeta();
        return down.transaction(widen ? [...stores, META_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!REVISED_TABLES.has(name)) return table;
        const revised: DBCoreTable = {
          ...table,
          async mutate(req: DBCoreMutateRequest) {
            const res = await table.mutate(req);
            const idb = req.trans as unknown as IDBTransaction;
            if (idb.mode !== 'versionchange' && idb.objectStoreNames?.contains(META_TABLE)) {
              await down.table(META_TABLE).mutate({ type: 'put', trans: req.trans, values: [{ key: REVISION_KEY, value: newToken() } satisfies MetaRow] });
            }
            return res;
          },
        };
        return revised;
      },
    };
  },
};

/** The current revision, or undefined when nothing has been written since the table was created. */
export async function readRevision(db: Dexie): Promise<string | undefined> {
  const row = (await db.table(META_TABLE).get(REVISION_KEY)) as MetaRow | undefined;
  return row?.value;
}

/** A fresh revision, for schema upgrades that create the table over existing data. */
export function initialRevision(): MetaRow {
  return { key: REVISION_KEY, value: newToken() };
}
