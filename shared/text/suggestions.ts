/**
 * Suggests claims from an article: sentences that name a provider and state a
 * quantity, a date or a CSAP grade, with a guess at the attribute and value.
 * Suggestions only pre-fill the claim form; the researcher confirms each one.
 * Output is deterministic (same text, same suggestions, same ids), so a
 * suggestion dismissed once can be remembered by id.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AsOf, Attribute, ClaimValue, Id, Provider } from '../domain';
import { findProviderMentions, type ProviderMention } from './aliases';
import { findDates, type DateMatch } from './dates';
import { findQuantities, type QuantityMatch } from './quantity';
import { splitSentences } from './sentences';

/** A claim the text seems to make. Offsets are UTF-16 code units into the article text. */
export interface Suggestion {
  /** Stable for the same text: a hash of the quote offsets, attribute, providers and sentence. */
  id: string;
  sentence: string;
  start: number;
  end: number;
  providerIds: Id[];
  attributeId?: Id;
  value?: ClaimValue;
  asOf?: AsOf;
  /** The passage to quote: the provider mention through the value, or the whole sentence. */
  quote: { start: number; end: number };
}

export interface SuggestOptions {
  /** Publication date (`YYYY-MM-DD`), to resolve relative dates such as 지난 2일. */
  reference?: string;
}

const CURRENCIES = new Set(['KRW', 'USD', 'EUR', 'CNY', 'JPY']);

interface Found {
  qs: QuantityMatch[];
  ds: DateMatch[];
  grades: unknown[];
}

interface Rule {
  attributeId: Id;
  test: RegExp;
  /** Also required (e.g. a currency amount for investment). */
  needs?: (f: Found) => boolean;
}

// Order matters: the first rule whose keywords match decides.
const RULES: Rule[] = [
  { attributeId: 'attr-csap-grade', test: /CSAP|보안\s?인증|인증/, needs: (f) => f.grades.length > 0 },
  {
    attributeId: 'attr-csap-certified',
    test: /(?:CSAP|보안\s?인증)[\s\S]*(?:통과|획득|취득|받았|받은|받아|certif)/i,
    needs: (f) => f.ds.some((d) => d.precision === 'day'),
  },
  { attributeId: 'attr-market-share', test: /점유율|시장\s?점유|market share|\bshare\b/i, needs: (f) => f.qs.some((x) => x.unit === 'ratio') },
  { attributeId: 'attr-mau', test: /MAU|월간\s?활성\s?이용자|이용자|사용자|\busers\b/i, needs: (f) => f.qs.some((x) => x.unit === 'persons') },
  { attributeId: 'attr-gpu-count', test: /GPU|그래픽\s?처리\s?장치/i, needs: (f) => f.qs.some((x) => x.unit === 'count') },
  { attributeId: 'attr-revenue', test: /매출|revenue|\bsales\b/i, needs: (f) => f.qs.some((x) => CURRENCIES.has(x.unit)) },
  { attributeId: 'attr-ai-rnd-investment', test: /투자|invest/i, needs: (f) => f.qs.some((x) => CURRENCIES.has(x.unit)) },
  { attributeId: 'attr-datacenter-location', test: /데이터\s?센터|data\s?cent(?:er|re)/i },
  { attributeId: 'attr-hq-jurisdiction', test: /본사|지분|모회사|미국\s?기업|headquarter|parent company/i },
  { attributeId: 'attr-partnership', test: /협력|MOU|업무\s?협약|제휴|partnership|공동\s?투자/i },
];

