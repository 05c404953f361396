/**
 * A small library and briefing for briefing unit tests, written for these tests
 * (facts about the Korean cloud market, sentences of our own).
 */
import type { Article, Briefing, Claim } from '../domain';
import { makeAttribute, makeClaim, makeProvider, qty } from '../compare/fixtures';
import type { BriefingContext } from './sections';

const article = (id: string, over: Partial<Article>): Article => ({
  id,
  title: '',
  outlet: '',
  author: '',
  publishedAt: '',
  url: '',
  language: 'ko',
  text: '',
  contentHash: id,
  source: { kind: 'paste' },
  tagIds: [],
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  ...over,
});

const quoted = (exact: string, start = 0): Claim['target'] => ({
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start, end: start + exact.length },
});

/** A library of three articles, four providers, three attributes and a handful of claims. */
export function sampleContext(): BriefingContext {
  const articles = [
    article('art-market', {
      title: '공공 클라우드 시장, 외국계 진입 본격화',
      outlet: '테크데일리',
      author: '김기자',
      publishedAt: '2024-12-03',
      url: 'https://news.example.kr/cloud/123?utm_source=x',
    }),
    article('art-report', {
      title: 'Cloud adoption report, "2024 edition"',
      outlet: 'Policy Lab',
      author: 'J. Lee',
      publishedAt: '2024-11-20',
      url: 'javascript:alert(1)',
      source: { kind: 'pdf', pages: [{ page: 1, start: 0 }, { page: 2, start: 500 }, { page: 3, start: 1000 }] },
    }),
    article('art-unused', { title: 'Not cited', outlet: 'Nowhere' }),
  ];
  const providers = [
    makeProvider('naver', { name: { ko: '네이버클라우드', en: 'Naver Cloud' } }),
    makeProvider('kt', { name: { ko: 'KT클라우드', en: 'KT Cloud' } }),
    makeProvider('aws', { name: { ko: 'AWS', en: 'AWS' }, origin: 'foreign' }),
  ];
  const attributes = [
    makeAttribute('revenue', { name: { ko: '클라우드 매출', en: 'Cloud revenue' } }),
    makeAttribute('grade', { name: { ko: 'CSAP 등급', en: 'CSAP grade' }, valueType: 'category', unit: undefined, categories: ['상', '중', '하'] }),
    makeAttribute('certified', { name: { ko: 'CSAP 인증일', en: 'CSAP certified on' }, valueType: 'date', unit: undefined }),
  ];
  const claims = [
    makeClaim({
      id: 'rev-naver',
      articleId: 'art-market',
      target: quoted('네이버클라우드의 지난해 매출은 1조4600억원으로 집계됐다'),
      statement: '네이버클라우드 매출 1.46조',
      providerIds: ['naver'],
      attributeId: 'revenue',
      value: qty(1.46e12, 'KRW', '1조4600억원'),
      asOf: { start: '2023' },
      status: 'verified',
    }),
    makeClaim({
      id: 'grade-aws',
      articleId: 'art-report',
      target: quoted('AWS obtained the "low" grade | pipes *and* stars', 620),
      statement: 'AWS got the low grade',
      providerIds: ['aws'],
      attributeId: 'grade',
      value: { kind: 'category', category: '하' },
      status: 'unverified',
    }),
    makeClaim({
      id: 'grade-kt',
      articleId: 'art-market',
      target: quoted('KT클라우드는 상 등급을 받았다'),
      statement: 'KT 상 등급',
      providerIds: ['kt'],
      attributeId: 'grade',
      value: { kind: 'category', category: '상' },
    }),
    makeClaim({
      id: 'cert-aws',
      articleId: 'art-report',
      target: quoted('certified in early December', 1200),
      statement: 'AWS certified',
      providerIds: ['aws'],
      attributeId: 'certified',
      value: { kind: 'date', date: '2024-12-02' },
    }),
  ];
  return { articles, providers, attributes, claims };
}

/** A briefing using every section kind; `rev-naver` is cited twice and a deleted claim once. */
export function sampleBriefing(): Briefing {
  return {
    id: 'b1',
    title: '공공 클라우드 <동향> | 2024',
    subtitle: 'CSAP and the *foreign* entrants',
    author: '연구원',
    organisation: 'Policy Lab',
    date: '2025-01-10',
    summary: 'Domestic providers still lead.',
    sections: [
      { id: 's-intro', kind: 'text', title: 'Background', markdown: '## Context\n\nThe **CSAP** grades are *상·중·하*.' },
      { id: 's-claims', kind: 'claims', title: '', claimIds: ['rev-naver', 'gone', 'grade-aws'] },
      { id: 's-compare', kind: 'compare', title: 'Grades', view: { providerIds: ['naver', 'kt', 'aws'], attributeIds: ['revenue', 'grade'] } },
      { id: 's-chart', kind: 'chart', title: 'Revenue', attributeId: 'revenue', providerIds: [] },
      { id: 's-dates', kind: 'chart', title: 'Certification dates', attributeId: 'certified', providerIds: ['aws'] },
    ],
    pageSize: 'A4',
    createdAt: '2025-01-10T00:00:00Z',
    updatedAt: '2025-01-10T00:00:00Z',
  };
}
