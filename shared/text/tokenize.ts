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
 *
 * The indexer reads keys through `forEachKey`, which hands Hangul keys over as
 * numbers, so tokenising an article allocates no string per bigram.
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
 * Index keys as numbers where that is cheap and exact. Almost every key of a
 * Korean article is a Hangul bigram, unigram, Hangul–Hangul boundary or choseong
 * prefix; giving those a number (below `NUMERIC_KEY_LIMIT`, so a small integer
 * V8 keeps unboxed) lets the indexer count and look them up without building a
 * string per key. Every other key (Latin words, numbers, Han, jamo, mixed
 * boundaries) stays its string. `keyCode` and `keyToString` convert between the
 * two forms, so either names the same key.
 */
const SYLLABLES = 11172;
const HANGUL_BASE = 0xac00;
const UNIGRAM_BASE = SYLLABLES * SYLLABLES;
const BOUNDARY_BASE = UNIGRAM_BASE + SYLLABLES;
const CHOSEONG_BASE = BOUNDARY_BASE + SYLLABLES * SYLLABLES;
/** Radix of a choseong code: digit 0 is unused, so prefixes of different lengths never share a code. */
const CHOSEONG_RADIX = CHOSEONG.length + 1;
/** Numeric keys lie in [0, NUMERIC_KEY_LIMIT). */
export const NUMERIC_KEY_LIMIT = CHOSEONG_BASE + CHOSEONG_RADIX ** CHOSEONG_MAX;

/** An index key: a number for the common Hangul key shapes, else the key string. */
export type IndexKey = number | string;

function isHangulCode(c: number): boolean {
  return c >= HANGUL_BASE && c <= 0xd7a3;
}

/** The canonical form of an index key string: its number when it has one, else itself. */
export function keyCode(token: string): IndexKey {
  const n = token.length;
  const a = token.charCodeAt(0);
  if (n === 1 && isHangulCode(a)) return UNIGRAM_BASE + a - HANGUL_BASE;
  if (n === 2 && isHangulCode(a) && isHangulCode(token.charCodeAt(1))) return (a - HANGUL_BASE) * SYLLABLES + token.charCodeAt(1) - HANGUL_BASE;
  if (n === 3 && token.charCodeAt(1) === 0x20 && isHangulCode(a) && isHangulCode(token.charCodeAt(2))) {
    return BOUNDARY_BASE + (a - HANGUL_BASE) * SYLLABLES + token.charCodeAt(2) - HANGUL_BASE;
  }
  if (n >= 3 && n <= CHOSEONG_MAX + 1 && token.startsWith(CHOSEONG_PREFIX)) {
    let code = 0;
    for (let i = 1; i < n; i++) {
      const d = CHOSEONG.indexOf(token[i]!);
      if (d < 0) return token;
      code = code * CHOSEONG_RADIX + d + 1;
    }
    return CHOSEONG_BASE + code;
  }
  return token;
}

/** The key string of a key; the inverse of `keyCode`. */
export function keyToString(key: IndexKey): string {
  if (typeof key === 'string') return key;
  if (key < UNIGRAM_BASE) return String.fromCharCode(HANGUL_BASE + Math.floor(key / SYLLABLES), HANGUL_BASE + (key % SYLLABLES));
  if (key < BOUNDARY_BASE) return String.fromCharCode(HANGUL_BASE + key - UNIGRAM_BASE);
  if (key < CHOSEONG_BASE) {
    const k = key - BOUNDARY_BASE;
    return String.fromCharCode(HANGUL_BASE + Math.floor(k / SYLLABLES), 0x20, HANGUL_BASE + (k % SYLLABLES));
  }
  let out = '';
  for (let code = key - CHOSEONG_BASE; code > 0; code = Math.floor(code / CHOSEONG_RADIX)) out = CHOSEONG[(code % CHOSEONG_RADIX) - 1]! + out;
  return CHOSEONG_PREFIX + out;
}

/**
 * Calls `emit` for every index key of `text` (which must already be NFC), in
 * canonical form (`keyCode`), with its offsets. This is the one scanner: the
 * indexer uses it directly so Hangul keys cost no string allocation, and
 * `forEachToken` renders its keys as strings.
 */
export function forEachKey(text: string, emit: (key: IndexKey, start: number, end: number) => void): void {
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
      const a = text.charCodeAt(prevEnd - 1);
      const b = text.charCodeAt(i);
      if (isHangulCode(a) && isHangulCode(b)) emit(BOUNDARY_BASE + (a - HANGUL_BASE) * SYLLABLES + b - HANGUL_BASE, prevEnd - 1, i + 1);
      else emit(`${text[prevEnd - 1]!.toLowerCase()} ${text[i]!.toLowerCase()}`, prevEnd - 1, i + 1);
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
    } else if (k === Cls.Hangul) {
      while (j < n && isHangulCode(text.charCodeAt(j))) j++;
      let prev = text.charCodeAt(i) - HANGUL_BASE;
      if (j - i === 1) {
        emit(UNIGRAM_BASE + prev, i, j);
      } else {
        for (let p = i + 1; p < j; p++) {
          const c = text.charCodeAt(p) - HANGUL_BASE;
          emit(prev * SYLLABLES + c, p - 1, p + 1);
          prev = c;
        }
        let initials = Math.floor((text.charCodeAt(i) - HANGUL_BASE) / 588) + 1;
        const last = Math.min(j, i + CHOSEONG_MAX);
        for (let p = i + 1; p < last; p++) {
          initials = initials * CHOSEONG_RADIX + Math.floor((text.charCodeAt(p) - HANGUL_BASE) / 588) + 1;
          emit(CHOSEONG_BASE + initials, i, p + 1);
        }
      }
    } else {
      while (j < n && cls(text, j) === k) j++;
      if (k === Cls.Jamo) {
        emit(text.slice(i, Math.min(j, i + MAX_WORD)), i, j);
      } else if (j - i === 1) {
        emit(text[i]!, i, j);
      } else {
        for (let p = i; p < j - 1; p++) emit(text.slice(p, p + 2), p, p + 2);
      }
    }
    i = j;
    prevEnd = j;
    gapIsSpace = true;
  }
}

/**
 * Calls `emit` for every index key of `text` (which must already be NFC) as a
 * string, with its offsets into `text`.
 */
export function forEachToken(text: string, emit: (token: string, start: number, end: number) => void): void {
  forEachKey(text, (key, start, end) => emit(keyToString(key), start, end));
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
