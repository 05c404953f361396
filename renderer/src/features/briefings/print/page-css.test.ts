import { describe, expect, it } from 'vitest';
import { cssString, pageCss } from './page-css';

describe('cssString', () => {
  it('keeps Korean and plain text as written', () => {
    expect(cssString('클라우드 시장 브리핑')).toBe('"클라우드 시장 브리핑"');
  });
  it('escapes quotes, backslashes, line breaks and angle brackets so the string cannot end early', () => {
    const s = cssString('a"b\\c\nd</style><script>');
    expect(s).toBe('"a\\22 b\\5C c\\A d\\3C /style\\3E \\3C script\\3E "');
    // Only the outer quotes remain unescaped.
    expect(s.slice(1, -1)).not.toMatch(/["\n<>]/);
  });
});

describe('pageCss', () => {
  it('sets the paper size, margins, running title and n / N page numbers', () => {
    const css = pageCss('시장 "점유율"', 'A4');
    expect(css).toContain('size: A4;');
    expect(css).toContain('margin: 20mm 16mm;');
    expect(css).toContain('@top-center { content: "시장 \\22 점유율\\22 "');
    expect(css).toContain('counter(page) " / " counter(pages)');
    expect(css).toContain("font-family: 'Noto Sans KR'");
  });
  it('uses the CSS keyword for US Letter', () => {
    expect(pageCss('x', 'Letter')).toContain('size: letter;');
  });
  it('cuts very long titles with an ellipsis and folds line breaks', () => {
    const css = pageCss(`${'가'.repeat(200)}\n끝`, 'A4');
    const header = /@top-center \{ content: "([^"]*)"/.exec(css)![1]!;
    expect([...header]).toHaveLength(80);
    expect(header.endsWith('…')).toBe(true);
  });
});
