import { describe, it, expect } from 'vitest';
import { anchor, describeRange, maxErrors } from './anchor';

const ARTICLE =
  '클라우드 보안인증(CSAP)은 공공기관이 민간 클라우드를 쓰려면 거쳐야 하는 관문이다. ' +
  '올해 들어 해외 사업자도 하 등급 인증을 받기 시작했다. ' +
  '업계는 국내 사업자의 공공 시장 점유율이 줄어들 것으로 본다.';

function target(text: string, quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`no ${quote}`);
  return describeRange(text, at, at + quote.length);
}

describe('describeRange', () => {
  it('stores the quote, its context and the offsets', () => {
    const t = describeRange('abcdefghij', 3, 6, 2);
    expect(t).toEqual({
      quote: { type: 'TextQuoteSelector', exact: 'def', prefix: 'bc', suffix: 'gh' },
      position: { type: 'TextPositionSelector', start: 3, end: 6 },
    });
  });

  it('clips context at the text edges', () => {
    expect(describeRange('abc', 0, 3).quote).toMatchObject({ prefix: '', suffix: '' });
  });

  it('refuses empty or out-of-range selections', () => {
    expect(() => describeRange('abc', 2, 2)).toThrow(RangeError);
    expect(() => describeRange('abc', 1, 9)).toThrow(RangeError);
    expect(() => describeRange('abc', -1, 2)).toThrow(RangeError);
  });
});

describe('anchor', () => {
  it('uses the position when the text is unchanged', () => {
    const t = target(ARTICLE, '하 등급 인증');
    expect(anchor(ARTICLE, t)).toEqual({ start: t.position.start, end: t.position.end, method: 'position' });
  });

  it('finds the quote again after text is inserted before it', () => {
    const t = target(ARTICLE, '하 등급 인증');
    const edited = '[편집자 주: 기사 일부를 고쳤다] ' + ARTICLE;
    const a = anchor(edited, t)!;
    expect(a.method).toBe('quote');
    expect(edited.slice(a.start, a.end)).toBe('하 등급 인증');
  });

  it('picks the duplicate occurrence whose prefix and suffix match', () => {
    const text = '가비아가 인증을 받았다. 그리고 오라클이 인증을 받았다. 끝으로 쿠팡이 인증을 받았다.';
    const t = target(text, '인증을 받았다', 1); // the Oracle one
    const shifted = '머리말. ' + text;
    const a = anchor(shifted, t)!;
    expect(a.method).toBe('quote');
    expect(shifted.slice(a.start - 4, a.start)).toBe('오라클이 '.slice(-4));
    expect(a.start).toBe(shifted.indexOf('오라클이 인증') + '오라클이 '.length);
  });

  it('prefers the occurrence nearest the old position when contexts tie', () => {
    const text = 'xx 같은 문장 yy 같은 문장 zz';
    const t = { ...target(text, '같은 문장', 1) };
    t.quote = { ...t.quote, prefix: '', suffix: '' };
    const edited = text.replace('xx', 'xxx');
    const a = anchor(edited, t)!;
    expect(a.start).toBe(edited.lastIndexOf('같은 문장'));
  });

  it('places a quote with small edits inside it (fuzzy)', () => {
    const t = target(ARTICLE, '국내 사업자의 공공 시장 점유율이 줄어들 것으로');
    const edited = ARTICLE.replace('국내 사업자의 공공 시장 점유율이', '국내 사업자들의 공공시장 점유율이');
    const a = anchor(edited, t)!;
    expect(a.method).toBe('fuzzy');
    expect(edited.slice(a.start, a.end)).toBe('국내 사업자들의 공공시장 점유율이 줄어들 것으로');
  });

  it('places an English quote with a typo fixed and words changed', () => {
    const text = 'Microsoft Azure recieved the low grade of the Korean cloud certification on Monday.';
    const t = target(text, 'Azure recieved the low grade of the Korean cloud');
    const edited = 'Update: ' + text.replace('recieved', 'received').replace('Korean', 'Korea');
    const a = anchor(edited, t)!;
    expect(a.method).toBe('fuzzy');
    expect(edited.slice(a.start, a.end)).toBe('Azure received the low grade of the Korea cloud');
  });

  it('gives null when the quote was deleted, so the claim is shown as orphaned', () => {
    const t = target(ARTICLE, '올해 들어 해외 사업자도 하 등급 인증을 받기 시작했다.');
    const edited = ARTICLE.replace('올해 들어 해외 사업자도 하 등급 인증을 받기 시작했다. ', '');
    expect(anchor(edited, t)).toBeNull();
    expect(anchor('', t)).toBeNull();
  });

  it('does not accept a fuzzy match with too many errors', () => {
    const t = target(ARTICLE, '하 등급 인증을 받기');
    const edited = ARTICLE.replace('하 등급 인증을 받기', '상 단계 심사를 통과');
    expect(anchor(edited, t)).toBeNull();
  });

  it('handles NFC Korean text and stale positions past the end', () => {
    const t = target(ARTICLE, '점유율이 줄어들');
    const shorter = ARTICLE.slice(ARTICLE.indexOf('업계는'));
    const a = anchor(shorter, t)!;
    expect(shorter.slice(a.start, a.end)).toBe('점유율이 줄어들');
  });

  it('finds a fuzzy match inside a long article', () => {
    const filler = '관계자는 시장 상황을 지켜보고 있다고 말했다. '.repeat(20000);
    const text = filler + ARTICLE + filler;
    const t = target(text, '해외 사업자도 하 등급 인증을 받기 시작했다');
    const edited = text.replace('해외 사업자도 하 등급', '해외 사업자들도 하등급');
    const a = anchor(edited, t)!;
    expect(edited.slice(a.start, a.end)).toBe('해외 사업자들도 하등급 인증을 받기 시작했다');
  });
});

describe('maxErrors', () => {
  it('allows about 20% errors, at least 2, and never half the quote', () => {
    expect(maxErrors(50)).toBe(10);
    expect(maxErrors(10)).toBe(2);
    expect(maxErrors(3)).toBe(1);
    expect(maxErrors(2)).toBe(0);
  });
});
