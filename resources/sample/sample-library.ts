/**
 * The sample dataset, written in Dossier's own words from public facts about the
 * Korean cloud market (2019–2025). `npm run sample:build` turns it into
 * `resources/sample/sample.dossier`, which the app loads through the normal
 * bundle import pipeline. Quotes are given as text and anchored at build time.
 */
import type { AsOf, ClaimStatus, ClaimValue, Confidence } from '../../shared/domain';

export interface SampleArticle {
  id: string;
  title: string;
  outlet: string;
  author: string;
  publishedAt: string;
  url: string;
  text: string;
  tags: string[];
}

export interface SampleClaim {
  id: string;
  articleId: string;
  /** Exact passage of the article the claim rests on. */
  quote: string;
  statement: string;
  providerIds: string[];
  attributeId: string;
  value: ClaimValue;
  asOf?: AsOf;
  status: ClaimStatus;
  confidence: Confidence;
  tags: string[];
  note?: string;
}

export const SAMPLE_TAGS: Array<{ name: string; color: string }> = [
  { name: 'regulation/CSAP', color: '#2457c5' },
  { name: 'market/share', color: '#1e7a3c' },
  { name: 'ai/investment', color: '#9a6200' },
  { name: 'ai/users', color: '#6b3fa0' },
  { name: 'sovereignty', color: '#b3261e' },
];

export const SAMPLE_ARTICLES: SampleArticle[] = [
  {
    id: 'sample-art-csap-azure',
    title: '외국계 클라우드, 공공 시장 문턱을 넘다',
    outlet: 'Dossier 예제 브리핑',
    author: 'Dossier 편집팀',
    publishedAt: '2024-12-12',
    url: 'https://example.org/dossier-sample/csap-azure',
    tags: ['regulation/CSAP'],
    text: [
      '마이크로소프트의 애저가 12월 2일 한국인터넷진흥원(KISA)으로부터 클라우드 보안인증(CSAP) 하 등급을 받았다. 해외 사업자가 공공 부문용 인증을 얻은 것은 이번이 처음이다.',
      '구글클라우드와 아마존웹서비스(AWS)도 같은 인증 심사의 막바지 단계에 있는 것으로 알려졌다. 업계에서는 두 회사가 내년 초 인증을 마치고 공공 사업에 나설 것으로 본다.',
      '민간 시장에서는 이미 해외 사업자가 우위에 있다. 공정거래위원회가 2022년 말 내놓은 실태조사를 보면 2019~2021년 국내 클라우드 시장에서 AWS의 점유율은 70% 안팎으로 1위였고, 마이크로소프트가 12%로 뒤를 이었다.',
      '공공 부문은 그동안 해외 사업자에게 닫혀 있었기 때문에 KT클라우드, 네이버클라우드, NHN클라우드 같은 국내 사업자들이 주로 경쟁해 왔다. 공공 시장까지 열리면 국내 사업자의 몫이 줄어들 수 있다는 우려가 나온다.',
    ].join('\n\n'),
  },
  {
    id: 'sample-art-ai-gap',
    title: '이용자와 투자에서 벌어지는 AI 격차',
    outlet: 'Dossier 예제 브리핑',
    author: 'Dossier 편집팀',
    publishedAt: '2024-12-12',
    url: 'https://example.org/dossier-sample/ai-gap',
    tags: ['ai/users', 'ai/investment'],
    text: [
      '앱 분석업체 와이즈앱 집계에 따르면 챗GPT의 국내 월간활성이용자수(MAU)는 2024년 10월 526만 명이었다. 같은 해 1월과 비교하면 약 224.7%, 364만 명이 늘었다.',
      '반면 네이버의 하이퍼클로바X는 같은 집계에서 상위 10위 안에 들지 못했다.',
      '투자 규모의 차이도 크다. 네이버는 지난해 AI 연구개발에 1조원을 썼지만, 오픈AI는 한 해 10조 원 안팎을 쏟고 있는 것으로 추산된다.',
      '협력 구도도 바뀌고 있다. 마이크로소프트와 KT는 AI·클라우드 분야 공동 투자를 발표했고, 오픈AI는 산업은행과 국내 첫 업무협약(MOU)을 맺었다.',
    ].join('\n\n'),
  },
  {
    id: 'sample-art-coupang-cic',
    title: 'Coupang turns its AI infrastructure into a cloud business',
    outlet: 'Dossier Sample Briefing',
    author: 'Dossier editorial team',
    publishedAt: '2025-09-09',
    url: 'https://example.org/dossier-sample/coupang-cic',
    tags: ['sovereignty', 'regulation/CSAP'],
    text: [
      'Coupang has renamed the AI computing infrastructure it built for its own services as Coupang Intelligent Cloud (CIC) and says it will sell it as a cloud service. Beyond the announcement, no detailed service plan had been published a week later.',
      'According to the company, all CIC data centres are located in Seoul and the surrounding capital region, and they are equipped with a large number of high-performance GPUs.',
      'The Korean operating company is wholly owned by its US parent, Coupang Inc., which holds 100% of its shares. Observers therefore ask whether CIC would be treated as a foreign cloud provider in the public sector.',
      'Public-sector cloud services need the CSAP security certification, which has three grades: high, middle and low (상·중·하). The low grade covers systems that run openly published public data without personal information; a certification is valid for five years.',
      'Because its parent is a US company, CIC could fall under the US CLOUD Act, which lets US authorities require American companies to hand over data stored abroad. Analysts see this data-sovereignty question as a factor if Coupang bids for public-sector work.',
    ].join('\n\n'),
  },
];

