// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockText, extractHtmlArticle, toCalendarDate } from './html-article';

const BODY = [
  '공공기관이 민간 클라우드를 쓰려면 CSAP 인증을 받아야 한다. 정부는 등급을 상·중·하 세 단계로 나눴다.',
  '하 등급은 공개 자료만 다루는 시스템이 대상이어서 해외 사업자도 문을 두드리고 있다. 업계는 이번 개편이 시장 판도를 흔들 것으로 본다.',
  '네이버클라우드와 KT클라우드는 보안 요구가 높은 상·중 등급 시장을 지키는 데 힘을 쏟는다는 계획이다.',
];

function page(extraHead: string, extraBody = ''): string {
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>CSAP 등급제 개편 | 테스트경제</title>${extraHead}</head>
  <body><nav><a href="/">홈</a> <a href="/it">IT</a></nav>
  <article><h1>CSAP 등급제 개편, 해외 클라우드에 문 열리나</h1>
  ${BODY.map((p) => `<p>${p}</p>`).join('\n')}
  ${extraBody}
  </article><footer>Copyright 테스트경제</footer></body></html>`;
}

describe('extractHtmlArticle', () => {
  it('keeps title, byline, date, site name and canonical URL, and the body as paragraphs', () => {
    const r = extractHtmlArticle(
      page(`<meta property="og:title" content="CSAP 등급제 개편, 해외 클라우드에 문 열리나">
        <meta property="og:site_name" content="테스트경제"><meta name="author" content="김기자">
        <meta property="article:published_time" content="2024-01-31T08:10:00+09:00">
        <link rel="canonical" href="https://news.example.org/it/csap-grades">`),
    );
    expect(r).toMatchObject({ title: 'CSAP 등급제 개편, 해외 클라우드에 문 열리나', author: '김기자', outlet: '테스트경제', publishedAt: '2024-01-31', url: 'https://news.example.org/it/csap-grades' });
    for (const p of BODY) expect(r.text).toContain(p);
    expect(r.text).toContain(`${BODY[0]}\n\n${BODY[1]}`);
    expect(r.text).not.toContain('Copyright');
  });

  it('falls back to JSON-LD and <time datetime>, and ignores a non-http canonical URL', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: '제목', datePublished: '2023-11-05', author: [{ name: '이기자' }], publisher: { name: '예시신문' }, url: 'https://example.com/a' }] });
    const r = extractHtmlArticle(page(`<script type="application/ld+json">${ld}</script><link rel="canonical" href="javascript:alert(1)">`));
    expect(r).toMatchObject({ author: '이기자', publishedAt: '2023-11-05', outlet: '예시신문', url: 'https://example.com/a' });
    const t = extractHtmlArticle(page('', '<time datetime="2022-03-04">3월 4일</time>'));
    expect(t.publishedAt).toBe('2022-03-04');
  });

  it('runs nothing from a hostile page and keeps none of its script text', () => {
    const w = window as unknown as { __pwned?: number };
    const hostile = page(
      '<script>window.__pwned = 1; document.title = "pwned";</script>',
      `<img src="x" onerror="window.__pwned = 2"><iframe src="javascript:window.__pwned=3"></iframe>
       <p onclick="window.__pwned=4">클릭 <a href="javascript:window.__pwned=5">링크</a> 문단</p><svg onload="window.__pwned=6"></svg>
       <form action="https://evil.example.com"><input name="q" value="검색어"><button>보내기</button></form>`,
    );
    const before = document.title;
    const r = extractHtmlArticle(hostile);
    expect(w.__pwned).toBeUndefined();
    expect(document.title).toBe(before);
    expect(r.text).not.toMatch(/pwned|onerror|javascript|보내기|검색어/);
    expect(r.text).toContain('클릭 링크 문단');
  });

  it('gives empty text for a page without any', () => {
    expect(extractHtmlArticle('<html><head><title>t</title></head><body><script>1</script></body></html>').text).toBe('');
  });
});

describe('blockText', () => {
  it('breaks blocks into paragraphs, <br> into lines, keeps <pre> spacing and normalises to NFC', () => {
    const doc = new DOMParser().parseFromString(`<div><p>한   줄<br>둘째 줄</p><ul><li>a</li><li>b</li></ul><pre>x  y</pre><p>${'네이버'.normalize('NFD')}</p></div>`, 'text/html');
    expect(blockText(doc.body)).toBe('한 줄\n둘째 줄\n\na\nb\n\nx  y\n\n네이버');
  });
});

describe('toCalendarDate', () => {
  it('reads ISO, dotted and Korean dates and refuses nonsense', () => {
    expect(toCalendarDate('2024-12-02T10:00:00Z')).toBe('2024-12-02');
    expect(toCalendarDate('2024.3.9 10:00')).toBe('2024-03-09');
    expect(toCalendarDate('2024년 3월 9일')).toBe('2024-03-09');
    expect(toCalendarDate('2024-13-01')).toBe('');
    expect(toCalendarDate('yesterday')).toBe('');
  });
});
