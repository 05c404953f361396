import { describe, it, expect } from 'vitest';
import { citedClaimIds, collectCitations } from './citations';
import { sampleBriefing, sampleContext } from './fixtures';

describe('collectCitations', () => {
  const ctx = sampleContext();
  const briefing = sampleBriefing();
  const c = collectCitations(briefing, ctx);

  it('cites in document order across claims, compare and chart sections, duplicates kept in the raw order', () => {
    expect(citedClaimIds(briefing, ctx)).toEqual([
      'rev-naver', 'gone', 'grade-aws', // claims section
      'rev-naver', 'grade-kt', 'grade-aws', // compare snapshot, row by row
      'rev-naver', // revenue bars
      'cert-aws', // certification timeline
    ]);
  });
  it('numbers notes by first use and reuses the number', () => {
    expect(c.notes.map((n) => [n.number, n.claimId])).toEqual([
      [1, 'rev-naver'],
      [2, 'grade-aws'],
      [3, 'grade-kt'],
      [4, 'cert-aws'],
    ]);
    expect(c.noteNumber.get('rev-naver')).toBe(1);
    expect(c.noteNumber.get('grade-kt')).toBe(3);
  });
  it('a note gives the exact quote and the article details', () => {
    expect(c.notes[0]).toMatchObject({
      quote: '네이버클라우드의 지난해 매출은 1조4600억원으로 집계됐다',
      outlet: '테크데일리',
      author: '김기자',
      date: '2024-12-03',
      url: 'https://news.example.kr/cloud/123?utm_source=x',
      articleTitle: '공공 클라우드 시장, 외국계 진입 본격화',
      sourceNumber: 1,
    });
    expect(c.notes[0]!.page).toBeUndefined();
  });
  it('finds the PDF page a quote starts on', () => {
    expect(c.notes[1]!.page).toBe(2);
    expect(c.notes[3]!.page).toBe(3);
  });
  it('sources are the distinct cited articles by first citation', () => {
    expect(c.sources.map((s) => [s.number, s.articleId])).toEqual([
      [1, 'art-market'],
      [2, 'art-report'],
    ]);
    expect(c.notes.map((n) => n.sourceNumber)).toEqual([1, 2, 1, 2]);
  });
  it('reports claims the library no longer has instead of citing them', () => {
    expect(c.missingClaimIds).toEqual(['gone']);
  });
  it('a claim whose article is gone is still cited, without a source', () => {
    const lonely = { ...ctx, articles: [] };
    const r = collectCitations(briefing, lonely);
    expect(r.notes[0]).toMatchObject({ claimId: 'rev-naver', outlet: '', sourceNumber: null });
    expect(r.sources).toEqual([]);
  });
});
