/**
 * Builds the benchmark library: articles in Korean and English written from
 * the project's vocabulary, claims anchored on real offsets of the sentences
 * that state them (describeRange), the starter providers and attributes plus
 * generated ones, hierarchical tags, and briefings (one large enough to print
 * to about thirty pages). Pure and deterministic for a given option set.
 */
import type { Article, Attribute, Briefing, BriefingSection, Claim, ClaimValue, LibraryData, Provider, Tag } from '@shared/domain';
import { STARTER_ATTRIBUTES } from '@shared/registry/attributes';
import { STARTER_PROVIDERS } from '@shared/registry/providers';
import { describeRange } from '@shared/text/anchor';
import { contentHash } from '@shared/text/normalize';
import { createRng, type Rng } from './rng';
import {
  AUTHORS,
  CITIES,
  FILLER_EN,
  FILLER_KO,
  GRADES,
  JURISDICTIONS,
  MEASURES,
  OUTLETS,
  PROVIDER_STEMS,
  PROVIDER_SUFFIXES,
  SECTORS,
  TAG_AREAS,
  TAG_COLOURS,
  TAG_TOPICS,
  day,
  josa,
  quantityFor,
  type Day,
} from './vocabulary';

/** What to generate. Defaults are the issue's research-library scale. */
export interface LibraryOptions {
  articles: number;
  claims: number;
  providers: number;
  attributes: number;
  tags: number;
  briefings: number;
  /** Characters each article aims for (it stops at the first sentence past this). */
  articleChars: number;
  /** Claims cited by the large briefing (about 30 printed pages at the default). */
  bigBriefingClaims: number;
  seed: number;
  /** Prefix of every generated id, so two generated libraries never collide. */
  idPrefix: string;
}

export const DEFAULT_OPTIONS: LibraryOptions = {
  articles: 10_000,
  claims: 100_000,
  providers: 60,
  attributes: 50,
  tags: 300,
  briefings: 20,
  articleChars: 3_000,
  bigBriefingClaims: 150,
  seed: 20_241_202,
  idPrefix: 'bench',
};

/** Every timestamp in the library is derived from the article date, so output never depends on the clock. */
const stamp = (iso: string, hour = 9) => `${iso}T${String(hour).padStart(2, '0')}:00:00.000Z`;

function makeProviders(rng: Rng, count: number): Provider[] {
  const out = STARTER_PROVIDERS.slice(0, count).map((p) => structuredClone(p));
  for (let i = 0; out.length < count; i++) {
    const [stemKo, stemEn] = PROVIDER_STEMS[i % PROVIDER_STEMS.length]!;
    const [sufKo, sufEn, kind] = PROVIDER_SUFFIXES[Math.floor(i / PROVIDER_STEMS.length) % PROVIDER_SUFFIXES.length]!;
    const round = Math.floor(i / (PROVIDER_STEMS.length * PROVIDER_SUFFIXES.length));
    const ko = `${stemKo}${sufKo}${round ? round + 1 : ''}`;
    const en = `${stemEn} ${sufEn}${round ? ` ${round + 1}` : ''}`;
    const foreign = rng.chance(0.2);
    out.push({
      id: `prov-gen-${String(i + 1).padStart(3, '0')}`,
      name: { ko, en },
      aliases: [ko, en, `${stemKo} ${sufKo}`],
      origin: foreign ? 'foreign' : 'domestic',
      country: foreign ? rng.pick(['US', 'JP', 'DE', 'SG']) : 'KR',
      kind,
    });
  }
  return out;
}

function makeAttributes(count: number): Attribute[] {
  const out = STARTER_ATTRIBUTES.slice(0, count).map((a) => structuredClone(a));
  for (let i = 0; out.length < count; i++) {
    const [secKo, secEn] = SECTORS[i % SECTORS.length]!;
    const [mKo, mEn, valueType, unit] = MEASURES[Math.floor(i / SECTORS.length) % MEASURES.length]!;
    const round = Math.floor(i / (SECTORS.length * MEASURES.length));
    out.push({
      id: `attr-gen-${String(i + 1).padStart(3, '0')}`,
      name: { ko: `${secKo} 부문 ${mKo}${round ? ` ${round + 1}` : ''}`, en: `${secEn} ${mEn}${round ? ` ${round + 1}` : ''}` },
      valueType,
      ...(unit ? { unit } : {}),
      description: `Generated benchmark attribute: ${secEn.toLowerCase()} ${mEn}.`,
    });
  }
  return out;
}

