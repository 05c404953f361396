/**
 * The words the benchmark library is written with: Korean particles chosen by
 * the final sound, quantities in the forms Korean press uses (1조4600억원,
 * 526만 명, 70%, 1만3000장), dates, and the filler sentences between claims.
 * All sentences are the project's own; none is copied from the seed articles.
 */
import type { Rng } from './rng';

/** True when the word's last sound closes with a consonant (batchim), which picks 은/을/이/과/으로. */
function batchim(word: string): { has: boolean; rieul: boolean } {
  const ch = word.trim().slice(-1);
  const code = ch.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return { has: jong !== 0, rieul: jong === 8 };
  }
  // Digits and Latin letters as read aloud in Korean (1 일, 3 삼, 6 육, 7 칠, 8 팔, 0 영; L 엘, M 엠, N 엔).
  if ('0136780'.includes(ch)) return { has: true, rieul: '178'.includes(ch) };
  if ('LMNlmn'.includes(ch)) return { has: true, rieul: ch === 'L' || ch === 'l' };
  return { has: false, rieul: false };
}

/** The particle pairs the templates use, written as `with-batchim/without`. */
export type Particle = '은/는' | '이/가' | '을/를' | '과/와' | '으로/로';

/** `word` followed by the right form of the particle (네이버는, 쿠팡은, 1조원으로, 70%로). */
export function josa(word: string, particle: Particle): string {
  const [withB, without] = particle.split('/') as [string, string];
  const b = batchim(word);
  if (particle === '으로/로') return word + (b.has && !b.rieul ? withB : without);
  return word + (b.has ? withB : without);
}

/** A quantity as written in the text and as the claim stores it. */
export interface Quantity {
  text: string;
  amount: number;
  unit: 'KRW' | 'ratio' | 'persons' | 'count';
}

const group = (n: number) => n.toLocaleString('en-US');

/** Korean won in 조/억 form (1조4600억원, 3200억원) or its English rendering (KRW 1.46 trillion). */
export function won(rng: Rng, lang: 'ko' | 'en'): Quantity {
  const jo = rng.chance(0.4) ? rng.int(1, 9) : 0;
  const eok = rng.int(1, 99) * 100;
  const amount = jo * 1e12 + eok * 1e8;
  if (lang === 'en') {
    const text = jo ? `KRW ${(amount / 1e12).toFixed(2)} trillion` : `KRW ${group(eok / 10)} billion`;
    return { text, amount, unit: 'KRW' };
  }
  return { text: `${jo ? `${jo}조` : ''}${eok}억원`, amount, unit: 'KRW' };
}

/** A share (70%, 31.5%). */
export function percent(rng: Rng): Quantity {
  const tenths = rng.int(5, 800);
  const pct = tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
  return { text: `${pct}%`, amount: Number((tenths / 1000).toFixed(4)), unit: 'ratio' };
}

/** People in 만 form (526만 명) or English (5.26 million). */
export function persons(rng: Rng, lang: 'ko' | 'en'): Quantity {
  const man = rng.int(3, 4800);
  const amount = man * 10_000;
  return { text: lang === 'ko' ? `${man}만 명` : `${(amount / 1e6).toFixed(2)} million people`, amount, unit: 'persons' };
}

/** A count of units, often 만 plus a remainder (1만3000장). */
export function units(rng: Rng, lang: 'ko' | 'en', counter = '장'): Quantity {
  const man = rng.chance(0.5) ? rng.int(1, 9) : 0;
  const rest = rng.int(1, 9) * 1000;
  const amount = man * 10_000 + rest;
  if (lang === 'en') return { text: `${group(amount)} units`, amount, unit: 'count' };
  return { text: `${man ? `${man}만` : ''}${rest}${counter}`, amount, unit: 'count' };
}

