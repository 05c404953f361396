/**
 * Guesses an article's language from its letters, so the library can label
 * and filter articles without asking. Korean press mixes in Latin acronyms
 * (AWS, CSAP, MAU), so Korean wins as soon as Hangul is a fair share of the
 * letters, not only when it is the majority.
 */

/** Share of letters that must be Hangul for a text to count as Korean. */
const KO_THRESHOLD = 0.3;
/** Share of letters that must be Latin (with too little Hangul) for a text to count as English. */
const EN_THRESHOLD = 0.6;
/** Fewer letters than this carry too little signal. */
const MIN_LETTERS = 2;

/** `ko` when Hangul is at least 30% of letters, `en` when Latin is at least 60%, otherwise `other`. */
export function detectLanguage(text: string): 'ko' | 'en' | 'other' {
  let hangul = 0;
  let latin = 0;
  let letters = 0;
  // Sampling caps the cost on very long texts; language does not change mid-article often enough to matter.
  const limit = Math.min(text.length, 20000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3131 && c <= 0x318e)) {
      hangul++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      latin++;
      letters++;
    } else if (c > 0x7f && /\p{L}/u.test(text[i]!)) {
      letters++;
    }
  }
  if (letters < MIN_LETTERS) return 'other';
  if (hangul / letters >= KO_THRESHOLD) return 'ko';
  if (latin / letters >= EN_THRESHOLD) return 'en';
  return 'other';
}