function makeTags(count: number): Tag[] {
  const out: Tag[] = [];
  for (let i = 0; out.length < count; i++) {
    const area = TAG_AREAS[i % TAG_AREAS.length]!;
    const topic = TAG_TOPICS[Math.floor(i / TAG_AREAS.length) % TAG_TOPICS.length]!;
    const round = Math.floor(i / (TAG_AREAS.length * TAG_TOPICS.length));
    out.push({ id: `tag-bench-${String(i + 1).padStart(3, '0')}`, name: `${area}/${topic}${round ? `-${round + 1}` : ''}`, color: TAG_COLOURS[i % TAG_COLOURS.length]! });
  }
  return out;
}

/** A sentence and, when it states a claim, the claim's content. */
interface Sentence {
  text: string;
  claim?: { value: ClaimValue; statement: string; asOf?: string; providerIds: string[]; attributeId: string };
}

const alias = (rng: Rng, p: Provider, lang: 'ko' | 'en') => {
  const fit = p.aliases.filter((a) => (lang === 'ko' ? /[가-힣]/.test(a) : !/[가-힣]/.test(a)));
  return rng.pick(fit.length ? fit : p.aliases);
};

/** Fills `{P}`, `{P2}`, `{Y}` and the Korean particle slots `{는}`, `{와}` after a name. */
function fillFiller(rng: Rng, template: string, providers: Provider[], lang: 'ko' | 'en'): string {
  const p = alias(rng, rng.pick(providers), lang);
  const p2 = alias(rng, rng.pick(providers), lang);
  return template
    .replace('{P}{와}', josa(p, '과/와'))
    .replace('{P2}{는}', josa(p2, '은/는'))
    .replace('{P}{는}', josa(p, '은/는'))
    .replace('{P2}', p2)
    .replace('{P}', p)
    .replace('{Y}', String(rng.int(2024, 2030)));
}

/** A sentence stating `attribute` of `provider`, with the value the claim records. */
function claimSentence(rng: Rng, provider: Provider, attribute: Attribute, other: Provider, lang: 'ko' | 'en'): Sentence {
  const p = alias(rng, provider, lang);
  const d: Day = day(rng);
  const name = lang === 'ko' ? provider.name.ko || provider.name.en : provider.name.en || provider.name.ko;
  const attrName = lang === 'ko' ? attribute.name.ko : attribute.name.en;
  const providerIds = [provider.id];
  let text: string;
  let value: ClaimValue;
  const id = attribute.id;
  if (attribute.valueType === 'category') {
    const g = rng.pick(attribute.categories?.length ? attribute.categories : GRADES);
    text = lang === 'ko' ? `${josa(p, '은/는')} ${d.ko} 클라우드 보안인증(CSAP) '${g}' 등급을 받았다.` : `${p} received the '${g}' grade of the CSAP cloud security certification on ${d.en}.`;
    value = { kind: 'category', category: g };
  } else if (attribute.valueType === 'date') {
    text = lang === 'ko' ? `${josa(p, '은/는')} ${d.ko}에 공공 클라우드 보안인증을 획득했다고 발표했다.` : `${p} announced that it obtained the public cloud security certification on ${d.en}.`;
    value = { kind: 'date', date: d.iso };
  } else if (attribute.valueType === 'quantity') {
    const q = quantityFor(rng, attribute.unit ?? 'count', lang);
    value = { kind: 'quantity', amount: q.amount, unit: q.unit, original: q.text };
    if (lang === 'en') {
      text =
        id === 'attr-market-share' ? `As of ${d.en}, ${p} held ${q.text} of the Korean cloud market.`
        : id === 'attr-ai-rnd-investment' ? `${p} plans to invest ${q.text} in AI research and development.`
        : id === 'attr-mau' ? `${p} counts ${q.text} as monthly active users.`
        : id === 'attr-gpu-count' ? `${p} will bring in ${q.text} of graphics processors for AI workloads.`
        : `${p} reported ${attrName.toLowerCase()} of ${q.text} as of ${d.en}.`;
    } else {
      text =
        id === 'attr-market-share' ? `${d.ko} 기준 국내 클라우드 시장에서 ${p}의 점유율은 ${josa(q.text, '으로/로')} 집계됐다.`
        : id === 'attr-ai-rnd-investment' ? `${josa(p, '은/는')} 인공지능 연구개발에 ${josa(q.text, '을/를')} 투자하겠다고 밝혔다.`
        : id === 'attr-revenue' ? `${p}의 ${d.year}년 클라우드 매출은 ${josa(q.text, '으로/로')} 전년보다 늘었다.`
        : id === 'attr-mau' ? `${p}의 월간 활성 이용자는 ${q.text}에 이른다.`
        : id === 'attr-gpu-count' ? `${josa(p, '은/는')} 그래픽처리장치(GPU) ${josa(q.text, '을/를')} 추가로 들여오기로 했다.`
        : `${d.ko} 기준 ${p}의 ${josa(attrName, '은/는')} ${josa(q.text, '으로/로')} 나타났다.`;
    }
  } else {
    // Text attributes: where, under which law, with whom.
    if (id === 'attr-datacenter-location') {
      const c = rng.pick(CITIES);
      text = lang === 'ko' ? `${josa(p, '은/는')} ${c.ko}에 새 데이터센터를 열 예정이다.` : `${p} will open a new data centre in ${c.en}.`;
      value = { kind: 'text', text: lang === 'ko' ? c.ko : c.en };
    } else if (id === 'attr-hq-jurisdiction') {
      const j = rng.pick(JURISDICTIONS);
      text = lang === 'ko' ? `${p}의 본사는 ${j.ko}에 있어 ${j.law.ko} 적용 여부가 거론된다.` : `${p} has its headquarters in ${j.en}, which raises the question of ${j.law.en}.`;
      value = { kind: 'text', text: lang === 'ko' ? j.ko : j.en };
    } else {
      const o = alias(rng, other, lang);
      text = lang === 'ko' ? `${josa(p, '은/는')} ${josa(o, '과/와')} ${attrName} 분야에서 손을 잡았다.` : `${p} has teamed up with ${o} on ${attrName.toLowerCase()}.`;
      value = { kind: 'text', text: lang === 'ko' ? other.name.ko : other.name.en };
      if (other.id !== provider.id) providerIds.push(other.id);
    }
  }
  const shown = value.kind === 'quantity' ? value.original : value.kind === 'category' ? value.category : value.kind === 'date' ? value.date : value.text;
  return { text, claim: { value, statement: `${name} — ${attrName}: ${shown}`, asOf: d.iso, providerIds, attributeId: attribute.id } };
}

