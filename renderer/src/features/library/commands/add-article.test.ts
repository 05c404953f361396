import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DossierDb } from '../../../db/database';
import { addArticle, ArticleInputError, buildArticle, deleteArticles, MAX_ARTICLE_CHARS } from './add-article';

let db: DossierDb;
beforeEach(async () => {
  db = new DossierDb(`add-article-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const base = { title: '테스트', text: '네이버클라우드는 공공 시장에 집중한다.', source: { kind: 'paste' as const } };

describe('addArticle', () => {
  it('stores NFC text, detects Korean and fills the content hash', async () => {
    const nfd = '네이버'.normalize('NFD');
    const r = await addArticle(db, { ...base, text: `${nfd} 클라우드는 공공 시장에 집중한다.` });
    expect(r.status).toBe('added');
    const stored = await db.articles.toArray();
    expect(stored[0]!.text.startsWith('네이버')).toBe(true);
    expect(stored[0]!.text).toBe(stored[0]!.text.normalize('NFC'));
    expect(stored[0]!.language).toBe('ko');
    expect(stored[0]!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses to double the same text or the same URL, unless asked to keep both', async () => {
    await addArticle(db, { ...base, url: 'https://example.org/a?utm_source=x' });
    const sameText = await addArticle(db, { ...base, text: `  ${base.text}\n` });
    expect(sameText).toMatchObject({ status: 'duplicate', reason: 'text' });
    const sameUrl = await addArticle(db, { ...base, text: '다른 본문', url: 'https://EXAMPLE.org/a/' });
    expect(sameUrl).toMatchObject({ status: 'duplicate', reason: 'url' });
    expect(await db.articles.count()).toBe(1);
    await addArticle(db, { ...base }, { keepBoth: true });
    expect(await db.articles.count()).toBe(2);
  });

  it('refuses empty text, a huge paste, a bad date and a non-http URL with a reason, storing nothing', async () => {
    await expect(addArticle(db, { ...base, text: '   ' })).rejects.toMatchObject({ code: 'empty-text' });
    expect(() => buildArticle({ ...base, text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) })).toThrow(ArticleInputError);
    await expect(addArticle(db, { ...base, publishedAt: '12/02/2024' })).rejects.toMatchObject({ code: 'bad-date' });
    await expect(addArticle(db, { ...base, url: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'bad-url' });
    expect(await db.articles.count()).toBe(0);
  });

  it('deletes articles with their claims and undoes it exactly', async () => {
    const r = await addArticle(db, base);
    if (r.status !== 'added') throw new Error('not added');
    await db.claims.add({ id: 'c', articleId: r.article.id } as never);
    const undo = await deleteArticles(db, [r.article.id]);
    expect(await db.articles.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
    await undo();
    expect(await db.articles.get(r.article.id)).toEqual(r.article);
    expect(await db.claims.count()).toBe(1);
  });
});
