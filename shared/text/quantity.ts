/**
 * Finds amounts in Korean and English text and normalises them, keeping the
 * original wording and offsets so a researcher can check every number against
 * its source: `1조4600억원` → 1.46e12 KRW, `526만 명` → 5,260,000 persons,
 * `70%` → 0.7 ratio, `3~4일` → days 3 to 4.
 *
 * What is NOT an amount matters as much: years (`2019년`, `2019~2021년`), dates
 * (`12일`, `2024-12-02`), phone numbers, law articles (`제23조의2`, where 조 is
 * "article", not "trillion"), model names (`A100`) and bare version numbers.
 * Dates have their own finder in `./dates`.
 */
import type { QuantityValue } from '../domain';
import { nfc } from './normalize';

export { findDates, type DateMatch, type FindDatesOptions } from './dates';

/** One amount found in text. Offsets are UTF-16 code units into the text, end exclusive. */
export interface QuantityMatch {
  /** Exactly `text.slice(start, end)`. */
  original: string;
  /** Normalised to the base unit (KRW, not 억원; 0.7, not 70%). For a range, its low end. */
  amount: number;
  /** High end of a range (`3~4일` → 4). */
  amountMax?: number;
  /**
   * Normalised unit: `KRW`, `USD`, `EUR`, `CNY`, `JPY`, `persons`, `count`, `ratio`,
   * `ratio-points`, `times`, `days`, `months`, `years`, `hours`, `W`, `B` (bytes),
   * or `''` when the text scales a number (억, 조) without naming a unit.
   */
  unit: string;
  start: number;
  end: number;
}

interface Amount {
  value: number;
  end: number;
  /** Multiplier of the last Korean (만/억/조) or English (million...) scale word, 1 if none. */
  scale: number;
}

interface Unit {
  unit: string;
  factor: number;
  end: number;
  /** Needs a range or a duration word to count (일: `12일` is a date, `3~4일` is days). */
  dayLike?: boolean;
  yearLike?: boolean;
}

const NUM = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const SMALL: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };
const BIG: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };
const EN_SCALE = /\s?(thousand|million|billion|trillion)\b|(bn|mn|tn)(?![A-Za-z])/iy;
const EN_SCALE_VALUE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9, tn: 1e12 };
const HANGUL = /[\uac00-\ud7a3]/;
const SPACE = /[ \u00a0]/;

/**
 * Hangul that may follow a one-syllable Korean unit: particles and amount
 * qualifiers. Anything else means the syllable starts another word (원격, 장관,
 * 엔비디아), so it is not a unit.
 */
const UNIT_FOLLOWERS = [
  '은', '는', '이', '가', '을', '를', '의', '와', '과', '도', '만', '에', '로', '으로', '까지', '부터', '보다', '미만', '초과',
  '가량', '규모', '어치', '씩', '대', '당', '인', '였', '으며', '정도', '안팎', '내외', '수준', '꼴', '째', '간', '동안', '남짓', '가까이', '선', '짜리',
];

interface KoUnit {
  word: string;
  unit: string;
  factor: number;
  dayLike?: boolean;
  yearLike?: boolean;
}

// Longest first, so 개월 wins over 개 and %p over %.
const KO_UNITS: KoUnit[] = [
  { word: '퍼센트포인트', unit: 'ratio-points', factor: 0.01 },
  { word: '%포인트', unit: 'ratio-points', factor: 0.01 },
  { word: '%p', unit: 'ratio-points', factor: 0.01 },
  { word: '％p', unit: 'ratio-points', factor: 0.01 },
  { word: '퍼센트', unit: 'ratio', factor: 0.01 },
  { word: '%', unit: 'ratio', factor: 0.01 },
  { word: '％', unit: 'ratio', factor: 0.01 },
  { word: '개월', unit: 'months', factor: 1 },
  { word: '개사', unit: 'count', factor: 1 },
  { word: '개국', unit: 'count', factor: 1 },
  { word: '시간', unit: 'hours', factor: 1 },
  { word: '달러', unit: 'USD', factor: 1 },
  { word: '위안', unit: 'CNY', factor: 1 },
  { word: '유로', unit: 'EUR', factor: 1 },
  { word: '원', unit: 'KRW', factor: 1 },
  { word: '엔', unit: 'JPY', factor: 1 },
  { word: '명', unit: 'persons', factor: 1 },
  { word: '장', unit: 'count', factor: 1 },
  { word: '개', unit: 'count', factor: 1 },
  { word: '건', unit: 'count', factor: 1 },
  { word: '곳', unit: 'count', factor: 1 },
  { word: '배', unit: 'times', factor: 1 },
  { word: '일', unit: 'days', factor: 1, dayLike: true },
  { word: '년', unit: 'years', factor: 1, yearLike: true },
];

