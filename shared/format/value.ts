/**
 * Human display of claim values, in Korean or English.
 *
 * Values are stored normalised (`1조4600억원` → 1.46e12 `KRW`, `70%` → 0.7 `ratio`),
 * so what the researcher typed is kept in `original` and what is shown here is
 * re-derived from the number. Korean output groups by 만/억/조 the way Korean
 * readers count (`1조 4,600억 원`); English output uses short scales
 * (`KRW 1.46 trillion`). Digit grouping is done by hand so exports are identical
 * across ICU builds.
 */
import type { AsOf, ClaimValue, Lang, QuantityValue } from '../domain';
import { decimal, groupDigits } from './number';

interface UnitStyle {
  /** Multiplier from the stored amount to the displayed number (ratio 0.7 → 70). */
  factor: number;
  /** Korean: text after the number and whether 만/억/조 grouping applies. */
  ko: { suffix: string; scaled: boolean };
  /** English: currency-style prefix or a noun suffix (singular/plural), and whether million/billion/trillion apply. */
  en: { prefix?: string; one?: string; many?: string; scaled: boolean };
}

const money = (code: string, koName: string): UnitStyle => ({
  factor: 1,
  ko: { suffix: ` ${koName}`, scaled: true },
  en: { prefix: `${code} `, scaled: true },
});
const span = (ko: string, one: string, many: string): UnitStyle => ({
  factor: 1,
  ko: { suffix: ko, scaled: false },
  en: { one: ` ${one}`, many: ` ${many}`, scaled: false },
});
const percent = (factor: number): UnitStyle => ({
  factor,
  ko: { suffix: '%', scaled: false },
  en: { one: '%', many: '%', scaled: false },
});

/** Display rules per normalised unit. Units not listed are shown as `<number> <unit>`. */
const UNIT_STYLES: Record<string, UnitStyle> = {
  KRW: money('KRW', '원'),
  USD: money('USD', '달러'),
  EUR: money('EUR', '유로'),
  JPY: money('JPY', '엔'),
  CNY: money('CNY', '위안'),
  ratio: percent(100),
  percent: percent(1),
  persons: {
    factor: 1,
    ko: { suffix: ' 명', scaled: true },
    en: { one: ' person', many: ' people', scaled: true },
  },
  count: { factor: 1, ko: { suffix: '', scaled: false }, en: { scaled: false } },
  day: span('일', 'day', 'days'),
  days: span('일', 'day', 'days'),
  week: span('주', 'week', 'weeks'),
  weeks: span('주', 'week', 'weeks'),
  month: span('개월', 'month', 'months'),
  months: span('개월', 'month', 'months'),
  year: span('년', 'year', 'years'),
  years: span('년', 'year', 'years'),
  hour: span('시간', 'hour', 'hours'),
  hours: span('시간', 'hour', 'hours'),
};

const KO_STEPS: ReadonlyArray<[number, string]> = [
  [1e12, '조'],
  [1e8, '억'],
  [1e4, '만'],
];

/** `1460000000000` → `1조 4,600억`; `5260000` → `526만`; `1234` → `1,234`. Rounds to a whole number. */
export function koreanScaledNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  let rest = Math.round(Math.abs(n));
  if (rest === 0) return '0';
  const parts: string[] = [];
  for (const [step, word] of KO_STEPS) {
    const q = Math.floor(rest / step);
    if (q > 0) parts.push(`${groupDigits(String(q))}${word}`);
    rest -= q * step;
  }
  if (rest > 0) parts.push(groupDigits(String(rest)));
  return sign + parts.join(' ');
}

const EN_STEPS: ReadonlyArray<[number, string]> = [
  [1e12, ' trillion'],
  [1e9, ' billion'],
  [1e6, ' million'],
];

/** English short scale split into number and scale word: 1.46e12 → `1.46` + ` trillion`. */
function englishScaled(n: number): { num: string; word: string } {
  const abs = Math.abs(n);
  for (const [step, word] of EN_STEPS) {
    if (abs >= step) return { num: decimal(n / step, 3), word };
  }
  return { num: decimal(n, 2), word: '' };
}

function formatQuantity(q: QuantityValue, lang: Lang): string {
  const style = UNIT_STYLES[q.unit];
  const lo = q.amount;
  const hi = q.amountMax !== undefined && q.amountMax !== q.amount ? q.amountMax : undefined;
  if (!style) {
    const nums = hi === undefined ? decimal(lo, 3) : `${decimal(lo, 3)}${lang === 'ko' ? '~' : '–'}${decimal(hi, 3)}`;
    return q.unit ? `${nums} ${q.unit}` : nums;
  }
  const a = lo * style.factor;
  const b = hi === undefined ? undefined : hi * style.factor;
  if (lang === 'ko') {
    const fmt = (x: number) => (style.ko.scaled ? koreanScaledNumber(x) : decimal(x, 2));
    const nums = b === undefined ? fmt(a) : `${fmt(a)}~${fmt(b)}`;
    return nums + style.ko.suffix;
  }
  let nums: string;
  if (style.en.scaled) {
    const x = englishScaled(a);
    if (b === undefined) nums = x.num + x.word;
    else {
      const y = englishScaled(b);
      nums = x.word === y.word ? `${x.num}–${y.num}${y.word}` : `${x.num}${x.word}–${y.num}${y.word}`;
    }
  } else {
    nums = b === undefined ? decimal(a, 2) : `${decimal(a, 2)}–${decimal(b, 2)}`;
  }
  const noun = b === undefined && a === 1 ? style.en.one : style.en.many;
  return `${style.en.prefix ?? ''}${nums}${noun ?? ''}`;
}

/** A stored calendar date for display: timestamps are cut to `YYYY-MM-DD`; partial dates (`2024`, `2024-06`) stay as they are. */
export function formatDate(date: string): string {
  const d = date.trim();
  return /^\d{4}-\d{2}-\d{2}T/.test(d) ? d.slice(0, 10) : d;
}

/**
 * Human display of a normalised claim value.
 * - quantities by unit: `KRW` → `1조 4,600억 원` / `KRW 1.46 trillion`; `ratio` 0.7 → `70%`;
 *   `persons` → `526만 명` / `5.26 million people`; `count` → `13,000`;
 *   ranges → `3~4일` / `3–4 days`; unknown units → `<number> <unit>`.
 * - categories and texts as they are; dates as `YYYY-MM-DD`.
 */
export function formatValue(value: ClaimValue, lang: Lang): string {
  switch (value.kind) {
    case 'quantity':
      return formatQuantity(value, lang);
    case 'category':
      return value.category;
    case 'date':
      return formatDate(value.date);
    case 'text':
      return value.text;
  }
}

/**
 * The date or period a value holds for: `2024-12-02`, or a period
 * `2024-01-01~2024-12-31` (ko) / `2024-01-01 – 2024-12-31` (en). Empty when unknown,
 * so callers can test the result before adding an "as of" label.
 */
export function formatAsOf(asOf: AsOf | undefined, lang: Lang): string {
  if (!asOf || !asOf.start.trim()) return '';
  const start = formatDate(asOf.start);
  if (!asOf.end || !asOf.end.trim() || asOf.end.trim() === asOf.start.trim()) return start;
  const end = formatDate(asOf.end);
  return lang === 'ko' ? `${start}~${end}` : `${start} – ${end}`;
}
