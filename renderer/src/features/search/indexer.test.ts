import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { Claim } from '@shared/domain';
import { DossierDb } from '../../db/database';
import { addArticle } from '../library/commands/add-article';
import { dexieIndexSource } from './dexie-source';
import { BATCH_SIZE, LibraryIndexer, SCAN_THRESHOLD, type IndexSource } from './indexer';
import { resultHref, type IndexStatus } from './search-docs';

let db: DossierDb;
beforeEach(async () => {
  db = new DossierDb(`indexer-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function add(title: string, text: string) {
  const r = await addArticle(db, { title, text, source: { kind: 'paste' } });
  if (r.status !== 'added') throw new Error('dup');
  return r.article;
}

function claim(id: string, articleId: string, statement: string, quote: string, note = ''): Claim {
  return {
    id, articleId, statement, note, target: { quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: quote.length } },
    providerIds: [], attributeId: 'a', value: { kind: 'text', text: '' }, status: 'unverified', confidence: 'medium', tagIds: [], author: '', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
  };
}

describe('LibraryIndexer', () => {
  it('finds Korean particle forms and Latin words across articles and claims, with highlighted snippets', async () => {
    const a = await add('공공 클라우드 시장', '네이버클라우드는 공공 부문에서 CSAP를 먼저 받았다. 외국 사업자는 하 등급부터 노린다.');
    await db.claims.put(claim('c1', a.id, '네이버가 인증을 먼저 획득', 'CSAP를 먼저 받았다', '출처 재확인 필요'));
    const ix = new LibraryIndexer(dexieIndexSource(db));
    await ix.sync();
    const hits = ix.search('네이버클라우드');
    expect(hits[0]).toMatchObject({ id: a.id, kind: 'article', articleId: a.id });
    const s = hits[0]!.snippet;
    expect(s.highlights.map(([x, y]) => s.text.slice(x, y))).toContain('네이버클라우드');
    const csap = ix.search('CSAP');
    expect(csap.map((h) => h.id).sort()).toEqual([a.id, 'c1'].sort());
    const viaNote = ix.search('재확인');
    expect(viaNote).toHaveLength(1);
    expect(viaNote[0]).toMatchObject({ kind: 'claim', articleId: a.id, articleTitle: '공공 클라우드 시장', statement: '네이버가 인증을 먼저 획득' });
    expect(resultHref(viaNote[0]!)).toBe(`#/reader/${a.id}?claim=c1`);
  });

  it('re-indexes only changed records and drops deleted ones', async () => {
    const a = await add('첫 기사', 'KT클라우드는 데이터센터를 늘린다.');
    const b = await add('둘째 기사', 'NHN클라우드는 광주에 거점을 둔다.');
    const ix = new LibraryIndexer(dexieIndexSource(db));
    expect(await ix.sync()).toBe(2);
    expect(await ix.sync()).toBe(0);
    await db.articles.update(a.id, { text: '쿠팡은 새 사업을 시작했다.', updatedAt: '2099-01-01T00:00:00Z' });
    expect(await ix.sync()).toBe(1);
    expect(ix.search('KT클라우드')).toHaveLength(0);
    expect(ix.search('쿠팡')[0]!.id).toBe(a.id);
    await db.articles.delete(b.id);
    await ix.sync();
    expect(ix.search('NHN')).toHaveLength(0);
    expect(ix.index.stats().docs).toBe(1);
  });

  it('builds a large library in batches, reporting progress', async () => {
    const n = BATCH_SIZE * 2 + 10;
    await db.articles.bulkAdd(
      Array.from({ length: n }, (_, i) => ({ id: `a${i}`, title: `기사 ${i}`, outlet: '', author: '', publishedAt: '', url: '', language: 'ko' as const, text: `클라우드 시장 기사 번호 ${i}`, contentHash: `h${i}`, source: { kind: 'paste' as const }, tagIds: [], createdAt: '', updatedAt: '2024-01-01' })),
    );
    const statuses: IndexStatus[] = [];
    const ix = new LibraryIndexer(dexieIndexSource(db), (s) => statuses.push(s));
    await ix.sync();
    expect(statuses[0]).toEqual({ state: 'building', done: 0, total: n });
    expect(statuses.filter((s) => s.state === 'building')).toHaveLength(4);
    expect(statuses.at(-1)).toEqual({ state: 'ready', docs: n });
    expect(ix.search('클라우드', { limit: 5 })).toHaveLength(5);
  });
});