export const SAMPLE_CLAIMS: SampleClaim[] = [
  {
    id: 'sample-claim-azure-csap-grade',
    articleId: 'sample-art-csap-azure',
    quote: '마이크로소프트의 애저가 12월 2일 한국인터넷진흥원(KISA)으로부터 클라우드 보안인증(CSAP) 하 등급을 받았다',
    statement: 'Microsoft Azure obtained the CSAP low (하) grade, the first foreign provider to do so.',
    providerIds: ['prov-microsoft'],
    attributeId: 'attr-csap-grade',
    value: { kind: 'category', category: '하' },
    asOf: { start: '2024-12-02' },
    status: 'verified',
    confidence: 'high',
    tags: ['regulation/CSAP'],
  },
  {
    id: 'sample-claim-azure-csap-date',
    articleId: 'sample-art-csap-azure',
    quote: '12월 2일 한국인터넷진흥원(KISA)으로부터 클라우드 보안인증(CSAP) 하 등급을 받았다',
    statement: 'Azure received its CSAP certification on 2 December 2024.',
    providerIds: ['prov-microsoft'],
    attributeId: 'attr-csap-certified',
    value: { kind: 'date', date: '2024-12-02' },
    asOf: { start: '2024-12-02' },
    status: 'verified',
    confidence: 'high',
    tags: ['regulation/CSAP'],
  },
  {
    id: 'sample-claim-aws-share',
    articleId: 'sample-art-csap-azure',
    quote: '2019~2021년 국내 클라우드 시장에서 AWS의 점유율은 70% 안팎으로 1위였고',
    statement: 'AWS held about 70% of the Korean cloud market in 2019–2021 (FTC survey).',
    providerIds: ['prov-aws'],
    attributeId: 'attr-market-share',
    value: { kind: 'quantity', amount: 0.7, unit: 'ratio', original: '70%' },
    asOf: { start: '2019-01-01', end: '2021-12-31' },
    status: 'verified',
    confidence: 'medium',
    tags: ['market/share'],
    note: 'The survey gives "about 70%" for the three years together.',
  },
  {
    id: 'sample-claim-ms-share',
    articleId: 'sample-art-csap-azure',
    quote: '마이크로소프트가 12%로 뒤를 이었다',
    statement: 'Microsoft was second with 12% of the Korean cloud market in 2019–2021.',
    providerIds: ['prov-microsoft'],
    attributeId: 'attr-market-share',
    value: { kind: 'quantity', amount: 0.12, unit: 'ratio', original: '12%' },
    asOf: { start: '2019-01-01', end: '2021-12-31' },
    status: 'verified',
    confidence: 'medium',
    tags: ['market/share'],
  },
  {
    id: 'sample-claim-aws-csap',
    articleId: 'sample-art-csap-azure',
    quote: '구글클라우드와 아마존웹서비스(AWS)도 같은 인증 심사의 막바지 단계에 있는 것으로 알려졌다',
    statement: 'Google Cloud and AWS were in the final stage of CSAP review in December 2024.',
    providerIds: ['prov-google-cloud', 'prov-aws'],
    attributeId: 'attr-csap-grade',
    value: { kind: 'category', category: '하' },
    asOf: { start: '2024-12-12' },
    status: 'unverified',
    confidence: 'low',
    tags: ['regulation/CSAP'],
    note: 'Reported as pending, not granted; the expected grade is 하.',
  },
  {
    id: 'sample-claim-openai-mau',
    articleId: 'sample-art-ai-gap',
    quote: '챗GPT의 국내 월간활성이용자수(MAU)는 2024년 10월 526만 명이었다',
    statement: 'ChatGPT had 5.26 million monthly active users in Korea in October 2024.',
    providerIds: ['prov-openai'],
    attributeId: 'attr-mau',
    value: { kind: 'quantity', amount: 5_260_000, unit: 'persons', original: '526만 명' },
    asOf: { start: '2024-10-01', end: '2024-10-31' },
    status: 'verified',
    confidence: 'high',
    tags: ['ai/users'],
  },
  {
    id: 'sample-claim-naver-rnd',
    articleId: 'sample-art-ai-gap',
    quote: '네이버는 지난해 AI 연구개발에 1조원을 썼지만',
    statement: 'Naver spent KRW 1 trillion on AI R&D in 2023.',
    providerIds: ['prov-naver-cloud'],
    attributeId: 'attr-ai-rnd-investment',
    value: { kind: 'quantity', amount: 1e12, unit: 'KRW', original: '1조원' },
    asOf: { start: '2023-01-01', end: '2023-12-31' },
    status: 'verified',
    confidence: 'medium',
    tags: ['ai/investment'],
  },
  {
    id: 'sample-claim-openai-rnd',
    articleId: 'sample-art-ai-gap',
    quote: '오픈AI는 한 해 10조 원 안팎을 쏟고 있는 것으로 추산된다',
    statement: 'OpenAI invests around KRW 10 trillion a year in AI development (estimate).',
    providerIds: ['prov-openai'],
    attributeId: 'attr-ai-rnd-investment',
    value: { kind: 'quantity', amount: 1e13, unit: 'KRW', original: '10조 원' },
    asOf: { start: '2024-01-01', end: '2024-12-31' },
    status: 'unverified',
    confidence: 'low',
    tags: ['ai/investment'],
  },
  {
    id: 'sample-claim-ms-kt',
    articleId: 'sample-art-ai-gap',
    quote: '마이크로소프트와 KT는 AI·클라우드 분야 공동 투자를 발표했고',
    statement: 'Microsoft and KT announced a joint AI and cloud investment.',
    providerIds: ['prov-microsoft', 'prov-kt-cloud'],
    attributeId: 'attr-partnership',
    value: { kind: 'text', text: 'Microsoft–KT joint AI/cloud investment' },
    asOf: { start: '2024-12-12' },
    status: 'verified',
    confidence: 'medium',
    tags: ['ai/investment'],
  },
  {
    id: 'sample-claim-cic-dc',
    articleId: 'sample-art-coupang-cic',
    quote: 'all CIC data centres are located in Seoul and the surrounding capital region',
    statement: 'All Coupang Intelligent Cloud data centres are in the Seoul capital region.',
    providerIds: ['prov-coupang'],
    attributeId: 'attr-datacenter-location',
    value: { kind: 'text', text: 'Seoul capital region' },
    asOf: { start: '2025-09-09' },
    status: 'unverified',
    confidence: 'medium',
    tags: ['sovereignty'],
  },
  {
    id: 'sample-claim-cic-hq',
    articleId: 'sample-art-coupang-cic',
    quote: 'The Korean operating company is wholly owned by its US parent, Coupang Inc., which holds 100% of its shares.',
    statement: "Coupang's Korean company is 100% owned by US-based Coupang Inc.",
    providerIds: ['prov-coupang'],
    attributeId: 'attr-hq-jurisdiction',
    value: { kind: 'text', text: 'United States (Coupang Inc.)' },
    asOf: { start: '2025-09-09' },
    status: 'verified',
    confidence: 'high',
    tags: ['sovereignty'],
  },
];