const EN_UNITS: { re: RegExp; unit: string; factor: number }[] = [
  { re: /won\b/iy, unit: 'KRW', factor: 1 },
  { re: /(?:US\s?)?dollars?\b|USD\b/iy, unit: 'USD', factor: 1 },
  { re: /KRW\b/y, unit: 'KRW', factor: 1 },
  { re: /euros?\b|EUR\b/iy, unit: 'EUR', factor: 1 },
  { re: /(?:users|people|persons|subscribers|customers|employees|members|visitors)\b/iy, unit: 'persons', factor: 1 },
  { re: /(?:GPUs?|units|servers|chips|accelerators|companies|firms|data ?cent(?:er|re)s)\b/iy, unit: 'count', factor: 1 },
  { re: /(?:percentage points?|pp)\b/iy, unit: 'ratio-points', factor: 0.01 },
  { re: /(?:percent|per cent)\b/iy, unit: 'ratio', factor: 0.01 },
  { re: /days?\b/iy, unit: 'days', factor: 1 },
  { re: /months?\b/iy, unit: 'months', factor: 1 },
  { re: /years?\b/iy, unit: 'years', factor: 1 },
  { re: /hours?\b/iy, unit: 'hours', factor: 1 },
  { re: /times\b/iy, unit: 'times', factor: 1 },
  { re: /kW\b/y, unit: 'W', factor: 1e3 },
  { re: /MW\b/y, unit: 'W', factor: 1e6 },
  { re: /GW\b/y, unit: 'W', factor: 1e9 },
  { re: /GB\b/y, unit: 'B', factor: 1e9 },
  { re: /TB\b/y, unit: 'B', factor: 1e12 },
  { re: /PB\b/y, unit: 'B', factor: 1e15 },
];

const CURRENCY_PREFIX: { re: RegExp; unit: string }[] = [
  { re: /US\s?\$\s?$/, unit: 'USD' },
  { re: /\$\s?$/, unit: 'USD' },
  { re: /₩\s?$/, unit: 'KRW' },
  { re: /€\s?$/, unit: 'EUR' },
  { re: /\bUSD\s?$/, unit: 'USD' },
  { re: /\bKRW\s?$/, unit: 'KRW' },
  { re: /\bEUR\s?$/, unit: 'EUR' },
];

/** Spans that look numeric but are never amounts. Numbers starting inside them are skipped. */
const MASKS: RegExp[] = [
  /\d{4}\s?[-./]\s?\d{1,2}(?:\s?[-./]\s?\d{1,2})?\.?(?!\d)/g, // 2024-12-02, 2024.12.02, 2024-10
  /\(?0\d{1,2}\)?[-\s.]?\d{3,4}[-.]\d{4}(?!\d)/g, // 02-123-4567, 010-1234-5678
  /\d{1,2}:\d{2}(?::\d{2})?/g, // 10:30
  /\d+(?:\.\d+){2,}/g, // 1.2.3 versions
  /제\s?\d+\s?조(?:\s?의\s?\d+)?(?:\s?제?\s?\d+\s?항)?(?:\s?제?\s?\d+\s?호)?/g, // 제23조의2 제1항
  /\d+조의\s?\d+/g,
  /\d+\s?조\s?제?\s?\d+\s?항/g,
];

const DURATION_AFTER_DAY = /[ \u00a0]?(?:간|동안|이내|째|만에|씩)/y;

function round(x: number): number {
  return Number(x.toPrecision(12));
}

function readNum(text: string, pos: number): { value: number; end: number } | null {
  NUM.lastIndex = pos;
  const m = NUM.exec(text);
  if (!m) return null;
  return { value: Number(m[0].replace(/,/g, '')), end: pos + m[0].length };
}

function skipOneSpace(text: string, pos: number): number {
  return pos < text.length && SPACE.test(text[pos]!) ? pos + 1 : pos;
}

/** A number with an optional small multiplier (5천) and the big scale word after it (만/억/조), if any. */
function readGroup(text: string, pos: number): { n: number; end: number; small: number; big?: number; bigEnd: number } | null {
  const num = readNum(text, pos);
  if (!num) return null;
  let end = num.end;
  const small = SMALL[text[end] ?? ''] ?? 1;
  if (small > 1) end++;
  const q = skipOneSpace(text, end);
  const big = BIG[text[q] ?? ''];
  return { n: num.value * small, end, small, ...(big !== undefined ? { big } : {}), bigEnd: big !== undefined ? q + 1 : end };
}