/** Any of the quantity kinds for the unit an attribute expects. */
export function quantityFor(rng: Rng, unit: string, lang: 'ko' | 'en'): Quantity {
  switch (unit) {
    case 'KRW':
      return won(rng, lang);
    case 'ratio':
      return percent(rng);
    case 'persons':
      return persons(rng, lang);
    default:
      return units(rng, lang, rng.pick(['장', '대', '개']));
  }
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar day between 2019 and 2025, in ISO form and as Korean and English prose. */
export interface Day {
  iso: string;
  ko: string;
  en: string;
  year: number;
}

export function day(rng: Rng): Day {
  const year = rng.int(2019, 2025);
  const month = rng.int(1, 12);
  const d = rng.int(1, 28);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { iso, ko: `${year}년 ${month}월 ${d}일`, en: `${MONTHS_EN[month - 1]} ${d}, ${year}`, year };
}

export const CITIES = [
  { ko: '춘천', en: 'Chuncheon' },
  { ko: '세종', en: 'Sejong' },
  { ko: '부산', en: 'Busan' },
  { ko: '광주', en: 'Gwangju' },
  { ko: '평창', en: 'Pyeongchang' },
  { ko: '안산', en: 'Ansan' },
  { ko: '김해', en: 'Gimhae' },
  { ko: '용인', en: 'Yongin' },
  { ko: '대전', en: 'Daejeon' },
  { ko: '목동', en: 'Mokdong' },
] as const;

export const JURISDICTIONS = [
  { ko: '미국', en: 'the United States', law: { ko: '클라우드법', en: 'the CLOUD Act' } },
  { ko: '중국', en: 'China', law: { ko: '데이터안전법', en: 'the Data Security Law' } },
  { ko: '한국', en: 'Korea', law: { ko: '개인정보보호법', en: 'the Personal Information Protection Act' } },
] as const;

/** Korean filler: context sentences between the claims. `{P}` and `{P2}` take provider names, `{Y}` a year. */
export const FILLER_KO = [
  '공공기관의 클라우드 전환 속도는 당초 계획보다 더디다는 평가가 많다.',
  '전문가들은 데이터 주권 문제를 먼저 정리해야 시장이 커질 수 있다고 본다.',
  '{P} 관계자는 "보안 요건을 맞추는 데 역량을 모으고 있다"고 말했다.',
  '정부는 {Y}년까지 행정 시스템의 상당 부분을 민간 클라우드로 옮길 방침이다.',
  '외국계 사업자의 공공 시장 진입을 두고 업계의 시각은 엇갈린다.',
  '중소 소프트웨어 기업들은 인증에 드는 비용과 시간이 부담이라고 호소한다.',
  '생성형 인공지능 수요가 늘면서 그래픽처리장치 확보 경쟁도 치열해졌다.',
  '{P}{와} {P2}{는} 가격을 낮추며 고객 유치에 나섰다.',
  '해외 정부가 국내 데이터에 접근할 수 있다는 우려는 여전히 남아 있다.',
  '상·중·하 등급 체계는 시스템의 중요도에 따라 요구하는 보안 수준을 달리한다.',
  '일각에서는 국내 사업자 보호가 지나치다는 비판도 나온다.',
  '데이터센터의 전력 수요가 지역 전력망에 부담을 준다는 지적도 있다.',
  '업계는 하 등급 시스템부터 민간 클라우드 이용이 빠르게 늘 것으로 내다봤다.',
  '{P}{는} 공공 부문 전담 조직을 새로 꾸렸다.',
  '클라우드 관리 서비스 사업자들도 공공 사업 수주에 공을 들이고 있다.',
  '지방자치단체들은 예산 문제로 전환 시기를 저울질하고 있다.',
  '{Y}년 들어 인공지능 서비스용 인프라 투자가 눈에 띄게 늘었다.',
  '보안 인증을 받은 서비스 목록은 분기마다 갱신된다.',
  '국회에서는 인증 제도를 손질하는 법안이 잇따라 발의됐다.',
  '{P}{는} 국내 고객을 위해 한국어 기술 지원을 강화하겠다고 밝혔다.',
  '금융권도 망 분리 규제 완화에 맞춰 클라우드 도입을 검토하고 있다.',
  '시장조사업체들은 국내 클라우드 시장이 해마다 두 자릿수 성장할 것으로 본다.',
] as const;

/** English filler with the same slots. */
export const FILLER_EN = [
  'Public agencies have moved to the cloud more slowly than the original plan foresaw.',
  'Analysts say the question of data sovereignty has to be settled before the market can grow.',
  'A spokesperson for {P} said the company was concentrating on meeting the security requirements.',
  'The government intends to move a large share of its administrative systems to private clouds by {Y}.',
  'Opinions in the industry are divided over foreign providers entering the public market.',
  'Smaller software firms complain that certification takes too much money and time.',
  'Demand for generative AI has sharpened the race to secure graphics processors.',
  '{P} and {P2} have cut prices to win customers.',
  'Concerns remain that foreign governments could reach data stored in Korea.',
  'The three-tier grading ties the required security level to how critical a system is.',
  'Some critics argue that the protection of domestic providers goes too far.',
  'The power demand of new data centres is straining regional grids.',
  'The industry expects private cloud use to grow fastest among low-grade systems.',
  '{P} has set up a new team dedicated to the public sector.',
  'Managed service providers are also bidding for public cloud projects.',
  'Local governments are weighing the timing of the move against their budgets.',
  'Investment in infrastructure for AI services rose noticeably in {Y}.',
  'The list of certified services is updated every quarter.',
  'Lawmakers have proposed several bills to revise the certification scheme.',
  'Financial firms are studying cloud adoption as network separation rules are relaxed.',
] as const;

export const OUTLETS = ['디지털경제신문', '클라우드타임스', '테크브리프', '공공IT저널', 'Korea Tech Review', 'Seoul Business Daily', 'Asia Cloud Report', 'Policy Wire'] as const;

export const AUTHORS = ['김서연', '이도윤', '박지호', '최하은', '정민준', 'Jane Park', 'Daniel Cho', 'Mira Han', 'Alex Kim'] as const;

/** Words for generated provider names (한빛 + 클라우드 -> 한빛클라우드 / Hanbit Cloud). */
export const PROVIDER_STEMS = [
  ['한빛', 'Hanbit'], ['새롬', 'Saerom'], ['누리', 'Nuri'], ['미르', 'Mir'], ['가온', 'Gaon'], ['다온', 'Daon'],
  ['하늘', 'Haneul'], ['온빛', 'Onbit'], ['바른', 'Bareun'], ['초록', 'Chorok'], ['은하', 'Eunha'], ['아라', 'Ara'],
  ['소담', 'Sodam'], ['해솔', 'Haesol'], ['라온', 'Raon'], ['다솜', 'Dasom'], ['별빛', 'Byeolbit'], ['푸른', 'Pureun'],
  ['늘봄', 'Neulbom'], ['한결', 'Hangyeol'],
] as const;
export const PROVIDER_SUFFIXES = [
  ['클라우드', 'Cloud', 'csp'], ['데이터', 'Data', 'msp'], ['AI', 'AI', 'ai'], ['시스템즈', 'Systems', 'msp'], ['네트웍스', 'Networks', 'other'],
  ['인프라', 'Infra', 'csp'], ['랩스', 'Labs', 'ai'], ['테크', 'Tech', 'other'], ['컴퓨팅', 'Computing', 'csp'], ['소프트', 'Soft', 'msp'],
] as const;

/** Sectors and measures that make the generated attributes (금융 부문 매출 / Finance revenue). */
export const SECTORS = [
  ['공공', 'Public sector'], ['금융', 'Finance'], ['의료', 'Healthcare'], ['교육', 'Education'], ['제조', 'Manufacturing'],
  ['유통', 'Retail'], ['게임', 'Gaming'], ['국방', 'Defence'],
] as const;
export const MEASURES = [
  ['매출', 'revenue', 'quantity', 'KRW'], ['이용자 수', 'users', 'quantity', 'persons'], ['서버 수', 'servers', 'quantity', 'count'],
  ['점유율', 'share', 'quantity', 'ratio'], ['협력 사업', 'partnerships', 'text', undefined], ['투자액', 'investment', 'quantity', 'KRW'],
] as const;

/** Tag areas and topics: 10 x 30 hierarchical names (`regulation/CSAP`). */
export const TAG_AREAS = ['regulation', 'market', 'ai', 'security', 'public-sector', 'infrastructure', 'policy', 'finance', 'people', 'region'] as const;
export const TAG_TOPICS = [
  'CSAP', 'CLOUD-Act', 'GPU', 'data-centre', 'sovereignty', 'MAU', 'revenue', 'partnership', 'pricing', 'procurement',
  '상등급', '중등급', '하등급', '공공기관', '지자체', '금융권', '망분리', '인증', '투자', '점유율',
  'hyperscaler', 'MSP', 'SaaS', 'edge', 'energy', 'talent', 'export', 'startup', 'open-source', 'outlook',
] as const;

export const TAG_COLOURS = ['#2563eb', '#16a34a', '#dc2626', '#9333ea', '#ea580c', '#0891b2', '#4d7c0f', '#be185d', '#475569', '#ca8a04'] as const;

export const GRADES = ['상', '중', '하'] as const;

/** Words and phrases for the 200 benchmark queries beyond the provider names. */
export const QUERY_WORDS_KO = ['클라우드는', '점유율은', '데이터센터를', '보안인증을', '공공기관의', '인공지능', '투자하겠다고', '이용자는', '그래픽처리장치', '등급을', '시장에서', '매출은', '전력망에', '지방자치단체들은', '민간', '규제', '관계자는', '정부는', '법안이', '가격을'] as const;
export const QUERY_WORDS_EN = ['cloud', 'market', 'certification', 'sovereignty', 'graphics', 'investment', 'revenue', 'public', 'grade', 'security', 'data', 'users', 'partnership', 'government', 'providers', 'budget', 'lawmakers', 'spokesperson', 'infrastructure', 'quarter'] as const;
export const QUERY_PHRASES = ['"public sector"', '"데이터 주권"', '"보안 요건"', '"cloud market"', '"graphics processors"', '"공공 클라우드"', '"security certification"', '"새 데이터센터"', '"AI research"', '"클라우드 보안인증"'] as const;