/** A Dexie source that counts each kind of read. */
function countingSource(): { source: IndexSource; calls: Record<string, number> } {
  const inner = dexieIndexSource(db);
  const calls: Record<string, number> = { versions: 0, count: 0, page: 0, byId: 0, revision: 0 };
  const source: IndexSource = {
    versions: (t) => (calls.versions!++, inner.versions(t)),
    count: (t) => (calls.count!++, inner.count(t)),
    revision: () => (calls.revision!++, inner.revision()),
    schemaVersion: () => inner.schemaVersion(),
    page: ((t: 'articles', after: string | undefined, limit: number) => (calls.page!++, inner.page(t, after, limit))) as IndexSource['page'],
    articles: (ids) => ((calls.byId! += ids.length), inner.articles(ids)),
    claims: (ids) => ((calls.byId! += ids.length), inner.claims(ids)),
  };
  return { source, calls };
}

function bulkArticles(n: number, from = 0, updatedAt = '2024-01-01') {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return { id: `a${String(i).padStart(6, '0')}`, title: `기사 ${i}`, outlet: '', author: '', publishedAt: '', url: '', language: 'ko' as const, text: `클라우드 시장 기사 번호 ${i}`, contentHash: `h${i}`, source: { kind: 'paste' as const }, tagIds: [], createdAt: '', updatedAt };
  });
}

describe('LibraryIndexer reads', () => {
  it('builds an empty index page by page without scanning versions or fetching by id', async () => {
    await db.articles.bulkAdd(bulkArticles(BATCH_SIZE + 5));
    await db.claims.bulkAdd(Array.from({ length: 30 }, (_, i) => claim(`c${i}`, 'a000000', `주장 ${i}`, `인용 ${i}`)));
    const { source, calls } = countingSource();
    const ix = new LibraryIndexer(source);
    expect(await ix.sync()).toBe(BATCH_SIZE + 35);
    expect(calls).toMatchObject({ versions: 0, count: 2, byId: 0 });
    expect(calls.page).toBe(3); // two pages of articles, one of claims
    expect(ix.search('주장 7')[0]).toMatchObject({ id: 'c7', kind: 'claim' });
    // Nothing was written since: the next sync reads only the revision.
    expect(await ix.sync()).toBe(0);
    expect(calls).toMatchObject({ versions: 0, byId: 0, revision: 2 });
  });

  it('reads a large change set page by page, taking only changed records and dropping those deleted meanwhile', async () => {
    await db.articles.bulkAdd(bulkArticles(10));
    const { source, calls } = countingSource();
    const ix = new LibraryIndexer(source);
    await ix.sync();
    const many = SCAN_THRESHOLD + 50;
    await db.articles.bulkAdd(bulkArticles(many, 10, '2024-02-01'));
    await db.articles.update('a000003', { title: '바뀐 제목', updatedAt: '2099-01-01' });
    const pagesBefore = calls.page!;
    // A record deleted between the version scan and its page: the sync must forget it, not keep a ghost.
    const versions = source.versions;
    source.versions = async (t) => {
      const v = await versions(t);
      if (t === 'articles') await db.articles.delete('a000020');
      return v;
    };
    expect(await ix.sync()).toBe(many + 1);
    expect(calls.byId).toBe(0);
    expect(calls.page! - pagesBefore).toBeGreaterThan(1);
    expect(ix.index.stats().docs).toBe(10 + many - 1);
    expect(ix.search('바뀐')[0]).toMatchObject({ id: 'a000003' });
    expect(ix.search('번호 20')).toHaveLength(0);
  });

  it('fetches a small change set by id', async () => {
    await db.articles.bulkAdd(bulkArticles(20));
    const { source, calls } = countingSource();
    const ix = new LibraryIndexer(source);
    await ix.sync();
    const pages = calls.page!;
    await db.articles.update('a000005', { text: '쿠팡 클라우드', updatedAt: '2099-01-01' });
    expect(await ix.sync()).toBe(1);
    expect(calls.page).toBe(pages);
    expect(calls.byId).toBe(1);
    expect(ix.search('쿠팡')[0]).toMatchObject({ id: 'a000005' });
  });
});

