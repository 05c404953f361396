import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { sampleBriefing, sampleContext } from '@shared/briefing/fixtures';
import { BriefingDocument } from './BriefingDocument';

function render(lang: 'ko' | 'en' = 'en', mutate?: (b: ReturnType<typeof sampleBriefing>) => void) {
  const briefing = sampleBriefing();
  mutate?.(briefing);
  return renderToStaticMarkup(<BriefingDocument briefing={briefing} ctx={sampleContext()} lang={lang} />);
}

describe('BriefingDocument', () => {
  it('puts the title in the one h1 and every section, notes and sources in h2 headings carrying the TOC anchors', () => {
    const html = render();
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<h1 class="cover-title">공공 클라우드 &lt;동향&gt; | 2024</h1>');
    expect(html).toContain('<h2 id="section-s-intro">1. Background</h2>');
    expect(html).toContain('<h2 id="section-s-claims">2. Key claims</h2>');
    expect(html).toContain('href="#section-s-compare"');
    expect(html).toContain('<h2 id="notes">Notes</h2>');
    expect(html).toContain('<h2 id="sources">Sources</h2>');
  });

  it('nests Markdown headings under the section heading and keeps text sections escaped', () => {
    const html = render('en', (b) => {
      b.sections[0] = { id: 's-intro', kind: 'text', title: 'Background', markdown: '## Context\n\n<img src=x onerror=alert(1)> **CSAP**' };
    });
    expect(html).toContain('<h4>Context</h4>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; <strong>CSAP</strong>');
    expect(html).not.toContain('<img');
  });

  it('numbers notes by first use and gives each the exact quote, outlet, author, date and URL', () => {
    const html = render();
    // rev-naver is cited first (claims section), then again by the compare table and chart with the same number.
    expect(html.match(/href="#note-1"/g)!.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('<li id="note-1" value="1" data-testid="print-note"><q class="quote">네이버클라우드의 지난해 매출은 1조4600억원으로 집계됐다</q>');
    expect(html).toContain('테크데일리, 김기자, 2024-12-03');
    expect(html).toContain('href="https://news.example.kr/cloud/123?utm_source=x"');
  });

  it('never turns an unsafe source URL into a link and marks deleted claims', () => {
    const html = render();
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('(deleted claim)');
  });

  it('draws compare snapshots as tables with a header row and note markers, and charts as inline SVG', () => {
    const html = render('ko');
    expect(html).toMatch(/<table class="compare[^"]*" data-testid="print-compare"><thead><tr><th scope="col">사업자<\/th>/);
    expect(html).toContain('<th scope="row">네이버클라우드</th>');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain('<h2 id="notes">주</h2>');
  });

  it('leaves out notes and sources when nothing is cited', () => {
    const html = render('en', (b) => {
      b.sections = [{ id: 't', kind: 'text', title: 'Only text', markdown: 'Hello' }];
    });
    expect(html).not.toContain('id="notes"');
    expect(html).not.toContain('id="sources"');
  });
});
