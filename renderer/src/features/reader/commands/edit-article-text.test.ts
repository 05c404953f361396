import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DossierDb } from '../../../db/database';
import { seedRegistries } from '../../../db/seed-registry';
import { addArticle } from '../../library/commands/add-article';
import { createClaim } from '../../claims/commands/create-claim';
import { reattachClaim } from '../../claims/commands/update-claim';
import { editArticleText } from './edit-article-text';
import { dismissSuggestion, dismissedFor } from './dismiss-suggestion';

let db: DossierDb;
let articleId: string;
const TEXT = [
  '공공 클라우드 시장이 커지고 있다.',
  'AWS의 국내 점유율은 60%대로 추정된다.',
  '네이버클라우드는 GPU 2000장을 확보했다고 밝혔다.',
  'KT클라우드는 새 데이터센터를 짓는다.',
].join('\n');

beforeEach(async () => {
  db = new DossierDb(`edit-text-${Math.random()}`);
  await db.open();
  await seedRegistries(db);
  const r = await addArticle(db, { title: 't', text: TEXT, source: { kind: 'paste' } });
  if (r.status !== 'added') throw new Error('setup');
  articleId = r.article.id;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function claimOn(needle: string) {
  const start = TEXT.indexOf(needle);
  return createClaim(db, { articleId, start, end: start + needle.length, providerIds: ['prov-aws'], attributeId: 'attr-partnership', value: { kind: 'text', text: 'x' } });
}

describe('editArticleText', () => {
  it('keeps, moves and orphans claims in one step, and undo restores text and claims', async () => {
    const first = await claimOn('공공 클라우드 시장이');
    const moved = await claimOn('GPU 2000장을 확보했다');
    const lost = await claimOn('KT클라우드는 새 데이터센터를 짓는다.');
    const before = await db.articles.get(articleId);
    const edited = TEXT.replace('AWS의 국내 점유율은 60%대로 추정된다.', 'AWS의 국내 점유율은 업계 추정으로 60%대에 이른다는 분석이 나왔다.').replace('KT클라우드는 새 데이터센터를 짓는다.', '다른 소식은 없다.');

    const report = await editArticleText(db, articleId, edited);
    expect(report.kept).toEqual([first.id]);
    expect(report.moved).toEqual([moved.id]);
    expect(report.orphaned).toEqual([lost.id]);

    const article = (await db.articles.get(articleId))!;
    expect(article.text).toBe(edited);
    expect(article.contentHash).not.toBe(before!.contentHash);
    const m = (await db.claims.get(moved.id))!;
    expect(edited.slice(m.target.position.start, m.target.position.end)).toBe('GPU 2000장을 확보했다');
    expect(m.target.position.start).toBeGreaterThan(moved.target.position.start);
    expect(m.orphaned).toBeUndefined();
    const o = (await db.claims.get(lost.id))!;
    expect(o.orphaned).toBe(true);
    expect(o.target).toEqual(lost.target);
    expect(await db.claims.count()).toBe(3);

    await report.undo();
    expect(await db.articles.get(articleId)).toEqual(before);
    expect(await db.claims.get(moved.id)).toEqual(moved);
    expect(await db.claims.get(lost.id)).toEqual(lost);
  });

  it('places a quote that changed slightly by fuzzy match', async () => {
    const c = await claimOn('네이버클라우드는 GPU 2000장을 확보했다고 밝혔다.');
    const report = await editArticleText(db, articleId, TEXT.replace('확보했다고 밝혔다', '확보했다고 전했다'));
    expect(report.moved).toEqual([c.id]);
    const after = (await db.claims.get(c.id))!;
    expect(after.target.quote.exact).toContain('전했다');
  });

  it('refuses empty text and a missing article, changing nothing', async () => {
    await expect(editArticleText(db, articleId, '  \n ')).rejects.toMatchObject({ code: 'empty-text' });
    await expect(editArticleText(db, 'nope', 'x')).rejects.toMatchObject({ code: 'no-article' });
    expect((await db.articles.get(articleId))!.text).toBe(TEXT);
  });

  it('re-attaches an orphaned claim to a new selection', async () => {
    const lost = await claimOn('KT클라우드는 새 데이터센터를 짓는다.');
    const edited = TEXT.replace('KT클라우드는 새 데이터센터를 짓는다.', 'KT클라우드는 데이터센터 두 곳을 새로 연다.');
    await editArticleText(db, articleId, edited);
    expect((await db.claims.get(lost.id))!.orphaned).toBe(true);
    const start = edited.indexOf('KT클라우드는 데이터센터');
    const undo = await reattachClaim(db, lost.id, start, start + 10);
    const c = (await db.claims.get(lost.id))!;
    expect(c.orphaned).toBeUndefined();
    expect(c.target.quote.exact).toBe(edited.slice(start, start + 10));
    await expect(reattachClaim(db, lost.id, 5, 5)).rejects.toMatchObject({ code: 'bad-range' });
    await undo();
    expect((await db.claims.get(lost.id))!.orphaned).toBe(true);
  });
});

describe('dismissSuggestion', () => {
  it('hides a suggestion for one article only, and undo shows it again', async () => {
    const undo = await dismissSuggestion(db, articleId, 'sug-1');
    expect(await dismissedFor(db, articleId)).toEqual(new Set(['sug-1']));
    expect(await dismissedFor(db, 'other')).toEqual(new Set());
    await undo();
    expect((await dismissedFor(db, articleId)).size).toBe(0);
  });
});
