/**
 * A small, valid library about the Korean public-cloud market, written for
 * tests of the bundle pipeline and the interop exports (and usable by other
 * tests). Every quote is anchored exactly in its article's text.
 */
import type { Article, Claim, ClaimTarget, LibraryData } from '../domain';
import { contentHash } from '../text/normalize';

const CSAP_TEXT = [
  '정부가 공공기관용 클라우드 보안인증(CSAP) 제도를 상·중·하 세 등급으로 나눠 운영하기로 했다.',
  '하 등급은 개인정보가 없는 공개 데이터만 다루는 시스템이 대상이며, 물리적 망 분리 요건이 빠진다.',
  '업계는 AWS와 마이크로소프트 애저, 구글 클라우드가 하 등급을 발판으로 공공 시장에 들어올 것으로 내다본다.',
  '네이버클라우드와 KT클라우드, NHN클라우드 등 국내 기업은 이미 기존 인증을 갖추고 있어 상 등급 사업에 집중할 계획이다.',
].join('\n');

const MARKET_TEXT = [
  'Market researchers put Amazon Web Services at roughly 60% of Korean public-cloud spending last year.',
  'Naver Cloud reported annual revenue of 1조4600억원, the largest among domestic providers.',
  'Microsoft Azure was estimated at about 24%, with "local" providers sharing most of the rest.',
].join('\n');

/** The W3C-style anchor for `exact` inside `text`, with 32 characters of context either side. */
export function anchorIn(text: string, exact: string): ClaimTarget {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture quote not found: ${exact}`);
  const end = start + exact.length;
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    position: { type: 'TextPositionSelector', start, end },
  };
}

const T0 = '2024-12-02T09:30:00.000Z';
const T1 = '2024-12-03T14:05:10.000Z';

const articles: Article[] = [
  {
    id: 'art-csap',
    title: 'CSAP 등급제 시행, 외국 클라우드 공공시장 문 열리나',
    outlet: '테크정책신문',
    author: '김하늘 기자',
    publishedAt: '2024-11-28',
    url: 'https://news.example.kr/policy/csap-grades?utm_source=feed',
    language: 'ko',
    text: CSAP_TEXT,
    contentHash: contentHash(CSAP_TEXT),
    source: { kind: 'html', fileName: 'csap-grades.html' },
    tagIds: ['tag-csap'],
    createdAt: T0,
    updatedAt: T0,
  },
  {
    id: 'art-share',
    title: 'Who holds the Korean cloud market, in numbers',
    outlet: 'Cloud Ledger',
    author: 'Jane Park',
    publishedAt: '2024-10-15',
    url: 'https://example.com/cloud/korea-shares',
    language: 'en',
    text: MARKET_TEXT,
    contentHash: contentHash(MARKET_TEXT),
    source: { kind: 'pdf', fileName: 'korea-shares.pdf', pages: [{ page: 1, start: 0 }] },
    tagIds: [],
    createdAt: T0,
    updatedAt: T1,
  },
];

const claims: Claim[] = [
  {
    id: 'clm-aws-share',
    articleId: 'art-share',
    target: anchorIn(MARKET_TEXT, 'roughly 60%'),
    statement: 'AWS holds about 60% of Korean public-cloud spending.',
    providerIds: ['prv-aws'],
    attributeId: 'att-share',
    value: { kind: 'quantity', amount: 0.6, unit: 'ratio', original: '60%' },
    asOf: { start: '2023' },
    status: 'verified',
    confidence: 'medium',
    tagIds: ['tag-market'],
    note: 'Estimate, not audited.',
    author: 'Researcher A',
    createdAt: T0,
    updatedAt: T0,
  },
  {
    id: 'clm-naver-rev',
    articleId: 'art-share',
    target: anchorIn(MARKET_TEXT, '1조4600억원'),
    statement: '네이버클라우드 연 매출 1조4600억원',
    providerIds: ['prv-naver'],
    attributeId: 'att-revenue',
    value: { kind: 'quantity', amount: 1.46e12, unit: 'KRW', original: '1조4600억원' },
    asOf: { start: '2023-01-01', end: '2023-12-31' },
    status: 'unverified',
    confidence: 'high',
    tagIds: ['tag-market'],
    note: '',
    author: 'Researcher A',
    preferred: true,
    createdAt: T0,
    updatedAt: T1,
  },
  {
    id: 'clm-csap-low',
    articleId: 'art-csap',
    target: anchorIn(CSAP_TEXT, '하 등급을 발판으로 공공 시장에 들어올 것'),
    statement: 'Foreign CSPs expected to enter via the CSAP "low" grade, with commas, too',
    providerIds: ['prv-aws', 'prv-azure'],
    attributeId: 'att-csap',
    value: { kind: 'category', category: '하' },
    status: 'disputed',
    confidence: 'low',
    tagIds: ['tag-csap', 'tag-market'],
    note: 'Line one\nline two',
    author: '',
    provenance: { fileName: 'colleague.dossier', importedAt: T1, exportedBy: 'Researcher B' },
    createdAt: T0,
    updatedAt: T0,
  },
];

/** A fresh copy of the fixture library (tests may mutate it). */
export function sampleLibrary(): LibraryData {
  const data: LibraryData = {
    articles,
    claims,
    tags: [
      { id: 'tag-csap', name: 'regulation/CSAP', color: '#2563eb' },
      { id: 'tag-market', name: 'market', color: '#16a34a' },
    ],
    providers: [
      { id: 'prv-aws', name: { ko: '아마존웹서비스', en: 'AWS' }, aliases: ['Amazon Web Services', '아마존'], origin: 'foreign', country: 'US', kind: 'csp' },
      { id: 'prv-azure', name: { ko: '마이크로소프트 애저', en: 'Microsoft Azure' }, aliases: ['Azure', '애저'], origin: 'foreign', country: 'US', kind: 'csp' },
      { id: 'prv-naver', name: { ko: '네이버클라우드', en: 'Naver Cloud' }, aliases: ['NCP'], origin: 'domestic', country: 'KR', kind: 'csp' },
    ],
    attributes: [
      { id: 'att-share', name: { ko: '시장 점유율', en: 'Market share' }, valueType: 'quantity', unit: 'ratio', description: 'Share of spending' },
      { id: 'att-revenue', name: { ko: '매출', en: 'Revenue' }, valueType: 'quantity', unit: 'KRW', description: '' },
      { id: 'att-csap', name: { ko: 'CSAP 등급', en: 'CSAP grade' }, valueType: 'category', categories: ['상', '중', '하'], description: 'Highest grade held' },
    ],
    briefings: [
      {
        id: 'brf-1',
        title: '공공 클라우드 시장 동향',
        subtitle: 'December note',
        author: 'Researcher A',
        organisation: 'Policy Lab',
        date: '2024-12-04',
        summary: 'Foreign providers are close to the public sector.',
        sections: [
          { id: 'sec-1', kind: 'text', title: 'Context', markdown: '**CSAP** now has three grades.' },
          { id: 'sec-2', kind: 'claims', title: 'Evidence', claimIds: ['clm-aws-share', 'clm-csap-low'] },
          { id: 'sec-3', kind: 'compare', title: 'Matrix', view: { providerIds: ['prv-aws', 'prv-naver'], attributeIds: ['att-share'], tagId: 'tag-market' } },
          { id: 'sec-4', kind: 'chart', title: 'Shares', attributeId: 'att-share', providerIds: ['prv-aws', 'prv-azure'] },
        ],
        pageSize: 'A4',
        createdAt: T0,
        updatedAt: T1,
      },
    ],
  };
  return structuredCloneJson(data);
}

function structuredCloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