/** A CSAP grade named for a provider (하 등급), not the list of grades (상·중·하 등급). */
const GRADE = /(?<![·ㆍ・,/\w가-힣])['‘"“]?(상|중|하)['’"”]?\s?등급/g;

function findGrades(text: string, start: number, end: number): { category: string; start: number; end: number }[] {
  const out: { category: string; start: number; end: number }[] = [];
  const slice = text.slice(start, end);
  GRADE.lastIndex = 0;
  for (let m = GRADE.exec(slice); m; m = GRADE.exec(slice)) {
    out.push({ category: m[1]!, start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

function within<T extends { start: number; end: number }>(items: T[], start: number, end: number): T[] {
  return items.filter((x) => x.start >= start && x.end <= end);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The date nearest the value (news ledes open with the reporting day, which is rarely the fact's date). */
function asOfFrom(dates: DateMatch[], near?: { start: number; end: number }): AsOf | undefined {
  const gap = (d: DateMatch) => (near ? Math.max(near.start - d.end, d.start - near.end, 0) : 0);
  const d = [...dates].sort((a, b) => gap(a) - gap(b) || a.start - b.start)[0];
  if (!d) return undefined;
  return d.until ? { start: d.date, end: d.until } : { start: d.date };
}

function quantityValue(q: QuantityMatch): ClaimValue {
  return { kind: 'quantity', amount: q.amount, ...(q.amountMax !== undefined ? { amountMax: q.amountMax } : {}), unit: q.unit, original: q.original };
}

function fits(attribute: Attribute | undefined, q: QuantityMatch): boolean {
  if (!attribute?.unit) return true;
  if (attribute.unit === 'KRW') return CURRENCIES.has(q.unit);
  return attribute.unit === q.unit;
}

function makeId(start: number, end: number, attributeId: string | undefined, providerIds: Id[], sentence: string): string {
  const key = `${start}:${end}:${attributeId ?? ''}:${providerIds.join(',')}:${sentence}`;
  return `sug-${bytesToHex(sha256(utf8ToBytes(key))).slice(0, 16)}`;
}

/**
 * Claim suggestions for `text`, in text order. Only attributes present in
 * `attributes` are guessed; a sentence whose attribute cannot be guessed is
 * still suggested, with its first amount as the value.
 */
export function suggestClaims(text: string, providers: readonly Provider[], attributes: readonly Attribute[], opts: SuggestOptions = {}): Suggestion[] {
  const mentions = findProviderMentions(text, providers);
  if (!mentions.length) return [];
  const quantities = findQuantities(text);
  const dates = findDates(text, opts.reference ? { reference: opts.reference } : {});
  const attrById = new Map(attributes.map((a) => [a.id, a]));
  const out: Suggestion[] = [];

  for (const s of splitSentences(text)) {
    const ms = within(mentions, s.start, s.end);
    if (!ms.length) continue;
    const qs = within(quantities, s.start, s.end);
    const ds = within(dates, s.start, s.end);
    const grades = findGrades(text, s.start, s.end);
    if (!qs.length && !ds.length && !grades.length) continue;
    const sentence = text.slice(s.start, s.end);
    const rule = RULES.find((r) => attrById.has(r.attributeId) && r.test.test(sentence) && (!r.needs || r.needs({ qs, ds, grades })));
    const attribute = rule ? attrById.get(rule.attributeId) : undefined;
    const emit = (
      providerIds: Id[],
      value: ClaimValue | undefined,
      quote: { start: number; end: number },
      valueRange?: { start: number; end: number },
      dateScope: { start: number; end: number } = s,
    ) => {
      const otherDates = ds.filter(
        (d) => d.start >= dateScope.start && d.end <= dateScope.end && (!valueRange || d.end <= valueRange.start || d.start >= valueRange.end),
      );
      const asOf = asOfFrom(otherDates, valueRange);
      out.push({
        id: makeId(quote.start, quote.end, attribute?.id, providerIds, sentence),
        sentence,
        start: s.start,
        end: s.end,
        providerIds,
        ...(attribute ? { attributeId: attribute.id } : {}),
        ...(value ? { value } : {}),
        ...(asOf ? { asOf } : {}),
        quote,
      });
    };
    const whole = { start: s.start, end: s.end };
    const allProviders = unique(ms.map((m) => m.providerId));

    if (attribute?.valueType === 'quantity' || !attribute) {
      const candidates = qs.filter((q) => fits(attribute, q));
      const pairs = pairMentions(ms, candidates);
      if (pairs.length) {
        // Each pair takes its dates from its own stretch of the sentence: in "지난해 네이버가 1조원,
        // 오픈AI는 한 해 10조 원" the year belongs to Naver's figure only.
        pairs.forEach(({ mention, q }, i) => {
          const scope = { start: i === 0 ? s.start : mention.start, end: pairs[i + 1]?.mention.start ?? s.end };
          emit([mention.providerId], quantityValue(q), { start: Math.min(mention.start, q.start), end: Math.max(mention.end, q.end) }, q, scope);
        });
      } else if (candidates[0] || !attribute) {
        const q = candidates[0];
        emit(allProviders, q ? quantityValue(q) : undefined, whole, q);
      }
      continue;
    }
    if (attribute.valueType === 'category') {
      const g = grades[0]!;
      emit(allProviders, { kind: 'category', category: g.category }, whole, g);
      continue;
    }
    if (attribute.valueType === 'date') {
      // The date the value names is the fact itself, so "as of" stays empty rather than repeating it.
      const d = ds.find((x) => x.precision === 'day');
      emit(allProviders, d ? { kind: 'date', date: d.date } : undefined, whole, d, { start: 0, end: 0 });
      continue;
    }
    emit(allProviders, undefined, whole);
  }
  return out;
}

/**
 * Pairs each provider mention with the first fitting amount after it and before
 * the next different provider: "네이버가 1조원을 … 오픈AI는 10조 원을" gives two
 * claims, not one with two providers.
 */
function pairMentions(ms: ProviderMention[], qs: QuantityMatch[]): { mention: ProviderMention; q: QuantityMatch }[] {
  const pairs: { mention: ProviderMention; q: QuantityMatch }[] = [];
  const used = new Set<QuantityMatch>();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    let next = i + 1;
    while (next < ms.length && ms[next]!.providerId === m.providerId) next++;
    if (i > 0 && ms[i - 1]!.providerId === m.providerId) continue; // same provider named twice in a row: (AWS) after 아마존웹서비스
    const limit = next < ms.length ? ms[next]!.start : Infinity;
    const q = qs.find((x) => x.start >= m.end && x.start < limit && !used.has(x));
    if (q) {
      used.add(q);
      pairs.push({ mention: m, q });
    }
  }
  return pairs;
}
