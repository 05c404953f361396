import { describe, expect, it } from 'vitest';
import { DossierDb } from './database';
import { freshDbPerTest } from './fresh-db';
import { databaseDigest } from './digest';
import { readRevision } from './revision';

let db: DossierDb;
freshDbPerTest('revision', (d) => (db = d));

const article = (id: string) => ({ id, title: id, outlet: '', author: '', publishedAt: '', url: '', language: 'ko' as const, text: '본문', contentHash: id, source: { kind: 'paste' as const }, tagIds: [], createdAt: '', updatedAt: '2024-01-01' });

describe('library revision', () => {
  it('changes with every write to articles or claims, whoever makes it, and not with other tables', async () => {
    expect(await readRevision(db)).toBeUndefined();
    await db.articles.put(article('a1'));
    const r1 = await readRevision(db);
    expect(r1).toBeDefined();
    await db.tags.put({ id: 't', name: 't', color: '' } as never);
    expect(await readRevision(db)).toBe(r1);
    // An explicit transaction that names only the articles table still gets the revision in it.
    await db.transaction('rw', db.articles, async () => {
      await db.articles.bulkPut([article('a2'), article('a3')]);
    });
    const r2 = await readRevision(db);
    expect(r2).not.toBe(r1);
    await db.articles.delete('a2');
    const r3 = await readRevision(db);
    expect(r3).not.toBe(r2);
    // Writing an old timestamp back (as undo or a merge may) still changes it.
    await db.articles.put(article('a2'));
    expect(await readRevision(db)).not.toBe(r3);
  });

  it('stays as it was when the write fails, and a second database opened on the same store sees the new one', async () => {
    await db.articles.put(article('a1'));
    const before = await readRevision(db);
    const digest = await databaseDigest(db);
    await expect(
      db.transaction('rw', db.articles, async () => {
        await db.articles.put(article('a9'));
        throw new Error('cancelled');
      }),
    ).rejects.toThrow('cancelled');
    expect(await readRevision(db)).toBe(before);
    expect(await databaseDigest(db)).toBe(digest);

    const other = new DossierDb(db.name);
    await other.claims.clear();
    expect(await readRevision(db)).not.toBe(before);
    other.close();
  });
});
