/**
 * Saves the search worker's index between sessions in a small database of
 * its own (`<db>-search-cache`), so opening a large library re-indexes only
 * what changed instead of every article. It is a cache: losing or discarding
 * it costs one rebuild, never data.
 */
import Dexie, { type Table } from 'dexie';
import type { IndexerSnapshot } from './indexer';

interface Row {
  key: string;
  snapshot: IndexerSnapshot;
}

class SearchCacheDb extends Dexie {
  snapshots!: Table<Row, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ snapshots: 'key' });
  }
}

/** The cache for the library database named `dbName`. */
export function openIndexCache(dbName: string) {
  const db = new SearchCacheDb(`${dbName}-search-cache`);
  return {
    /** The saved snapshot, or undefined (also when the cache cannot be read). */
    async load(): Promise<IndexerSnapshot | undefined> {
      try {
        return (await db.snapshots.get('index'))?.snapshot;
      } catch {
        return undefined;
      }
    },
    async save(snapshot: IndexerSnapshot): Promise<void> {
      await db.snapshots.put({ key: 'index', snapshot });
    },
    async clear(): Promise<void> {
      await db.snapshots.clear();
    },
    close: () => db.close(),
  };
}