function title(rng: Rng, p: Provider, lang: 'ko' | 'en', n: number): string {
  const a = alias(rng, p, lang);
  const topics = lang === 'ko' ? ['공공 클라우드 공략', 'AI 인프라 투자 확대', '보안인증 획득', '데이터센터 증설', '시장 점유율 경쟁'] : ['pushes into the public cloud', 'expands AI infrastructure', 'wins security certification', 'adds data centres', 'fights for market share'];
  return lang === 'ko' ? `${a}, ${rng.pick(topics)} (${n})` : `${a} ${rng.pick(topics)} (${n})`;
}

/** Generates the whole library. Claim cells (provider x attribute) are dealt evenly, so every cell has evidence. */
export function generateLibrary(partial: Partial<LibraryOptions> = {}): LibraryData {
  const o: LibraryOptions = { ...DEFAULT_OPTIONS, ...partial };
  const rng = createRng(o.seed);
  const providers = makeProviders(rng, o.providers);
  const attributes = makeAttributes(o.attributes);
  const tags = makeTags(o.tags);
  const cells = providers.length * attributes.length;
  const dealt = rng.shuffle(Array.from({ length: o.claims }, (_, k) => k % cells));
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const articles: Article[] = [];
  const claims: Claim[] = [];
  let nextClaim = 0;

  for (let i = 0; i < o.articles; i++) {
    const lang: 'ko' | 'en' = rng.chance(0.7) ? 'ko' : 'en';
    const id = `${o.idPrefix}-art-${pad(i + 1, 6)}`;
    const due = Math.floor(((i + 1) * o.claims) / o.articles) - Math.floor((i * o.claims) / o.articles);
    const stated: Sentence[] = [];
    for (let k = 0; k < due; k++) {
      const cell = dealt[nextClaim + k]!;
      const provider = providers[cell % providers.length]!;
      stated.push(claimSentence(rng, provider, attributes[Math.floor(cell / providers.length)]!, rng.pick(providers), lang));
    }
    nextClaim += due;
    // Interleave claim sentences with filler until the article reaches its length.
    let text = '';
    let inParagraph = 0;
    const anchors: { start: number; end: number; s: Sentence }[] = [];
    const filler = lang === 'ko' ? FILLER_KO : FILLER_EN;
    while (stated.length || text.length < o.articleChars) {
      const s: Sentence = stated.length && (rng.chance(0.45) || text.length >= o.articleChars) ? stated.shift()! : { text: fillFiller(rng, rng.pick(filler), providers, lang) };
      if (text) text += inParagraph >= 5 ? '\n\n' : ' ';
      inParagraph = inParagraph >= 5 ? 0 : inParagraph + 1;
      if (s.claim) anchors.push({ start: text.length, end: text.length + s.text.length, s });
      text += s.text;
    }
    const published = day(rng);
    const main = providers[dealt[Math.max(0, nextClaim - 1)]! % providers.length] ?? providers[0]!;
    const articleTags = Array.from({ length: rng.int(0, 3) }, () => rng.pick(tags).id).filter((t, k, all) => all.indexOf(t) === k);
    articles.push({
      id,
      title: title(rng, main, lang, i + 1),
      outlet: rng.pick(OUTLETS),
      author: rng.pick(AUTHORS),
      publishedAt: published.iso,
      url: `https://news.example/bench/${id}`,
      language: lang,
      text,
      contentHash: contentHash(text),
      source: { kind: 'paste' },
      tagIds: articleTags,
      createdAt: stamp(published.iso, 9),
      updatedAt: stamp(published.iso, 10),
    });
    for (const a of anchors) {
      const c = a.s.claim!;
      claims.push({
        id: `${o.idPrefix}-clm-${pad(claims.length + 1, 7)}`,
        articleId: id,
        target: describeRange(text, a.start, a.end),
        statement: c.statement,
        providerIds: c.providerIds,
        attributeId: c.attributeId,
        value: c.value,
        ...(c.asOf ? { asOf: { start: c.asOf } } : {}),
        status: rng.pick(['unverified', 'verified', 'verified', 'disputed', 'outdated'] as const),
        confidence: rng.pick(['low', 'medium', 'high'] as const),
        tagIds: rng.chance(0.5) ? [rng.pick(tags).id] : [],
        note: rng.chance(0.2) ? '교차 확인 필요 / needs a second source' : '',
        author: rng.pick(AUTHORS),
        createdAt: stamp(published.iso, 11),
        updatedAt: stamp(published.iso, 12),
      });
    }
  }
  return { articles, claims, tags, providers, attributes, briefings: makeBriefings(rng, o, claims, providers, attributes) };
}

