import { describe, it, expect } from 'vitest';
import { briefingToMarkdown, escapeMarkdown, footnoteLine, markdownUrl, sourceLine } from './markdown';
import { parseMarkdown } from './markdown-render';
import { sampleBriefing, sampleContext } from './fixtures';

describe('escapeMarkdown', () => {
  it('backslashes inline markup and folds line breaks', () => {
    expect(escapeMarkdown('a*b*_c_ `x` [l](u) <b> | ~~s~~ \\')).toBe('a\\*b\\*\\_c\\_ \\`x\\` \\[l\\](u) \\<b\\> \\| \\~\\~s\\~\\~ \\\\');
    expect(escapeMarkdown('line one\r\n\n  line two')).toBe('line one line two');
    expect(escapeMarkdown('AT&T &amp; co')).toBe('AT&T \\&amp; co');
  });
  it('escaped text reads back as the same plain text', () => {
    const hostile = '**not bold** <script>x</script> [a](javascript:alert(1)) `c`';
    const blocks = parseMarkdown(escapeMarkdown(hostile));
    expect(blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: hostile }] }]);
  });
});

describe('markdownUrl', () => {
  it('autolinks only plain http(s) URLs', () => {
    expect(markdownUrl('https://example.kr/a?b=1')).toBe('<https://example.kr/a?b=1>');
    expect(markdownUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(markdownUrl('https://x.kr/a b<c>')).toBe('https://x.kr/a b\\<c\\>');
  });
});

describe('briefingToMarkdown', () => {
  const md = briefingToMarkdown(sampleBriefing(), sampleContext(), 'ko');
  const lines = md.split('\n');

  it('title, subtitle, meta and summary first, with data escaped', () => {
    expect(lines.slice(0, 5)).toEqual([
      '# 공공 클라우드 \\<동향\\> \\| 2024',
      '',
      '*CSAP and the \\*foreign\\* entrants*',
      '',
      '작성: 연구원 · 소속: Policy Lab · 날짜: 2025-01-10',
    ]);
    expect(md).toContain('## 요약\n\nDomestic providers still lead.');
  });
  it('numbers sections and keeps text sections as written', () => {
    expect(md).toContain('## 1. Background\n\n## Context\n\nThe **CSAP** grades are *상·중·하*.');
    expect(md).toContain('## 2. 주요 주장');
  });
  it('claims become bullets with footnote markers; a deleted claim is marked', () => {
    expect(md).toContain('- **네이버클라우드** · 클라우드 매출: 1조 4,600억 원 (2023 기준) — 네이버클라우드 매출 1.46조[^1]\n- (삭제된 주장)\n- **AWS** · CSAP 등급: 하 — AWS got the low grade[^2]');
  });
  it('a compare snapshot is a table whose cells carry the reused note numbers', () => {
    expect(md).toContain(
      [
        '| 사업자 | 클라우드 매출 | CSAP 등급 |',
        '| --- | --- | --- |',
        '| 네이버클라우드 | 1조 4,600억 원 (2023 기준)[^1] |  |',
        '| KT클라우드 |  | 상[^3] |',
        '| AWS |  | 하[^2] |',
      ].join('\n'),
    );
  });
  it('charts become tables of their data', () => {
    expect(md).toContain('| 네이버클라우드 | 1조 4,600억 원[^1] | 2023 |');
    expect(md).toContain('| 2024-12-02 | AWS · CSAP 인증일: AWS certified[^4] |');
  });
  it('sources then footnotes with quote, outlet, author, date, page and URL; pipes in quotes escaped', () => {
    expect(md).toContain('## 출처\n\n1. 테크데일리, "공공 클라우드 시장, 외국계 진입 본격화", 김기자, 2024-12-03. <https://news.example.kr/cloud/123?utm_source=x>');
    expect(md).toContain('[^1]: "네이버클라우드의 지난해 매출은 1조4600억원으로 집계됐다" — 테크데일리, 김기자, 2024-12-03, <https://news.example.kr/cloud/123?utm_source=x>');
    expect(md).toContain('[^2]: "AWS obtained the "low" grade \\| pipes \\*and\\* stars" — Policy Lab, J. Lee, 2024-11-20, 2쪽, javascript:alert(1)');
    expect(md.match(/^\[\^\d+\]:/gm)).toHaveLength(4);
    expect(md.endsWith('\n')).toBe(true);
  });
  it('English labels', () => {
    const en = briefingToMarkdown(sampleBriefing(), sampleContext(), 'en');
    expect(en).toContain('Author: 연구원 · Organisation: Policy Lab · Date: 2025-01-10');
    expect(en).toContain('## 2. Key claims');
    expect(en).toContain('Naver Cloud** · Cloud revenue: KRW 1.46 trillion (as of 2023)');
    expect(en).toContain('## Sources');
    expect(en).toContain('2024-11-20, p. 2, javascript:alert(1)');
  });
});

describe('footnoteLine and sourceLine', () => {
  it('leave out missing parts', () => {
    const note = { number: 7, claimId: 'c', articleId: 'a', quote: ' q ', articleTitle: '', outlet: '', author: '', date: '', url: '', sourceNumber: null };
    expect(footnoteLine(note, 'en')).toBe('[^7]: "q"');
    expect(sourceLine({ number: 1, articleId: 'a', title: '', outlet: 'Outlet', author: '', date: '', url: '' })).toBe('1. Outlet.');
  });
});