describe('LibraryIndexer snapshots', () => {
  it('resumes from a saved snapshot (through the cache database) and re-reads only what changed since', async () => {
    const { openIndexCache } = await import('./index-cache');
    const a = await add('첫 기사', 'KT클라우드는 데이터센터를 늘린다.');
    await add('둘째 기사', 'NHN클라우드는 광주에 거점을 둔다.');
    await db.claims.put(claim('c1', a.id, 'KT 투자', '데이터센터를 늘린다', '메모'));
    const first = new LibraryIndexer(dexieIndexSource(db));
    await first.sync();
    const cache = openIndexCache(db.name);
    await cache.save(first.snapshot());
    const saved = await cache.load();
    cache.close();
    await Dexie.delete(`${db.name}-search-cache`);

    await db.articles.update(a.id, { text: '쿠팡은 새 사업을 시작했다.', updatedAt: '2099-01-01T00:00:00Z' });
    const resumed = LibraryIndexer.fromSnapshot(dexieIndexSource(db), saved!)!;
    expect(resumed.search('NHN클라우드')).toHaveLength(1);
    expect(await resumed.sync()).toBe(1);
    expect(resumed.search('쿠팡')[0]).toMatchObject({ id: a.id, articleTitle: '첫 기사' });
    expect(resumed.search('메모')[0]).toMatchObject({ kind: 'claim', articleId: a.id, statement: 'KT 투자' });

    expect(LibraryIndexer.fromSnapshot(dexieIndexSource(db), { ...saved!, probe: 'older tokenizer' })).toBeNull();
  });

  it('resumes without reading anything while the library revision is the one it saved, and re-checks once it moves', async () => {
    const a = await add('첫 기사', '네이버클라우드가 공공 시장을 넓힌다.');
    await db.articles.update(a.id, { text: 'KT클라우드는 데이터센터를 늘린다.', updatedAt: '2099-01-01T00:00:00Z' });
    const first = new LibraryIndexer(dexieIndexSource(db));
    await first.sync();
    const saved = first.snapshot();
    expect(saved.revision).toBeDefined();

    const { source, calls } = countingSource();
    const resumed = LibraryIndexer.fromSnapshot(source, saved)!;
    expect(await resumed.sync()).toBe(0);
    expect(calls).toMatchObject({ revision: 1, versions: 0, page: 0, byId: 0 });
    expect(resumed.unsaved).toBe(false);

    // Undo puts back the older copy with its older updatedAt; the revision still moves, so the sync reads it.
    await db.articles.put(a);
    expect(await resumed.sync()).toBe(1);
    expect(calls.versions).toBe(2);
    expect(resumed.search('네이버클라우드')[0]).toMatchObject({ id: a.id });

    // A snapshot from another schema version is checked against the versions even when the revision matches.
    // Such an index is worth saving once checked, though nothing in it changed.
    const other = LibraryIndexer.fromSnapshot(source, { ...resumed.snapshot(), schemaVersion: 1 })!;
    expect(await other.sync()).toBe(0);
    expect(calls.versions).toBe(4);
    expect(other.unsaved).toBe(true);
    other.snapshot();
    expect(other.unsaved).toBe(false);
  });
});
