import { describe, it, expect } from 'vitest';
import { splitSentences } from './sentences';

const parts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on Korean and English sentence endings and newlines', () => {
    expect(parts('첫 문장이다. 두 번째다! 세 번째인가? 끝\n새 줄')).toEqual(['첫 문장이다.', '두 번째다!', '세 번째인가?', '끝', '새 줄']);
  });

  it('keeps decimals, names with particles and closing quotes together', () => {
    expect(parts('약 224.7% 늘었다. 모회사 Coupang Inc.가 지분을 가졌다. 그는 "좋다." 라고 했다.')).toEqual([
      '약 224.7% 늘었다.',
      '모회사 Coupang Inc.가 지분을 가졌다.',
      '그는 "좋다."',
      '라고 했다.',
    ]);
  });

  it('trims whitespace and drops empty sentences', () => {
    const text = '  \n\n 하나다.   \n  ';
    expect(splitSentences(text)).toEqual([{ start: 5, end: 9 }]);
    expect(splitSentences('')).toEqual([]);
  });
});
