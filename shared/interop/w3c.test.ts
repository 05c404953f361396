import { describe, it, expect } from 'vitest';
import { sampleLibrary } from '../bundle/fixtures';
import { toW3cAnnotations, ANNO_CONTEXT } from './w3c';

const PURPOSES = new Set(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging']);
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The MUSTs of the Web Annotation Data Model (sections 3.1-4.2, 5.1-5.2) that apply
 * to what we emit; returns each violation so a failure says what broke.
 */
function violations(doc: unknown): string[] {
  const out: string[] = [];
  const need = (cond: boolean, msg: string) => void (cond || out.push(msg));
  const c = doc as Record<string, unknown>;
  need(c['@context'] === ANNO_CONTEXT, 'collection @context');
  need(typeof c.id === 'string' && IRI.test(c.id), 'collection id is an IRI');
  need(c.type === 'AnnotationCollection', 'collection type');
  need(Number.isInteger(c.total) && (c.total as number) >= 0, 'total is a non-negative integer');
  const page = c.first as Record<string, unknown>;
  need(!!page && page.type === 'AnnotationPage', 'first is an AnnotationPage');
  need(typeof page.id === 'string' && IRI.test(page.id), 'page id is an IRI');
  const items = page.items as Record<string, unknown>[];
  need(Array.isArray(items) && items.length === c.total, 'items match total');
  for (const [i, a] of items.entries()) {
    const at = `items[${i}]`;
    need(typeof a.id === 'string' && IRI.test(a.id), `${at}.id is an IRI`);
    need(a.type === 'Annotation', `${at}.type`);
    need(!('@context' in a), `${at} inherits the collection context`);
    need(typeof a.motivation === 'string' && PURPOSES.has(a.motivation), `${at}.motivation is a W3C motivation`);
    need(typeof a.created === 'string' && DATETIME.test(a.created), `${at}.created is xsd:dateTime with zone`);
    need(typeof a.modified === 'string' && DATETIME.test(a.modified), `${at}.modified is xsd:dateTime with zone`);
    for (const [j, b] of (a.body as Record<string, unknown>[]).entries()) {
      need(b.type === 'TextualBody' && typeof b.value === 'string' && b.value !== '', `${at}.body[${j}] is a TextualBody with a value`);
      need(typeof b.purpose === 'string' && PURPOSES.has(b.purpose), `${at}.body[${j}].purpose`);
    }
    const target = (a.target ?? {}) as Record<string, unknown>;
    need(!!target && typeof target.source === 'string' && IRI.test(target.source), `${at}.target.source is an IRI`);
    const selectors = (Array.isArray(target.selector) ? target.selector : []) as Record<string, unknown>[];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    need(!!quote && typeof quote.exact === 'string', `${at} TextQuoteSelector has exact`);
    need(!!position && Number.isInteger(position.start) && Number.isInteger(position.end) && (position.start as number) >= 0 && (position.end as number) >= (position.start as number), `${at} TextPositionSelector start/end`);
    if (a.creator !== undefined) need(typeof (a.creator as Record<string, unknown>).type === 'string', `${at}.creator has a type`);
  }
  return out;
}

describe('toW3cAnnotations', () => {
  const data = sampleLibrary();
  const doc = toW3cAnnotations(data, { id: 'urn:dossier:collection:test', label: 'Test export' });

  it('conforms to the Web Annotation Data Model', () => {
    expect(violations(JSON.parse(JSON.stringify(doc)))).toEqual([]);
    expect(doc.total).toBe(3);
    expect(doc.label).toBe('Test export');
  });

  it('catches a broken document (the check can fail)', () => {
    const broken = JSON.parse(JSON.stringify(doc)) as { first: { items: Record<string, unknown>[] } };
    delete broken.first.items[0]!.target;
    expect(violations(broken)).toEqual([
      'items[0].target.source is an IRI',
      'items[0] TextQuoteSelector has exact',
      'items[0] TextPositionSelector start/end',
    ]);
    const noType = JSON.parse(JSON.stringify(doc)) as { first: { items: Record<string, unknown>[] } };
    noType.first.items[1]!.type = 'Note';
    expect(violations(noType)).toEqual(['items[1].type']);
  });

  it('targets the article with selectors that point at the quote in its text', () => {
    const [first] = doc.first.items;
    expect(first!.target.source).toBe('https://example.com/cloud/korea-shares');
    const [quote, position] = first!.target.selector;
    const text = data.articles[1]!.text;
    expect(text.slice(position.start, position.end)).toBe(quote.exact);
    expect(quote.prefix).toBe(text.slice(Math.max(0, position.start - 32), position.start));
  });

  it('carries statement, value, providers, tags and note as bodies by purpose', () => {
    const c = doc.first.items[2]!;
    expect(c.body.map((b) => [b.purpose, b.value])).toEqual([
      ['describing', data.claims[2]!.statement],
      ['classifying', 'CSAP grade: 하'],
      ['identifying', 'AWS'],
      ['identifying', 'Microsoft Azure'],
      ['tagging', 'regulation/CSAP'],
      ['tagging', 'market'],
      ['commenting', 'Line one\nline two'],
    ]);
    expect(c.creator).toBeUndefined();
    expect(doc.first.items[0]!.creator).toEqual({ type: 'Person', name: 'Researcher A' });
  });

  it('falls back to a URN source when the article has no URL', () => {
    const d = sampleLibrary();
    d.articles[1]!.url = '';
    d.articles[1]!.id = 'art share/1';
    d.claims[0]!.articleId = 'art share/1';
    const out = toW3cAnnotations(d);
    expect(out.first.items[0]!.target.source).toBe('urn:dossier:article:art%20share%2F1');
    expect(violations(out)).toEqual([]);
  });
});
