import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { LibraryData } from '@shared/domain';
import { sampleLibrary } from '@shared/bundle/fixtures';
import { openBundle, writeBundle } from '@shared/bundle';
import { closeSelection, selectForBriefing, selectForClaims, selectForTag, selectScope } from './select';

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

/** Every reference a selection holds points at a record inside it. */
function expectClosed(sel: LibraryData) {
  const has = (t: keyof LibraryData, id: string) => (sel[t] as { id: string }[]).some((r) => r.id === id);
  for (const c of sel.claims) {
    expect(has('articles', c.articleId)).toBe(true);
    expect(has('attributes', c.attributeId)).toBe(true);
    c.providerIds.forEach((p) => expect(has('providers', p)).toBe(true));
    c.tagIds.forEach((t) => expect(has('tags', t)).toBe(true));
  }
  for (const a of sel.articles) a.tagIds.forEach((t) => expect(has('tags', t)).toBe(true));
}

describe('share selections', () => {
  it('a briefing takes the claims it lists, counts in its compare table and chart, and everything they reference', () => {
    const data = sampleLibrary();
    const sel = selectForBriefing(data, 'brf-1');
    expect(ids(sel.briefings)).toEqual(['brf-1']);
    expect(ids(sel.claims)).toEqual(['clm-aws-share', 'clm-csap-low']);
    expect(ids(sel.articles)).toEqual(['art-csap', 'art-share']);
    // Naver is named only by the compare section's view; Azure only by a listed claim.
    expect(ids(sel.providers)).toEqual(['prv-aws', 'prv-azure', 'prv-naver']);
    expect(ids(sel.attributes)).toEqual(['att-csap', 'att-share']);
    expect(ids(sel.tags)).toEqual(['tag-csap', 'tag-market']);
    expectClosed(sel);
  });

  it('a briefing listing one claim leaves out the rest of the library', () => {
    const data = sampleLibrary();
    data.briefings[0]!.sections = [{ id: 's', kind: 'claims', title: 'One', claimIds: ['clm-naver-rev'] }];
    const sel = selectForBriefing(data, 'brf-1');
    expect(ids(sel.claims)).toEqual(['clm-naver-rev']);
    expect(ids(sel.articles)).toEqual(['art-share']);
    expect(ids(sel.providers)).toEqual(['prv-naver']);
    expect(ids(sel.attributes)).toEqual(['att-revenue']);
    expect(ids(sel.tags)).toEqual(['tag-market']);
  });

  it('an unknown briefing or tag selects nothing', () => {
    const data = sampleLibrary();
    for (const sel of [selectForBriefing(data, 'nope'), selectForTag(data, 'nope')]) {
      for (const rows of Object.values(sel)) expect(rows).toEqual([]);
    }
  });

  it('a tag takes its claims, its articles and the articles of its claims, including child tags', () => {
    const data = sampleLibrary();
    data.tags.push({ id: 'tag-reg', name: 'regulation', color: '#000000' });
    const sel = selectForTag(data, 'tag-reg');
    // regulation/CSAP is a child of regulation: its claim and article come along.
    expect(ids(sel.claims)).toEqual(['clm-csap-low']);
    expect(ids(sel.articles)).toEqual(['art-csap']);
    expect(ids(sel.tags)).toEqual(['tag-csap', 'tag-market', 'tag-reg']);
    expect(sel.briefings).toEqual([]);
    expectClosed(sel);

    const market = selectForTag(data, 'tag-market');
    expect(ids(market.claims)).toEqual(['clm-aws-share', 'clm-csap-low', 'clm-naver-rev']);
    expect(ids(market.articles)).toEqual(['art-csap', 'art-share']);
  });

  it('selected claims come with their articles only', () => {
    const data = sampleLibrary();
    const sel = selectForClaims(data, ['clm-csap-low']);
    expect(ids(sel.claims)).toEqual(['clm-csap-low']);
    expect(ids(sel.articles)).toEqual(['art-csap']);
    expect(ids(sel.providers)).toEqual(['prv-aws', 'prv-azure']);
    expect(selectScope(data, { kind: 'library' })).toBe(data);
  });

  it('any subset of claims is closed and opens from a bundle without dropped rows', () => {
    const data = sampleLibrary();
    const all = data.claims.map((c) => c.id);
    fc.assert(
      fc.property(fc.subarray(all), fc.subarray(data.articles.map((a) => a.id)), (claimIds, articleIds) => {
        const sel = closeSelection(data, claimIds, articleIds);
        expectClosed(sel);
        const opened = openBundle(writeBundle(sel, { appVersion: 't', exportedBy: '', exportedAt: '2024-12-05T00:00:00.000Z' }));
        expect(opened.ok).toBe(true);
        if (opened.ok) {
          expect(opened.value.problems.filter((p) => p.severity === 'dropped')).toEqual([]);
          expect(opened.value.data).toEqual(sel);
        }
      }),
      { numRuns: 40, seed: 5 },
    );
  });
});