/** Reads `1조4600억`, `526만`, `5천만`, `1만3000`, `1.2 billion`, `13,000`. */
function readAmount(text: string, pos: number): Amount | null {
  const first = readNum(text, pos);
  if (!first) return null;
  EN_SCALE.lastIndex = first.end;
  const en = EN_SCALE.exec(text);
  if (en) {
    const scale = EN_SCALE_VALUE[(en[1] ?? en[2])!.toLowerCase()]!;
    return { value: first.value * scale, end: first.end + en[0].length, scale };
  }
  let g = readGroup(text, pos)!;
  if (g.big === undefined) return { value: g.n, end: g.end, scale: g.small };
  let total = 0;
  let lastBig: number;
  let end: number;
  for (;;) {
    const big = g.big!;
    total += g.n * big;
    lastBig = big;
    end = g.bigEnd;
    // The next group follows directly (1조4600억, 1만3000) or after one space when it carries
    // its own smaller scale word (1조 4600억). A bare number after a space is a new number
    // (1조 2024년), and a larger scale word after a smaller one is not Korean.
    const attached = readGroup(text, end);
    const spaced = attached ?? (skipOneSpace(text, end) > end ? readGroup(text, end + 1) : null);
    if (spaced && spaced.big !== undefined && spaced.big < lastBig) {
      g = spaced;
      continue;
    }
    if (attached && attached.big === undefined && attached.n < lastBig) {
      total += attached.n;
      end = attached.end;
    }
    break;
  }
  return { value: total, end, scale: lastBig };
}

function readUnit(text: string, pos: number): Unit | null {
  // Korean units follow the number directly or after one space; 여 marks "some" (1만여 명).
  let p = pos;
  if (text[p] === '여' && (HANGUL.test(text[p + 1] ?? '') || SPACE.test(text[p + 1] ?? ''))) p++;
  p = skipOneSpace(text, p);
  for (const u of KO_UNITS) {
    if (!text.startsWith(u.word, p)) continue;
    const end = p + u.word.length;
    if (HANGUL.test(u.word[u.word.length - 1]!) && HANGUL.test(text[end] ?? '') && !UNIT_FOLLOWERS.some((f) => text.startsWith(f, end))) {
      continue;
    }
    return { unit: u.unit, factor: u.factor, end, dayLike: u.dayLike, yearLike: u.yearLike };
  }
  // English units need whitespace (or nothing, for 10MW / 5GB) before them.
  let e = pos;
  while (e < text.length && SPACE.test(text[e]!) && e - pos < 2) e++;
  for (const u of EN_UNITS) {
    u.re.lastIndex = e;
    const m = u.re.exec(text);
    if (m) return { unit: u.unit, factor: u.factor, end: e + m[0].length };
  }
  return null;
}

function currencyBefore(text: string, pos: number): { unit: string; start: number } | null {
  const head = text.slice(Math.max(0, pos - 5), pos);
  for (const c of CURRENCY_PREFIX) {
    const m = c.re.exec(head);
    if (m) return { unit: c.unit, start: pos - m[0].length };
  }
  return null;
}

function maskedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of MASKS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