/** Briefings: the first cites `bigBriefingClaims` claims with long text sections (about 30 pages); the rest are short. */
function makeBriefings(rng: Rng, o: LibraryOptions, claims: Claim[], providers: Provider[], attributes: Attribute[]): Briefing[] {
  const out: Briefing[] = [];
  for (let b = 0; b < o.briefings; b++) {
    const big = b === 0;
    const cited = big ? o.bigBriefingClaims : rng.int(5, 25);
    const sections: BriefingSection[] = [];
    const chunks = big ? 8 : 2;
    for (let s = 0; s < chunks; s++) {
      const paragraphs = Array.from({ length: big ? 6 : 2 }, () =>
        Array.from({ length: 5 }, () => fillFiller(rng, rng.pick(FILLER_KO), providers, 'ko')).join(' '),
      );
      sections.push({ id: `sec-${b}-t${s}`, kind: 'text', title: `배경 ${s + 1}`, markdown: paragraphs.join('\n\n') });
      const ids = Array.from({ length: Math.ceil(cited / chunks) }, () => claims[rng.int(0, Math.max(0, claims.length - 1))]?.id).filter((x): x is string => !!x);
      sections.push({ id: `sec-${b}-c${s}`, kind: 'claims', title: `근거 ${s + 1}`, claimIds: [...new Set(ids)] });
    }
    const someProviders = providers.slice(0, 12).map((p) => p.id);
    sections.push({ id: `sec-${b}-m`, kind: 'compare', title: '사업자 비교', view: { providerIds: someProviders, attributeIds: attributes.slice(0, 6).map((a) => a.id) } });
    const quantity = attributes.find((a) => a.valueType === 'quantity');
    if (quantity) sections.push({ id: `sec-${b}-g`, kind: 'chart', title: '점유율', attributeId: quantity.id, providerIds: someProviders });
    const date = `2025-${String((b % 12) + 1).padStart(2, '0')}-15`;
    out.push({
      id: `${o.idPrefix}-brief-${String(b + 1).padStart(3, '0')}`,
      title: big ? '국내 클라우드 시장 종합 브리핑 (벤치마크)' : `클라우드 동향 브리핑 ${b + 1}`,
      subtitle: 'Generated for the benchmark',
      author: rng.pick(AUTHORS),
      organisation: 'Dossier bench',
      date,
      summary: Array.from({ length: 3 }, () => fillFiller(rng, rng.pick(FILLER_KO), providers, 'ko')).join(' '),
      sections,
      pageSize: 'A4',
      createdAt: stamp(date, 8),
      updatedAt: stamp(date, 9),
    });
  }
  return out;
}
