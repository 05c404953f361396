import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DossierDb } from '../../../db/database';
import { addArticle } from './add-article';
import { mergeArticleMetadata, tagArticles, updateArticleMetadata } from './edit-article';

let db: DossierDb;
beforeEach(async () => {
  db = new DossierDb(`edit-article-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function add(text: string, extra: Record<string, string> = {}) {
  const r = await addArticle(db, { title: '제목', text, source: { kind: 'paste' }, ...extra });
  if (r.status !== 'added') throw new Error('duplicate');
  return r.article;
}

describe('updateArticleMetadata', () => {
  it('saves NFC metadata, leaves the text alone, and undoes exactly', async () => {
    const a = await add('KT클라우드는 데이터센터를 늘린다.');
    const undo = await updateArticleMetadata(db, a.id, { title: ' 새 제목 ', outlet: '한국'.normalize('NFD'), publishedAt: '2024-02-01', url: 'https://example.org/x', language: 'en' }, new Date('2030-01-01'));
    const after = (await db.articles.get(a.id))!;
    expect(after).toMatchObject({ title: '새 제목', outlet: '한국', publishedAt: '2024-02-01', url: 'https://example.org/x', language: 'en', text: a.text, updatedAt: '2030-01-01T00:00:00.000Z' });
    await undo();
    expect(await db.articles.get(a.id)).toEqual(a);
  });

  it('refuses a bad date, a javascript: URL and an empty title without writing', async () => {
    const a = await add('본문');
    await expect(updateArticleMetadata(db, a.id, { publishedAt: '2024/1/2' })).rejects.toMatchObject({ code: 'bad-date' });
    await expect(updateArticleMetadata(db, a.id, { url: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'bad-url' });
    await expect(updateArticleMetadata(db, a.id, { title: '  ' })).rejects.toMatchObject({ code: 'empty-text' });
    expect(await db.articles.get(a.id)).toEqual(a);
  });
});

describe('mergeArticleMetadata', () => {
  it('fills only empty fields, keeps the existing text and title, skips invalid values, and undoes', async () => {
    const a = await add('네이버클라우드는 공공 시장에 집중한다.', { author: '원래 기자' });
    const r = await mergeArticleMetadata(db, a.id, { title: '다른 제목', author: '새 기자', outlet: '예시일보', publishedAt: '2024-05-06', url: 'ftp://bad' });
    expect(r.filled.sort()).toEqual(['outlet', 'publishedAt']);
    expect(await db.articles.get(a.id)).toMatchObject({ title: '제목', author: '원래 기자', outlet: '예시일보', publishedAt: '2024-05-06', url: '', text: a.text });
    await r.undo();
    expect(await db.articles.get(a.id)).toEqual(a);
  });
});

describe('tagArticles', () => {
  it('adds one tag to many articles once, creating it, and undo removes both', async () => {
    const a = await add('첫째 기사');
    const b = await add('둘째 기사');
    const r = await tagArticles(db, [a.id, b.id, 'missing'], ' 규제 / CSAP ');
    expect(r.changed).toBe(2);
    expect((await db.tags.get(r.tagId))?.name).toBe('규제/CSAP');
    const again = await tagArticles(db, [a.id], '규제/CSAP');
    expect(again).toMatchObject({ changed: 0, tagId: r.tagId });
    expect((await db.articles.get(a.id))!.tagIds).toEqual([r.tagId]);
    await r.undo();
    expect((await db.articles.get(b.id))!.tagIds).toEqual([]);
    expect(await db.tags.count()).toBe(0);
  });
});
