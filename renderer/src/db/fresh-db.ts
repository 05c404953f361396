/** For unit tests: a new, empty database for every test, deleted after it. */
import { afterEach, beforeEach } from 'vitest';
import Dexie from 'dexie';
import { DossierDb } from './database';

/**
 * Registers hooks that open a fresh `DossierDb` (named after `prefix`) before each test and
 * delete it after; `use` receives each one, e.g. `freshDbPerTest('x', (d) => (db = d))`.
 */
export function freshDbPerTest(prefix: string, use: (db: DossierDb) => void): void {
  let db: DossierDb;
  beforeEach(async () => {
    db = new DossierDb(`${prefix}-${Math.random()}`);
    await db.open();
    use(db);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });
}
