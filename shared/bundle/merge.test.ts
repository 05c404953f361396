import { describe, it, expect } from 'vitest';
import type { LibraryData } from '../domain';
import { contentHash } from '../text/normalize';
import { sampleLibrary } from './fixtures';
import { applyMerge, deepEqual, importSummary, planMerge, type MergeOptions } from './merge';

function opts(): MergeOptions {
  let n = 0;
  return { fileName: 'colleague.dossier', importedAt: '2024-12-06T10:00:00.000Z', exportedBy: 'Researcher B', newId: () => `new-${++n}` };
}

const empty = (): LibraryData => ({ articles: [], claims: [], tags: [], providers: [], attributes: [], briefings: [] });

describe('planMerge', () => {
  it('finds a library identical to itself', () => {
    const lib = sampleLibrary();
    const plan = planMerge(lib, sampleLibrary(), opts());
    expect(plan.items.length).toBe(14);
    expect(new Set(plan.items.map((i) => i.status))).toEqual(new Set(['identical']));
    const { puts, summary } = applyMerge(plan, {}, 'theirs');
    expect(puts).toEqual(empty());
    expect(summary.claims).toEqual({ added: 0, replaced: 0, duplicated: 0, unchanged: 3 });
  });

  it('adds everything into an empty library, stamping provenance on claims that lack it', () => {
    const plan = planMerge(empty(), sampleLibrary(), opts());
    expect(importSummary(plan).claims).toEqual({ new: 3, identical: 0, conflicts: 0 });
    const { puts } = applyMerge(plan, {}, 'mine');
    const byId = new Map(puts.claims.map((c) => [c.id, c]));
    expect(byId.get('clm-aws-share')!.provenance).toEqual({ fileName: 'colleague.dossier', importedAt: '2024-12-06T10:00:00.000Z', exportedBy: 'Researcher B' });
    expect(byId.get('clm-aws-share')!.author).toBe('Researcher A');
    // A claim that already came from elsewhere keeps where it first came from.
    expect(byId.get('clm-csap-low')!.provenance!.fileName).toBe('colleague.dossier');
    expect(byId.get('clm-csap-low')!.provenance!.exportedBy).toBe('Researcher B');
    expect(byId.get('clm-csap-low')!.provenance!.importedAt).toBe('2024-12-03T14:05:10.000Z');
    const expected = sampleLibrary();
    expect(puts.articles).toEqual(expected.articles);
    expect(puts.briefings).toEqual(expected.briefings);
  });

  it('merges an article matched by URL under another id and re-points its claims', () => {
    const mine = sampleLibrary();
    const theirs = sampleLibrary();
    theirs.articles[1]!.id = 'their-art';
    theirs.articles[1]!.url = 'https://EXAMPLE.com/cloud/korea-shares/?utm_campaign=x';
    theirs.articles[1]!.createdAt = '2025-01-01T00:00:00.000Z';
    for (const c of theirs.claims) if (c.articleId === 'art-share') c.articleId = 'their-art';
    theirs.claims.push({ ...theirs.claims[0]!, id: 'their-claim', statement: 'A new reading' });
    const plan = planMerge(mine, theirs, opts());
    const art = plan.items.find((i) => i.key === 'articles:their-art')!;
    // The URL is spelled differently, so the record differs, but it is the same article.
    expect(art).toMatchObject({ status: 'conflict', matchedBy: 'url', choices: ['mine', 'theirs'] });
    expect(plan.items.find((i) => i.key === 'claims:clm-aws-share')!.status).toBe('identical');
    const { puts } = applyMerge(plan, {}, 'mine');
    expect(puts.articles).toEqual([]);
    expect(puts.claims).toHaveLength(1);
    expect(puts.claims[0]).toMatchObject({ id: 'their-claim', articleId: 'art-share' });

    // Spelled the same, only the copy's id and times differ: nothing to ask about.
    theirs.articles[1]!.url = mine.articles[1]!.url;
    expect(planMerge(mine, theirs, opts()).items.find((i) => i.key === 'articles:their-art')!.status).toBe('identical');
  });

  it('matches an article by content hash and never doubles it', () => {
    const mine = sampleLibrary();
    const theirs = { ...empty(), articles: [{ ...mine.articles[0]!, id: 'copy', url: '', title: 'Retitled' }] };
    const plan = planMerge(mine, theirs, opts());
    const item = plan.items[0]!;
    expect(item).toMatchObject({ status: 'conflict', matchedBy: 'contentHash', choices: ['mine', 'theirs'] });
    expect(applyMerge(plan, { [item.key]: 'both' }, 'both').puts.articles).toEqual([]);
    const theirsPut = applyMerge(plan, { [item.key]: 'theirs' }, 'mine').puts.articles;
    expect(theirsPut).toEqual([{ ...theirs.articles[0]!, id: 'art-csap' }]);
  });

  it('matches providers by English name and tags by name, re-pointing references', () => {
    const mine = sampleLibrary();
    const theirs = sampleLibrary();
    theirs.providers[0]!.id = 'p-amazon';
    theirs.providers[0]!.name.en = ' aws ';
    theirs.tags[1]!.id = 't-mkt';
    theirs.tags[1]!.name = 'Market';
    for (const c of theirs.claims) {
      c.providerIds = c.providerIds.map((p) => (p === 'prv-aws' ? 'p-amazon' : p));
      c.tagIds = c.tagIds.map((t) => (t === 'tag-market' ? 't-mkt' : t));
    }
    const plan = planMerge(mine, theirs, opts());
    const summary = importSummary(plan);
    expect(summary.providers).toEqual({ new: 0, identical: 2, conflicts: 1 });
    expect(summary.tags).toEqual({ new: 0, identical: 1, conflicts: 1 });
    expect(summary.claims).toEqual({ new: 0, identical: 3, conflicts: 0 });
    expect(plan.items.find((i) => i.key === 'providers:p-amazon')!.matchedBy).toBe('name');
  });

  it("keeps mine, takes theirs, or keeps both under a new id with references following the copy", () => {
    const mine = sampleLibrary();
    const theirs = sampleLibrary();
    theirs.attributes[0]!.description = 'Share of revenue, not spending';
    theirs.claims[0]!.note = 'Audited after all.';
    theirs.claims.push({ ...theirs.claims[0]!, id: 'clm-new', note: '' });
    const plan = planMerge(mine, theirs, opts());
    expect(importSummary(plan)).toMatchObject({ attributes: { conflicts: 1 }, claims: { conflicts: 1, identical: 2, new: 1 } });

    const keepMine = applyMerge(plan, {}, 'mine');
    expect(keepMine.puts.attributes).toEqual([]);
    expect(keepMine.puts.claims.map((c) => [c.id, c.attributeId])).toEqual([['clm-new', 'att-share']]);

    const takeTheirs = applyMerge(plan, { 'claims:clm-aws-share': 'mine' }, 'theirs');
    expect(takeTheirs.puts.attributes).toEqual([theirs.attributes[0]]);
    expect(takeTheirs.puts.claims.map((c) => c.id)).toEqual(['clm-new']);

    const both = applyMerge(plan, { 'attributes:att-share': 'both' }, 'theirs');
    expect(both.puts.attributes).toEqual([{ ...theirs.attributes[0]!, id: 'new-1' }]);
    const put = new Map(both.puts.claims.map((c) => [c.id, c]));
    expect(put.get('clm-new')!.attributeId).toBe('new-1');
    expect(put.get('clm-aws-share')!.note).toBe('Audited after all.');
    expect(put.get('clm-aws-share')!.attributeId).toBe('new-1');
    expect(both.summary.attributes).toEqual({ added: 0, replaced: 0, duplicated: 1, unchanged: 2 });
  });

  it('treats a different article under the same id as a clash that may be kept as both', () => {
    const mine = sampleLibrary();
    const text = 'A wholly different piece about AI data centres.';
    const theirs = { ...empty(), articles: [{ ...mine.articles[0]!, url: 'https://other.example/ai', text, contentHash: contentHash(text) }] };
    const plan = planMerge(mine, theirs, opts());
    expect(plan.items[0]).toMatchObject({ status: 'conflict', matchedBy: 'id', choices: ['mine', 'theirs', 'both'] });
    expect(applyMerge(plan, {}, 'both').puts.articles.map((a) => a.id)).toEqual(['new-1']);
  });
});

describe('deepEqual', () => {
  it('ignores key order and undefined-valued keys, not values', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1, d: undefined })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: '1' })).toBe(false);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: null }, {})).toBe(false);
  });
});
