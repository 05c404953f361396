/**
 * Finds calendar dates in Korean and English text, for a claim's "as of".
 *
 * Korean news dates events relative to the day of writing (지난 2일, "the 2nd
 * just past"). Those are only resolved when the caller gives the article's
 * publication date; without it they are skipped, never guessed.
 */

/** A date found in text. Offsets are UTF-16 code units, end exclusive. */
export interface DateMatch {
  /** Exactly `text.slice(start, end)`. */
  original: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the text is (see `precision`). */
  date: string;
  /** End of a period (`2019~2021년` → date `2019`, until `2021`; `상반기` → until `YYYY-06`). */
  until?: string;
  precision: 'day' | 'month' | 'year';
  /** Resolved against `reference` (지난 2일, 올해). */
  relative?: boolean;
  /** The text names a part of a period (2022년 말 → 2022-12), not an exact month. */
  approximate?: boolean;
  start: number;
  end: number;
}

export interface FindDatesOptions {
  /** The article's publication date (`YYYY-MM-DD`); enables relative dates. */
  reference?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

const pad = (n: number) => String(n).padStart(2, '0');

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function ymd(y: number, m: number, d?: number): string | null {
  if (!(y >= 1900 && y <= 2199 && m >= 1 && m <= 12)) return null;
  if (d === undefined) return `${y}-${pad(m)}`;
  if (!(d >= 1 && d <= daysIn(y, m))) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function year(y: number): string | null {
  return y >= 1900 && y <= 2199 ? String(y) : null;
}

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

type Found = Omit<DateMatch, 'original' | 'start' | 'end'>;
type Rule = { re: RegExp; make: (m: RegExpExecArray, ref: { y: number; m: number; d: number } | null) => Found | null };

const N = (s: string | undefined) => Number(s);

const RULES: Rule[] = [
  {
    re: /(?<!\d)(\d{4})\s?년\s?(\d{1,2})\s?월\s?(\d{1,2})\s?일/g,
    make: (m) => day(ymd(N(m[1]), N(m[2]), N(m[3]))),
  },
  {
    re: /(?<!\d)(\d{4})\s?년\s?(\d{1,2})\s?월(?!\s?\d{1,2}\s?일)/g,
    make: (m) => month(ymd(N(m[1]), N(m[2]))),
  },
  {
    re: /(?<!\d)(\d{4})\s?년?\s?[~∼〜～–-]\s?(\d{4})\s?년/g,
    make: (m) => {
      const a = year(N(m[1]));
      const b = year(N(m[2]));
      return a && b && a <= b ? { date: a, until: b, precision: 'year' } : null;
    },
  },
  {
    re: /(?<!\d)(\d{4})\s?년\s?(말|초|상반기|하반기)/g,
    make: (m) => {
      const y = N(m[1]);
      if (!year(y)) return null;
      switch (m[2]) {
        case '말':
          return { date: `${y}-12`, precision: 'month', approximate: true };
        case '초':
          return { date: `${y}-01`, precision: 'month', approximate: true };
        case '상반기':
          return { date: `${y}-01`, until: `${y}-06`, precision: 'month' };
        default:
          return { date: `${y}-07`, until: `${y}-12`, precision: 'month' };
      }
    },
  },
  {
    re: /(?<!\d)(\d{4})\s?년/g,
    make: (m) => {
      const y = year(N(m[1]));
      return y ? { date: y, precision: 'year' } : null;
    },
  },
  {
    re: /(?<![\d.-])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?!\d)/g,
    make: (m) => day(ymd(N(m[1]), N(m[3]), N(m[4]))),
  },
  {
    re: /(?<![\d.-])(\d{4})-(\d{2})(?![-\d])/g,
    make: (m) => month(ymd(N(m[1]), N(m[2]))),
  },
  {
    re: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    make: (m) => day(ymd(N(m[3]), monthOf(m[1]!), N(m[2]))),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'gi'),
    make: (m) => day(ymd(N(m[3]), monthOf(m[2]!), N(m[1]))),
  },
  {
    re: new RegExp(`\\b${MONTH_NAME},?\\s+(\\d{4})\\b`, 'gi'),
    make: (m) => month(ymd(N(m[2]), monthOf(m[1]!))),
  },
  // Relative: only with a reference date.
  {
    re: /(?<![\d년])(\d{1,2})\s?월\s?(\d{1,2})\s?일/g,
    make: (m, ref) => (ref ? rel(day(ymd(ref.y, N(m[1]), N(m[2])))) : null),
  },
  {
    re: /지난\s?(\d{1,2})\s?일/g,
    make: (m, ref) => {
      if (!ref) return null;
      const d = N(m[1]);
      const [y, mo] = d <= ref.d ? [ref.y, ref.m] : ref.m === 1 ? [ref.y - 1, 12] : [ref.y, ref.m - 1];
      return rel(day(ymd(y, mo, d)));
    },
  },
  {
    re: /지난\s?(\d{1,2})\s?월/g,
    make: (m, ref) => {
      if (!ref) return null;
      const mo = N(m[1]);
      return rel(month(ymd(mo < ref.m ? ref.y : ref.y - 1, mo)));
    },
  },
  {
    // News ledes open with the bare day of writing: "12일 업계에 따르면".
    re: /(?<=^|\n|[.!?]\s)(\d{1,2})일(?=\s)/g,
    make: (m, ref) => (ref && N(m[1]) <= ref.d ? rel(day(ymd(ref.y, ref.m, N(m[1])))) : null),
  },
  {
    re: /지난해|작년|올해|금년/g,
    make: (m, ref) => {
      if (!ref) return null;
      const y = m[0] === '올해' || m[0] === '금년' ? ref.y : ref.y - 1;
      return { date: String(y), precision: 'year', relative: true };
    },
  },
];

function day(date: string | null): Found | null {
  return date ? { date, precision: 'day' } : null;
}
function month(date: string | null): Found | null {
  return date ? { date, precision: 'month' } : null;
}
function rel(f: Found | null): Found | null {
  return f ? { ...f, relative: true } : null;
}

/**
 * Every date in `text`, in order, never overlapping (the longest reading wins:
 * `2024년 12월 2일` is one day, not a year plus a month). Years alone
 * (`2022년`) are returned with precision `year`.
 */
export function findDates(text: string, opts: FindDatesOptions = {}): DateMatch[] {
  const r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(opts.reference ?? '');
  const ref = r ? { y: N(r[1]), m: N(r[2]), d: N(r[3]) } : null;
  const found: DateMatch[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const f = rule.make(m, ref);
      if (f) found.push({ original: m[0], ...f, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: DateMatch[] = [];
  for (const f of found) if (!taken.some((t) => f.start < t.end && t.start < f.end)) taken.push(f);
  return taken.sort((a, b) => a.start - b.start);
}
