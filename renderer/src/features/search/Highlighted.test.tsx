import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Highlighted, snippetParts } from './Highlighted';

describe('snippetParts', () => {
  it('cuts text into plain and highlighted slices, clamping bad ranges', () => {
    expect(snippetParts({ text: '네이버클라우드는 CSAP를', highlights: [[0, 7], [9, 13]] })).toEqual([
      { text: '네이버클라우드', hit: true },
      { text: '는 ', hit: false },
      { text: 'CSAP', hit: true },
      { text: '를', hit: false },
    ]);
    expect(snippetParts({ text: 'abc', highlights: [[1, 99], [0, 2]] })).toEqual([
      { text: 'a', hit: false },
      { text: 'bc', hit: true },
    ]);
  });
});

describe('Highlighted', () => {
  it('renders matches as <mark> and markup in the text as text', () => {
    const html = renderToStaticMarkup(<Highlighted snippet={{ text: '<img src=x onerror=alert(1)> AWS', highlights: [[29, 32]] }} />);
    expect(html).toBe('<span>&lt;img src=x onerror=alert(1)&gt; </span><mark>AWS</mark>');
  });
});
