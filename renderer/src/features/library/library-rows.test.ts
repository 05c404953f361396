import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { Article, Provider } from '@shared/domain';
import { DossierDb } from '../../db/database';
import { buildLibraryRows, filterRows, MentionCache, mentionCacheFor, NO_FILTERS, outletsOf, readArticleColumns, readFirstScreen, unscanned, type ArticleColumns } from './library-rows';

const providers: Provider[] = [
  { id: 'naver', name: { ko: '네이버클라우드', en: 'Naver Cloud' }, aliases: ['네이버클라우드', '네이버'], origin: 'domestic', country: 'KR', kind: 'csp' },
  { id: 'aws', name: { ko: 'AWS', en: 'AWS' }, aliases: ['AWS', '아마존웹서비스'], origin: 'foreign', country: 'US', kind: 'csp' },
];

function article(id: string, text: string, extra: Partial<Article> = {}): Article {
  return { id, title: id, outlet: '', author: '', publishedAt: '', url: '', language: 'ko', text, contentHash: `h-${text}`, source: { kind: 'paste' }, tagIds: [], createdAt: '', updatedAt: '', ...extra };
}

const col = ({ id, title, outlet, publishedAt, language, url, contentHash, tagIds }: Article): ArticleColumns => ({ id, title, outlet, publishedAt, language, url, contentHash, tagIds });

let db: DossierDb;
beforeEach(async () => {
  db = new DossierDb(`rows-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('readFirstScreen', () => {
  it('reads the newest articles with their claim counts and the library size, as the full table would sort them', async () => {
    const dates = ['2024-03-01', '2023-12-31', '2024-11-05', '', '2024-07-15'];
    await db.articles.bulkAdd(dates.map((d, i) => article(`a${i}`, `본문 ${i}`, { publishedAt: d })));
    const claim = (id: string, articleId: string) => ({ id, articleId, attributeId: 'x', status: 'unverified', providerIds: [], tagIds: [], updatedAt: '' });
    await db.claims.bulkAdd([claim('c1', 'a2'), claim('c2', 'a2'), claim('c3', 'a0'), claim('c4', 'a1')] as never);
    const first = await readFirstScreen(db, 3);
    expect(first.columns.map((c) => c.id)).toEqual(['a2', 'a4', 'a0']);
    expect(first.columns[0]).not.toHaveProperty('text');
    expect(Object.fromEntries(first.counts)).toEqual({ a2: 2, a0: 1 });
    // The full table's default order (newest first) starts with the same rows.
    const all = (await readArticleColumns(db)).sort((x, y) => y.publishedAt.localeCompare(x.publishedAt));
    expect(all.slice(0, 3).map((c) => c.id)).toEqual(first.columns.map((c) => c.id));
  });

  it('is empty on an empty library', async () => {
    const first = await readFirstScreen(db, 60);
    expect(first).toEqual({ columns: [], counts: new Map() });
  });
});

describe('mentionCacheFor', () => {
  it('keeps one cache per database, so a second visit to the library does not rescan', () => {
    const other = new DossierDb(`rows-other-${Math.random()}`);
    expect(mentionCacheFor(db)).toBe(mentionCacheFor(db));
    expect(mentionCacheFor(other)).not.toBe(mentionCacheFor(db));
  });
});

describe('readArticleColumns', () => {
  it('reads the indexed columns of every article, empty fields and multi-tags included, without the text', async () => {
    await db.articles.bulkAdd([
      article('a', '본문 A', { title: '가', outlet: '갑일보', publishedAt: '2024-01-02', url: 'https://x.org/a', tagIds: ['t1', 't2'] }),
      article('b', '본문 B', { title: '나', language: 'en' }),
    ]);
    const cols = (await readArticleColumns(db)).sort((x, y) => x.id.localeCompare(y.id));
    expect(cols).toEqual([
      { id: 'a', title: '가', outlet: '갑일보', publishedAt: '2024-01-02', language: 'ko', url: 'https://x.org/a', contentHash: 'h-본문 A', tagIds: ['t1', 't2'] },
      { id: 'b', title: '나', outlet: '', publishedAt: '', language: 'en', url: '', contentHash: 'h-본문 B', tagIds: [] },
    ]);
  });
});

describe('MentionCache and buildLibraryRows', () => {
  it('counts claims, marks unscanned rows, then lists providers in order of first mention', () => {
    const a = article('a', 'AWS와 네이버클라우드는 경쟁한다.');
    const cache = new MentionCache();
    cache.setRegistry(providers);
    const b = article('b', '무관한 글');
    const cols = [a, b, { ...a, id: 'copy' }].map(col);
    expect(buildLibraryRows(cols, new Map([['a', 3]]), cache)[0]).toMatchObject({ claimCount: 3, providerIds: null });
    expect(unscanned(cols, cache)).toEqual(['a', 'b']);
    cache.compute(a, providers);
    cache.compute(b, providers);
    const rows = buildLibraryRows(cols, new Map(), cache);
    expect(rows.map((r) => r.providerIds)).toEqual([['aws', 'naver'], [], ['aws', 'naver']]);
    expect(Object.keys(rows[0]!)).not.toContain('text');
    expect(unscanned(cols, cache)).toEqual([]);
  });

  it('scans each content once and forgets everything when the registry changes', () => {
    const cache = new MentionCache();
    cache.setRegistry(providers);
    const a = article('a', '네이버는 투자를 늘렸다.');
    cache.compute(a, providers);
    // Same hash, different text: the cached answer is reused (proof that no rescan happened).
    expect(cache.compute({ ...a, text: 'AWS' }, providers)).toEqual(['naver']);
    expect(cache.setRegistry(providers)).toBe(false);
    const renamed = [{ ...providers[0]!, aliases: ['엔클라우드'] }, providers[1]!];
    expect(cache.setRegistry(renamed)).toBe(true);
    expect(cache.get(a.contentHash)).toBeUndefined();
    expect(cache.compute({ ...a, text: 'AWS' }, renamed)).toEqual(['aws']);
  });
});

describe('filterRows', () => {
  const cache = new MentionCache();
  cache.setRegistry(providers);
  const arts = [
    article('a', 'AWS 소식', { outlet: '갑일보', publishedAt: '2024-01-10', language: 'ko', tagIds: ['t1'] }),
    article('b', 'Naver news', { outlet: '을신문', publishedAt: '2024-03-01', language: 'en' }),
    article('c', '네이버 소식', { outlet: '갑일보' }),
  ];
  arts.forEach((a) => cache.compute(a, providers));
  const rows = buildLibraryRows(arts.map(col), new Map(), cache);
  const ids = (f: Partial<typeof NO_FILTERS>) => filterRows(rows, { ...NO_FILTERS, ...f }).map((r) => r.id);

  it('filters by outlet, language, provider, tag and an inclusive date range that excludes undated rows', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ outlet: '갑일보' })).toEqual(['a', 'c']);
    expect(ids({ language: 'en' })).toEqual(['b']);
    expect(ids({ providerId: 'naver' })).toEqual(['c']);
    expect(ids({ tagId: 't1' })).toEqual(['a']);
    expect(ids({ from: '2024-01-10', to: '2024-02-01' })).toEqual(['a']);
    expect(ids({ to: '2024-12-31' })).toEqual(['a', 'b']);
    expect(ids({ outlet: '갑일보', providerId: 'aws' })).toEqual(['a']);
    expect(outletsOf(rows)).toEqual(['갑일보', '을신문']);
  });
});
