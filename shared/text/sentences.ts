/**
 * Splits article text into sentences for claim suggestions. Korean news ends
 * sentences with "다." and uses the same . ? ! as English; a period only ends a
 * sentence when whitespace (or the end) follows, so decimals (224.7) and
 * names glued to particles (Coupang Inc.가) stay whole. Newlines always split.
 */

/** A sentence as offsets into the text (end exclusive), trimmed of surrounding whitespace. */
export interface SentenceRange {
  start: number;
  end: number;
}

const END = /[.?!。？！…]+["'”’」』)\]]*(?=\s|$)|\n+/g;

/** Sentences of `text`, in order, never empty. */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let from = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    push(from, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}
