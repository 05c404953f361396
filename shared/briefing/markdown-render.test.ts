import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { inlineText, parseInline, parseMarkdown, renderMarkdownHtml, safeUrl } from './markdown-render';

/** Parses produced HTML the way a browser would and lists every element and attribute in it. */
function inspect(html: string) {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const elements = [...doc.body.querySelectorAll('*')];
  return {
    tags: [...new Set(elements.map((e) => e.tagName.toLowerCase()))].sort(),
    attributes: elements.flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`)),
    text: doc.body.textContent ?? '',
  };
}

describe('parseMarkdown', () => {
  it('headings, paragraphs, lists, quotes, rules, code', () => {
    const blocks = parseMarkdown('# 제목\n\n첫 줄\n둘째 줄\n\n- 하나\n- **둘**\n  이어짐\n\n3. three\n4. four\n\n> 인용\n\n---\n\n```\n<b>raw</b>\n```\n#### deep');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote', 'rule', 'code', 'heading']);
    expect(blocks[0]).toEqual({ type: 'heading', level: 1, children: [{ type: 'text', text: '제목' }] });
    expect(blocks[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: '첫 줄 둘째 줄' }] });
    expect(blocks[2]).toEqual({
      type: 'list',
      ordered: false,
      start: 1,
      items: [[{ type: 'text', text: '하나' }], [{ type: 'strong', children: [{ type: 'text', text: '둘' }] }, { type: 'text', text: ' 이어짐' }]],
    });
    expect(blocks[3]).toMatchObject({ ordered: true, start: 3 });
    expect(blocks[6]).toEqual({ type: 'code', text: '<b>raw</b>' });
    expect(blocks[7]).toMatchObject({ type: 'heading', level: 3 });
  });
  it('normalises NFD Korean and CRLF', () => {
    expect(parseMarkdown('한국어'.normalize('NFD') + '\r\n\r\nb')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '한국어' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'b' }] },
    ]);
  });
});

describe('parseInline', () => {
  it('emphasis, code, escapes', () => {
    expect(parseInline('**bold** and *it* and `a*b*` and \\*not\\*')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
      { type: 'text', text: ' and ' },
      { type: 'em', children: [{ type: 'text', text: 'it' }] },
      { type: 'text', text: ' and ' },
      { type: 'code', text: 'a*b*' },
      { type: 'text', text: ' and *not*' },
    ]);
  });
  it('leaves snake_case, lone stars and unclosed markers as text', () => {
    expect(parseInline('snake_case_name 2 * 3 = 6 **open')).toEqual([{ type: 'text', text: 'snake_case_name 2 * 3 = 6 **open' }]);
  });
  it('links keep safe URLs only', () => {
    expect(parseInline('[site](https://example.kr/a "title")')).toEqual([
      { type: 'link', children: [{ type: 'text', text: 'site' }], url: 'https://example.kr/a' },
    ]);
    expect(parseInline('[x](javascript:alert(1))')[0]).toEqual({ type: 'link', children: [{ type: 'text', text: 'x' }], url: null });
    expect(parseInline('<https://example.kr>')[0]).toMatchObject({ type: 'link', url: 'https://example.kr' });
  });
  it('inlineText flattens', () => {
    expect(inlineText(parseInline('**a** [b](https://x.kr) `c`'))).toBe('a b c');
  });
});

describe('safeUrl', () => {
  it('accepts http, https, mailto; refuses script, data, file and smuggled whitespace', () => {
    expect(safeUrl(' https://example.kr ')).toBe('https://example.kr');
    expect(safeUrl('mailto:a@b.kr')).toBe('mailto:a@b.kr');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', 'java\tscript:x', 'https://x.kr/\u0000', 'vbscript:x', '//evil.kr']) {
      expect(safeUrl(bad)).toBeNull();
    }
  });
});

describe('renderMarkdownHtml with hostile input', () => {
  const hostile = [
    '# <script>alert(1)</script>',
    '',
    '<img src=x onerror=alert(1)> and <iframe src="https://evil.kr"></iframe>',
    '',
    '[click me](javascript:alert(document.cookie)) [data](data:text/html;base64,PHNjcmlwdD4=)',
    '',
    '[ok](https://example.kr/"onmouseover="alert(1)) **<b onclick=alert(1)>x</b>**',
    '',
    '- <svg onload=alert(1)>',
    '',
    '```',
    '</code></pre><script>alert(1)</script>',
    '```',
    '',
    '&lt;script&gt; stays as typed',
  ].join('\n');
  const html = renderMarkdownHtml(hostile);
  const seen = inspect(html);

  it('produces only the fixed tag set', () => {
    expect(seen.tags).toEqual(['code', 'h1', 'li', 'p', 'pre', 'span', 'strong', 'ul']);
  });
  it('produces no attributes but its own class names', () => {
    expect(seen.attributes.every((a) => a === 'class=md-link' || a === 'class=md-url')).toBe(true);
  });
  it('shows hostile markup as text', () => {
    expect(seen.text).toContain('<script>alert(1)</script>');
    expect(seen.text).toContain('<img src=x onerror=alert(1)>');
    expect(seen.text).toContain('</code></pre><script>alert(1)</script>');
    expect(seen.text).toContain('&lt;script&gt; stays as typed');
  });
  it('drops unsafe link targets and shows safe ones as text', () => {
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(seen.text).toContain('click me');
    expect(seen.text).toContain('ok (https://example.kr/"onmouseover="alert(1)');
  });
});

describe('renderMarkdownHtml', () => {
  it('renders the supported subset', () => {
    expect(renderMarkdownHtml('# T\n\nA **b** *c* `d`\n\n1. x\n2. y\n\n> q\n\n---')).toBe(
      '<h1>T</h1>\n<p>A <strong>b</strong> <em>c</em> <code>d</code></p>\n<ol><li>x</li><li>y</li></ol>\n<blockquote><p>q</p></blockquote>\n<hr>',
    );
  });
  it('nests headings under the section heading with an offset, capped at h6', () => {
    expect(renderMarkdownHtml('# a\n### b', { headingOffset: 2 })).toBe('<h3>a</h3>\n<h5>b</h5>');
    expect(renderMarkdownHtml('### c', { headingOffset: 9 })).toBe('<h6>c</h6>');
  });
  it('a link whose text is its URL shows the URL once', () => {
    expect(renderMarkdownHtml('<https://example.kr>')).toBe('<p><span class="md-link">https://example.kr</span></p>');
  });
  it('ordered lists keep their start', () => {
    expect(renderMarkdownHtml('5. five')).toBe('<ol start="5"><li>five</li></ol>');
  });
});
