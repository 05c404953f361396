/**
 * The companies a Korean cloud/AI policy researcher follows, seeded into the
 * provider registry on first start. Ids are stable (`prov-...`) because claims
 * and shared bundles refer to them; never rename one, add a new id instead.
 *
 * Aliases are the names that appear in running text and feed
 * `findProviderMentions`. They name the company (or its cloud arm), never a
 * product: "챗GPT" is a product of OpenAI, and matching it would attribute
 * product news to the company. Where Korean press uses the parent's name for
 * the cloud arm (네이버 for 네이버클라우드, KT for KT클라우드), the alias sits on
 * the cloud provider, because cloud is what this registry is for.
 */
import type { Provider } from '../domain';

/** The starter provider set. The researcher can edit or extend it; seeding never overwrites edits. */
export const STARTER_PROVIDERS: Provider[] = [
  {
    id: 'prov-aws',
    name: { ko: '아마존웹서비스', en: 'AWS' },
    aliases: ['AWS', '아마존웹서비스', '아마존 웹 서비스', '아마존', 'Amazon Web Services', 'Amazon'],
    origin: 'foreign',
    country: 'US',
    kind: 'csp',
  },
  {
    id: 'prov-microsoft',
    name: { ko: '마이크로소프트', en: 'Microsoft' },
    aliases: ['MS', '마이크로소프트', '애저', 'Azure', 'Microsoft Azure', 'Microsoft'],
    origin: 'foreign',
    country: 'US',
    kind: 'csp',
  },
  {
    id: 'prov-google-cloud',
    name: { ko: '구글 클라우드', en: 'Google Cloud' },
    aliases: ['구글클라우드', '구글 클라우드', '구글', 'Google Cloud', 'Google', 'GCP'],
    origin: 'foreign',
    country: 'US',
    kind: 'csp',
  },
  {
    id: 'prov-naver-cloud',
    name: { ko: '네이버클라우드', en: 'Naver Cloud' },
    aliases: ['네이버클라우드', '네이버 클라우드', '네이버', 'Naver Cloud', 'NCP', 'Naver'],
    origin: 'domestic',
    country: 'KR',
    kind: 'csp',
  },
  {
    id: 'prov-kt-cloud',
    name: { ko: 'KT클라우드', en: 'KT Cloud' },
    aliases: ['KT클라우드', 'KT 클라우드', 'kt cloud', 'KT'],
    origin: 'domestic',
    country: 'KR',
    kind: 'csp',
  },
  {
    id: 'prov-nhn-cloud',
    name: { ko: 'NHN클라우드', en: 'NHN Cloud' },
    aliases: ['NHN클라우드', 'NHN 클라우드', 'NHN Cloud', 'NHN'],
    origin: 'domestic',
    country: 'KR',
    kind: 'csp',
  },
  {
    // Coupang's Korean operating company is wholly owned by Coupang Inc. (US); origin is
    // recorded by the parent's headquarters, which is exactly the question researchers debate.
    id: 'prov-coupang',
    name: { ko: '쿠팡', en: 'Coupang' },
    aliases: ['쿠팡 인텔리전트 클라우드', '쿠팡인텔리전트클라우드', 'Coupang Intelligent Cloud', '쿠팡', 'Coupang', 'CIC'],
    origin: 'foreign',
    country: 'US',
    kind: 'csp',
  },
  {
    id: 'prov-kakao',
    name: { ko: '카카오', en: 'Kakao' },
    aliases: ['카카오엔터프라이즈', '카카오클라우드', 'Kakao Enterprise', 'Kakao Cloud', '카카오', 'Kakao'],
    origin: 'domestic',
    country: 'KR',
    kind: 'csp',
  },
  {
    id: 'prov-gabia',
    name: { ko: '가비아', en: 'Gabia' },
    aliases: ['가비아', 'Gabia'],
    origin: 'domestic',
    country: 'KR',
    kind: 'csp',
  },
  {
    id: 'prov-oracle',
    name: { ko: '오라클', en: 'Oracle' },
    aliases: ['오라클', 'Oracle'],
    origin: 'foreign',
    country: 'US',
    kind: 'csp',
  },
  {
    id: 'prov-ibm',
    name: { ko: 'IBM', en: 'IBM' },
    aliases: ['IBM'],
    origin: 'foreign',
    country: 'US',
    kind: 'csp',
  },
  {
    id: 'prov-alibaba-cloud',
    name: { ko: '알리바바 클라우드', en: 'Alibaba Cloud' },
    aliases: ['알리바바클라우드', '알리바바 클라우드', '알리바바', 'Alibaba Cloud', 'Alibaba'],
    origin: 'foreign',
    country: 'CN',
    kind: 'csp',
  },
  {
    id: 'prov-tencent-cloud',
    name: { ko: '텐센트 클라우드', en: 'Tencent Cloud' },
    aliases: ['텐센트클라우드', '텐센트 클라우드', '텐센트', 'Tencent Cloud', 'Tencent'],
    origin: 'foreign',
    country: 'CN',
    kind: 'csp',
  },
  {
    id: 'prov-openai',
    name: { ko: '오픈AI', en: 'OpenAI' },
    aliases: ['오픈AI', '오픈에이아이', 'OpenAI'],
    origin: 'foreign',
    country: 'US',
    kind: 'ai',
  },
  {
    id: 'prov-meta',
    name: { ko: '메타', en: 'Meta' },
    // "메타" is also the first half of 메타버스/메타데이터; the mention finder only accepts
    // two-syllable Hangul aliases before a particle or a non-Hangul character.
    aliases: ['메타', 'Meta Platforms', 'Meta'],
    origin: 'foreign',
    country: 'US',
    kind: 'ai',
  },
  {
    id: 'prov-samsung-sds',
    name: { ko: '삼성SDS', en: 'Samsung SDS' },
    aliases: ['삼성SDS', '삼성에스디에스', 'Samsung SDS'],
    origin: 'domestic',
    country: 'KR',
    kind: 'csp',
  },
  {
    // SK Telecom, not "SK": the group name alone also covers SK hynix (chips) and SK C&C
    // (an MSP), which would mix unrelated companies into one column. SKT is the SK company
    // that partners with US AI firms and runs AI data centres, which is what the press covers.
    id: 'prov-sk-telecom',
    name: { ko: 'SK텔레콤', en: 'SK Telecom' },
    aliases: ['SK텔레콤', 'SK Telecom', 'SKT'],
    origin: 'domestic',
    country: 'KR',
    kind: 'ai',
  },
];