function startsNumber(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  if (/[\d.,]/.test(prev) && /\d/.test(text[i - 2] ?? '')) return false;
  if (/\d/.test(prev)) return false;
  if (/[\p{Script=Latin}_]/u.test(prev)) return false; // A100, H100, GPT4
  if (/['’‘]/.test(prev)) return false; // '24년
  if (prev === '제' || (SPACE.test(prev) && text[i - 2] === '제')) return false; // 제3자, 제 2차
  if (/[-/]/.test(prev) && /\d/.test(text[i - 2] ?? '')) return false;
  return true;
}

const RANGE_SEP = /[ \u00a0]?(?:[~∼〜～–—]|-(?!\d+-)|to\b)[ \u00a0]?/y;

interface Side {
  amount: Amount;
  unit: Unit | null;
  currency: { unit: string; start: number } | null;
}

function readSide(text: string, pos: number): Side | null {
  const amount = readAmount(text, pos);
  if (!amount) return null;
  return { amount, unit: readUnit(text, amount.end), currency: currencyBefore(text, pos) };
}

function unitOf(side: Side): { unit: string; factor: number } | null {
  if (side.unit) return side.unit;
  if (side.currency) return { unit: side.currency.unit, factor: 1 };
  return null;
}

interface Options {
  /** Accept `3일` and `5년` without a range or duration word (a value a person typed). */
  lenient?: boolean;
}

function scan(text: string, opts: Options): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  const masks = maskedSpans(text);
  let mi = 0;
  const digit = /\d/g;
  for (let m = digit.exec(text); m; m = digit.exec(text)) {
    const i = m.index;
    while (mi < masks.length && masks[mi]![1] <= i) mi++;
    const mask = masks[mi];
    if (mask && mask[0] <= i) {
      digit.lastIndex = mask[1];
      continue;
    }
    if (!startsNumber(text, i)) continue;
    const first = readSide(text, i);
    if (!first) continue;
    let end = first.unit ? first.unit.end : first.amount.end;
    digit.lastIndex = end;
    let second: Side | null = null;
    RANGE_SEP.lastIndex = end;
    const sep = RANGE_SEP.exec(text);
    if (sep) {
      const j = end + sep[0].length;
      const cur2 = currencyBefore(text, j + (text.startsWith('$', j) ? 1 : 0));
      const p2 = text.startsWith('$', j) ? j + 1 : j;
      const cand = /\d/.test(text[p2] ?? '') ? readSide(text, p2) : null;
      const u1 = unitOf(first);
      const u2 = cand ? (unitOf(cand) ?? (cur2 ? { unit: cur2.unit, factor: 1 } : null)) : null;
      const borrowed = cand && first.amount.scale === 1 && cand.amount.scale > 1 && !first.unit ? cand.amount.scale : 1;
      // A range runs upwards; "73~4일" is not one (more likely a typo), so it is not read as 73 to 4.
      if (cand && u2 && (!u1 || u1.unit === u2.unit) && first.amount.value * borrowed <= cand.amount.value) second = cand;
    }
    const unitSource = second ?? first;
    const unit = second ? (unitOf(second) ?? unitOf(first)) : unitOf(first);
    const unitInfo = unitSource.unit ?? first.unit;
    if (second) {
      end = second.unit ? second.unit.end : second.amount.end;
      digit.lastIndex = end;
    }
    let lo = first.amount.value;
    const hi = second?.amount.value;
    // "3~4만 명": a bare low end borrows the high end's scale word.
    if (second && first.amount.scale === 1 && second.amount.scale > 1 && !first.unit) lo *= second.amount.scale;

    if (unitInfo?.yearLike) {
      // 2019년, 2019~2021년 are years, never amounts; only short durations (5년) are.
      const big = Math.max(lo, hi ?? 0);
      if (big >= 1000 || !Number.isInteger(big) || first.amount.scale > 1) continue;
    }
    if (unitInfo?.dayLike && !second && !opts.lenient) {
      DURATION_AFTER_DAY.lastIndex = end;
      if (!DURATION_AFTER_DAY.exec(text)) continue; // 12일 is a date
    }

    let start = i;
    const cur = first.currency;
    if (cur) start = cur.start;
    if (unit) {
      out.push({
        original: text.slice(start, end),
        amount: round(lo * unit.factor),
        ...(hi !== undefined ? { amountMax: round(hi * unit.factor) } : {}),
        unit: unit.unit,
        start,
        end,
      });
    } else if (first.amount.scale >= 1e8 && !second) {
      // "매출 1조4600억": a scaled number with the unit left implicit; report it unit-less.
      out.push({ original: text.slice(start, end), amount: round(lo), unit: '', start, end });
    }
  }
  return out;
}

/** Every amount in `text`, in order. `text` should be NFC, as stored article text is. */
export function findQuantities(text: string): QuantityMatch[] {
  return scan(text, {});
}

/**
 * Parses one value a person typed (`1조4600억원`, `70%`, `3~4일`, `$10 billion`).
 * Returns null unless the whole input is one amount. A bare number takes
 * `defaultUnit` (the attribute's unit) when given; `3일` counts as days here.
 */
export function parseQuantity(original: string, defaultUnit?: string): QuantityValue | null {
  const text = nfc(original).trim();
  if (!text) return null;
  const found = scan(text, { lenient: true });
  if (found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length) {
    const f = found[0]!;
    const unit = f.unit || defaultUnit || '';
    return { kind: 'quantity', amount: f.amount, ...(f.amountMax !== undefined ? { amountMax: f.amountMax } : {}), unit, original: text };
  }
  if (defaultUnit !== undefined) {
    const amount = readAmount(text, 0);
    if (amount && amount.end === text.length) {
      return { kind: 'quantity', amount: round(amount.value), unit: defaultUnit, original: text };
    }
  }
  return null;
}
