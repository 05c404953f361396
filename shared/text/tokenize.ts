/**
 * The search tokenizer. Korean writes particles straight onto nouns
 * (네이버클라우드는, CSAP를), so whole-word tokens would miss most matches.
 * Hangul (and Han/kana) runs become overlapping character bigrams, the approach
 * of Lucene's CJK bigram analyzer; Latin and digit runs become lower-cased
 * words. A query matches when the document holds every query token, so
 * `네이버클라우드` (네이 이버 버클 클라 라우 우드) finds `네이버클라우드는`.
 *
 * Where two runs are separated only by whitespace, a boundary key joins the
 * last character of one and the first of the next (`공 클` in `공공 클라우드`); a
 * quoted phrase requires its boundary keys, so phrase checks only run on
 * documents where the words plausibly stand side by side.
 *
 * Each Hangul run also yields choseong (initial consonant) keys in their own key
 * space (`#ㄴㅇ`, `#ㄴㅇㅂ`, `#ㄴㅇㅂㅋ`), the prefixes of the run's initials, so
 * typing `ㄴㅇㅂ` finds 네이버. Only word-initial prefixes are indexed: mid-word
 * initials would match nearly every long article and cost as much memory again.
 */
import { nfc } from './normalize';

/** One index key and where it came from in the (NFC) text. */
export interface Token {
  token: string;
  start: number;
  end: number;
}

/** A parsed search query. */
export interface ParsedQuery {
  /** Distinct index keys; a document must contain all of them. */
  terms: string[];
  /** Quoted phrases (`"네이버 클라우드"`), NFC, single-spaced; each must occur with its words in order, separated by whitespace. */
  phrases: string[];
  /** The query's words as typed (NFC), for highlighting. */
  words: string[];
}

/** Prefix of choseong keys; cannot collide with text keys, which never contain it. */
export const CHOSEONG_PREFIX = '#';
/** Longest choseong prefix indexed; longer choseong queries use this prefix and are verified against the text. */
export const CHOSEONG_MAX = 4;
const MAX_WORD = 64;

const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

const enum Cls {
  Sep,
  Hangul,
  Cjk,
  Jamo,
  Word,
}

function cls(text: string, i: number): Cls {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? Cls.Word : Cls.Sep;
  }
  if (c >= 0xac00 && c <= 0xd7a3) return Cls.Hangul;
  if (c >= 0x3131 && c <= 0x318e) return Cls.Jamo;
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
    return Cls.Cjk;
  }
  return /[\p{L}\p{N}\p{M}]/u.test(text[i]!) ? Cls.Word : Cls.Sep;
}

/** The initial consonant (as a compatibility jamo) of a precomposed Hangul syllable. */
export function choseongOf(ch: string): string {
  const c = ch.charCodeAt(0);
  return c >= 0xac00 && c <= 0xd7a3 ? CHOSEONG[Math.floor((c - 0xac00) / 588)]! : ch;
}

/** True for text made only of initial-consonant jamo (ㄴㅇㅂ): a choseong query. */
export function isChoseongQuery(word: string): boolean {
  return /^[ㄱ-ㅎ]{2,}$/.test(word);
}

/**
 * Calls `emit` for every index key of `text`, which must already be NFC.
 * The allocation-free core shared by `tokenizeForIndex` and the search index.
 */
export function forEachToken(text: string, emit: (token: string, start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  let prevEnd = -1;
  let gapIsSpace = true;
  while (i < n) {
    const k = cls(text, i);
    if (k === Cls.Sep) {
      if (gapIsSpace && !isSpace(text.charCodeAt(i))) gapIsSpace = false;
      i++;
      continue;
    }
    if (prevEnd >= 0 && gapIsSpace && prevEnd < i) {
      emit(`${text[prevEnd - 1]!.toLowerCase()} ${text[i]!.toLowerCase()}`, prevEnd - 1, i + 1);
    }
    let j = i + 1;
    if (k === Cls.Word) {
      // Keep decimals and thousands separators inside numbers: 224.7, 1,000.
      while (j < n) {
        const kj = cls(text, j);
        if (kj === Cls.Word) j++;
        else if ((text[j] === '.' || text[j] === ',') && isDigit(text, j - 1) && isDigit(text, j + 1)) j += 2;
        else break;
      }
      emit(text.slice(i, Math.min(j, i + MAX_WORD)).toLowerCase(), i, j);
    } else {
      while (j < n && cls(text, j) === k) j++;
      if (k === Cls.Jamo) {
        emit(text.slice(i, Math.min(j, i + MAX_WORD)), i, j);
      } else if (j - i === 1) {
        emit(text[i]!, i, j);
      } else {
        for (let p = i; p < j - 1; p++) emit(text.slice(p, p + 2), p, p + 2);
        if (k === Cls.Hangul) {
          let initials = CHOSEONG_PREFIX;
          const last = Math.min(j, i + CHOSEONG_MAX);
          for (let p = i; p < last; p++) {
            initials += choseongOf(text[p]!);
            if (p > i) emit(initials, i, p + 1);
          }
        }
      }
    }
    i = j;
    prevEnd = j;
    gapIsSpace = true;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x3000;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** Every index key of `text` with its offsets (into `nfc(text)`), in text order. */
export function tokenizeForIndex(text: string): Token[] {
  const out: Token[] = [];
  forEachToken(nfc(text), (token, start, end) => out.push({ token, start, end }));
  return out;
}

const PHRASE = /"([^"]+)"|“([^”]+)”|「([^」]+)」/g;

/**
 * Parses a search box query: quoted phrases, then words. Choseong-only words
 * (ㄴㅇㅂ) become choseong keys; every other word yields the same keys the
 * indexer makes, so the query matches wherever those keys all occur.
 */
export function tokenizeQuery(query: string): ParsedQuery {
  const q = nfc(query);
  const phrases: string[] = [];
  const rest = q.replace(PHRASE, (_, a?: string, b?: string, c?: string) => {
    const p = (a ?? b ?? c ?? '').trim().replace(/\s+/g, ' ');
    if (p) phrases.push(p);
    return ' ';
  });
  const words: string[] = [];
  const terms = new Set<string>();
  // A phrase also contributes its word-boundary keys, so only documents with those words
  // side by side reach the (costlier) in-place phrase check.
  for (const p of phrases) {
    forEachToken(p, (token) => {
      if (!token.startsWith(CHOSEONG_PREFIX)) terms.add(token);
    });
  }
  for (const word of [...phrases.flatMap((p) => p.split(' ')), ...rest.split(/\s+/)]) {
    const w = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!w) continue;
    if (!words.includes(w)) words.push(w);
    if (isChoseongQuery(w)) {
      terms.add(CHOSEONG_PREFIX + w.slice(0, CHOSEONG_MAX));
      continue;
    }
    forEachToken(w, (token) => {
      if (!token.startsWith(CHOSEONG_PREFIX)) terms.add(token);
    });
  }
  return { terms: [...terms], phrases, words };
}
