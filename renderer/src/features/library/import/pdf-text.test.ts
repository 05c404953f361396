import { describe, expect, it } from 'vitest';
import { cleanArticleText } from '@shared/text/normalize';
import { assemblePdfText, pageAt, pageText, type PdfTextItem } from './pdf-text';

const line = (str: string, y: number, eol = true): PdfTextItem => ({ str, hasEOL: eol, transform: [1, 0, 0, 1, 72, y], height: 10 });

describe('pageText', () => {
  it('joins items on a line, breaks on EOL and on a y jump pdf.js did not flag', () => {
    const items = [line('Cloud ', 700, false), line('market', 700), line('second line', 688, false), line('third', 676)];
    expect(pageText(items)).toBe('Cloud market\nsecond line\nthird\n');
  });

  it('reads a tall vertical gap as a paragraph break', () => {
    expect(pageText([line('First paragraph.', 700), line('Second paragraph.', 660)])).toBe('First paragraph.\n\nSecond paragraph.\n');
  });
});

describe('assemblePdfText', () => {
  it('records where each page starts in text that cleaning leaves unchanged', () => {
    const nfdPage = [line('네이버클라우드는 공공 부문에 집중한다.'.normalize('NFD'), 700)];
    const r = assemblePdfText([[line('  Page one text.  ', 700)], [], nfdPage, [line('Last page', 700)]]);
    expect(r.text).toBe(cleanArticleText(r.text));
    expect(r.text).toBe('Page one text.\n\n네이버클라우드는 공공 부문에 집중한다.\n\nLast page');
    expect(r.pages).toEqual([
      { page: 1, start: 0 },
      { page: 2, start: 14 },
      { page: 3, start: 16 },
      { page: 4, start: r.text.indexOf('Last page') },
    ]);
    expect(r.text.slice(r.pages[2]!.start).startsWith('네이버클라우드')).toBe(true);
    expect(pageAt(r.pages, r.text.indexOf('공공'))).toBe(3);
    expect(pageAt(r.pages, 0)).toBe(1);
    expect(pageAt([], 50)).toBe(1);
  });

  it('gives empty text for a PDF without a text layer', () => {
    expect(assemblePdfText([[], [{ str: '   ' }]]).text).toBe('');
  });
});
