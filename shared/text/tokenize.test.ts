import { describe, it, expect } from 'vitest';
import { choseongOf, forEachKey, isChoseongQuery, keyCode, keyToString, NUMERIC_KEY_LIMIT, tokenizeForIndex, tokenizeQuery, type IndexKey } from './tokenize';

const keys = (text: string) => tokenizeForIndex(text).map((t) => t.token);
const textKeys = (text: string) => keys(text).filter((k) => !k.startsWith('#') && !k.includes(' '));

describe('tokenizeForIndex', () => {
  it('turns Hangul runs into overlapping bigrams with offsets', () => {
    const toks = tokenizeForIndex('클라우드 시장').filter((t) => !t.token.startsWith('#') && !t.token.includes(' '));
    expect(toks).toEqual([
      { token: '클라', start: 0, end: 2 },
      { token: '라우', start: 1, end: 3 },
      { token: '우드', start: 2, end: 4 },
      { token: '시장', start: 5, end: 7 },
    ]);
  });

  it('keeps a lone Hangul syllable as a unigram', () => {
    expect(textKeys("'하' 등급")).toEqual(['하', '등급']);
  });

  it('lower-cases Latin words and splits them from attached Hangul', () => {
    expect(textKeys('CSAP를 통과한 Azure')).toEqual(['csap', '를', '통과', '과한', 'azure']);
  });

  it('keeps decimals and thousands separators inside numbers', () => {
    expect(textKeys('224.7% 1,000장 v2.0.')).toEqual(['224.7', '1,000', '장', 'v2.0']);
  });

  it('adds word-initial choseong prefixes of Hangul runs in their own key space', () => {
    const ch = tokenizeForIndex('네이버클라우드는').filter((t) => t.token.startsWith('#'));
    expect(ch).toEqual([
      { token: '#ㄴㅇ', start: 0, end: 2 },
      { token: '#ㄴㅇㅂ', start: 0, end: 3 },
      { token: '#ㄴㅇㅂㅋ', start: 0, end: 4 },
    ]);
  });

  it('adds a boundary key where two words are separated only by whitespace', () => {
    const b = (text: string) => tokenizeForIndex(text).filter((t) => t.token.includes(' '));
    expect(b('공공 클라우드')).toEqual([{ token: '공 클', start: 1, end: 4 }]);
    expect(b('Public  Cloud')).toEqual([{ token: 'c c', start: 5, end: 9 }]);
    expect(b('공공, 클라우드')).toEqual([]);
    expect(b('CSAP를')).toEqual([]);
  });

  it('normalises NFD input to NFC first', () => {
    expect(textKeys('네이버'.normalize('NFD'))).toEqual(['네이', '이버']);
  });

  it('bigrams Han and kana too, and drops punctuation', () => {
    expect(textKeys('美 国内「東京」!!')).toEqual(['美', '国内', '東京']);
  });
});

describe('tokenizeQuery', () => {
  it('makes the same keys as the indexer, so a query is found inside longer words', () => {
    const doc = new Set(keys('네이버클라우드는 CSAP를 받았다'));
    for (const q of ['네이버클라우드', 'CSAP', 'csap', '클라우드']) {
      const { terms } = tokenizeQuery(q);
      expect(terms.length).toBeGreaterThan(0);
      expect(terms.every((t) => doc.has(t)), q).toBe(true);
    }
    expect(tokenizeQuery('네이버클라우드').terms.every((t) => new Set(keys('네이버 클라우드')).has(t))).toBe(false);
  });

  it('extracts quoted phrases and still requires their keys', () => {
    const q = tokenizeQuery('"공공 클라우드" 인증 “하 등급”');
    expect(q.phrases).toEqual(['공공 클라우드', '하 등급']);
    expect(q.terms).toEqual(expect.arrayContaining(['공공', '클라', '인증', '하', '등급', '공 클', '하 등']));
    expect(tokenizeQuery('공공 클라우드').terms).not.toContain('공 클');
    expect(q.words).toEqual(['공공', '클라우드', '하', '등급', '인증']);
  });

  it('turns a choseong-only word into a choseong key', () => {
    expect(tokenizeQuery('ㄴㅇㅂ').terms).toEqual(['#ㄴㅇㅂ']);
    expect(tokenizeQuery('ㄴㅇㅂㅋㄹㅇㄷ').terms).toEqual(['#ㄴㅇㅂㅋ']);
    expect(new Set(keys('네이버는')).has('#ㄴㅇㅂ')).toBe(true);
  });

  it('returns no terms for an empty or punctuation-only query', () => {
    expect(tokenizeQuery('  ').terms).toEqual([]);
    expect(tokenizeQuery('?!…').terms).toEqual([]);
  });
});

describe('choseong helpers', () => {
  it('maps syllables to their initial consonant', () => {
    expect([...'네이버쿠팡'].map(choseongOf).join('')).toBe('ㄴㅇㅂㅋㅍ');
    expect(choseongOf('A')).toBe('A');
    expect(isChoseongQuery('ㄴㅇㅂ')).toBe(true);
    expect(isChoseongQuery('ㄴ')).toBe(false);
    expect(isChoseongQuery('ㄴㅏ')).toBe(false);
  });
});

describe('numeric keys', () => {
  const emitted = (text: string) => {
    const out: IndexKey[] = [];
    forEachKey(text, (k) => out.push(k));
    return out;
  };

  it('gives Hangul bigrams, unigrams, Hangul boundaries and choseong prefixes a number, other keys their string', () => {
    const keys = emitted('네이버 하 CSAP를 美国 ㄴㅇ 공공 cloud');
    const strings = keys.filter((k) => typeof k === 'string');
    expect(strings).toEqual(['하 c', 'csap', '를 美', '美国', '国 ㄴ', 'ㄴㅇ', 'ㅇ 공', '공 c', 'cloud']);
    expect(keys.map(keyToString)).toEqual(tokenizeForIndex('네이버 하 CSAP를 美国 ㄴㅇ 공공 cloud').map((t) => t.token));
    for (const k of keys) if (typeof k === 'number') expect(k >= 0 && k < NUMERIC_KEY_LIMIT && Number.isInteger(k)).toBe(true);
  });

  it('converts between key strings and codes both ways', () => {
    for (const token of ['네이', '하', '공 클', '#ㄴㅇ', '#ㄴㅇㅂㅋ', '#ㄲㅎ', '힣가', '가 힣']) {
      const code = keyCode(token);
      expect(typeof code, token).toBe('number');
      expect(keyToString(code)).toBe(token);
    }
    // Shapes the scanner never emits as numbers stay strings, so lookups cannot alias.
    for (const token of ['csap', '#ㄳㄴ', '#ㄴ', '#ㄴㅇㅂㅋㄹ', '美国', 'ㄴㅇ', 'a 가']) expect(keyCode(token)).toBe(token);
    expect(new Set(['#ㄴㅇ', '#ㄴㅇㅇ', '#ㄱㄴㅇ', '하', '가하'].map(keyCode)).size).toBe(5);
  });

  it('emits every key in the form keyCode gives its string', () => {
    const text = '네이버클라우드는 CSAP를 받았다. 공공 클라우드, 美 国内 ㄱㄴ 1,000.5원 İ 가';
    for (const k of emitted(text)) expect(keyCode(keyToString(k))).toBe(k);
  });
});
