/**
 * Schema migrations, each tested from every earlier version: seed a database
 * at version N with the old schema, open it with the current class, check the data.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DossierDb, SCHEMA_V1, SCHEMA_V2 } from './database';
import { readRevision } from './revision';

let names: string[] = [];
const fresh = () => {
  const n = `migration-test-${Math.random().toString(36).slice(2)}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const n of names) await Dexie.delete(n);
  names = [];
});

describe('IndexedDB schema migrations', () => {
  it('opens a version 1 database as version 2, keeping every row and filling claim defaults', async () => {
    const name = fresh();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('articles').add({ id: 'a1', title: 'T', outlet: '', publishedAt: '', language: 'ko', contentHash: 'h', url: '', tagIds: [], updatedAt: '' });
    await v1.table('claims').add({ id: 'c1', articleId: 'a1', attributeId: 'x', status: 'verified', providerIds: ['p'], tagIds: [], updatedAt: '' });
    await v1.table('settings').add({ key: 'author', value: 'Kim' });
    v1.close();

    const db = new DossierDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.articles.get('a1')).toMatchObject({ title: 'T' });
    expect(await db.claims.get('c1')).toMatchObject({ status: 'verified', confidence: 'medium', note: '' });
    expect(await db.settings.get('author')).toEqual({ key: 'author', value: 'Kim' });
    // The new tables exist and work.
    await db.savedViews.add({ id: 'v', name: 'n', view: { providerIds: [], attributeIds: [] } });
    await db.dismissals.add({ articleId: 'a1', suggestionId: 's1' });
    expect(await db.dismissals.where('articleId').equals('a1').count()).toBe(1);
    db.close();
  });

  it('creates a new database at the latest version', async () => {
    const db = new DossierDb(fresh());
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'attributes', 'briefings', 'claims', 'dismissals', 'imports', 'meta', 'providers', 'savedViews', 'settings', 'tags']);
    db.close();
  });

  it('opens a version 2 database as version 3 with a library revision, keeping every row', async () => {
    const name = fresh();
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('articles').add({ id: 'a1', title: 'T', outlet: '', publishedAt: '', language: 'ko', contentHash: 'h', url: '', tagIds: [], updatedAt: '' });
    await v2.table('savedViews').add({ id: 'v', name: 'n', view: { providerIds: [], attributeIds: [] } });
    v2.close();

    const db = new DossierDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.articles.get('a1')).toMatchObject({ title: 'T' });
    expect(await db.savedViews.count()).toBe(1);
    expect(await readRevision(db)).toMatch(/^[0-9a-f-]{36}$/);
    db.close();
  });
});
