/**
 * Claims as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/),
 * so other annotation tools and archives can read what a researcher marked.
 * Each claim becomes one Annotation whose target is its article with both
 * selectors Dossier stores; the statement, value, providers, tags and note
 * become TextualBody items told apart by `purpose`.
 */
import { localName, type Claim, type Lang, type LibraryData } from '../domain';
import { valueText } from './value-text';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'describing' | 'classifying' | 'identifying' | 'tagging' | 'commenting';
  format: 'text/plain';
}

export interface W3cTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface W3cTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string };
  body: TextualBody[];
  target: { source: string; selector: [W3cTextQuoteSelector, W3cTextPositionSelector] };
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: number;
  items: Annotation[];
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: AnnotationPage;
}

export interface W3cOptions {
  /** IRI of the collection. Default `urn:dossier:collection`. */
  id?: string;
  label?: string;
  /** Language for provider and attribute names. Default `en`. */
  lang?: Lang;
}

/** An IRI for a Dossier record, safe for any id string. */
export function dossierUrn(kind: 'article' | 'claim', id: string): string {
  return `urn:dossier:${kind}:${encodeURIComponent(id)}`;
}

function annotation(c: Claim, data: Lookup, lang: Lang): Annotation {
  const body: TextualBody[] = [];
  const add = (value: string, purpose: TextualBody['purpose']) => {
    if (value) body.push({ type: 'TextualBody', value, purpose, format: 'text/plain' });
  };
  add(c.statement, 'describing');
  const attribute = data.attributes.get(c.attributeId);
  add(`${attribute ? localName(attribute.name, lang) : c.attributeId}: ${valueText(c.value)}`, 'classifying');
  for (const id of c.providerIds) {
    const p = data.providers.get(id);
    add(p ? localName(p.name, lang) : id, 'identifying');
  }
  for (const id of c.tagIds) add(data.tags.get(id)?.name ?? id, 'tagging');
  add(c.note, 'commenting');

  const article = data.articles.get(c.articleId);
  const { exact, prefix, suffix } = c.target.quote;
  const quote: W3cTextQuoteSelector = { type: 'TextQuoteSelector', exact };
  if (prefix) quote.prefix = prefix;
  if (suffix) quote.suffix = suffix;
  const out: Annotation = {
    id: dossierUrn('claim', c.id),
    type: 'Annotation',
    motivation: 'describing',
    created: c.createdAt,
    modified: c.updatedAt,
    body,
    target: {
      source: article?.url || dossierUrn('article', c.articleId),
      selector: [quote, { type: 'TextPositionSelector', start: c.target.position.start, end: c.target.position.end }],
    },
  };
  if (c.author) out.creator = { type: 'Person', name: c.author };
  return out;
}

interface Lookup {
  articles: Map<string, LibraryData['articles'][number]>;
  attributes: Map<string, LibraryData['attributes'][number]>;
  providers: Map<string, LibraryData['providers'][number]>;
  tags: Map<string, LibraryData['tags'][number]>;
}

/** Every claim in `data` as one AnnotationCollection with a single page. */
export function toW3cAnnotations(data: LibraryData, opts: W3cOptions = {}): AnnotationCollection {
  const id = opts.id ?? 'urn:dossier:collection';
  const lookup: Lookup = {
    articles: new Map(data.articles.map((a) => [a.id, a])),
    attributes: new Map(data.attributes.map((a) => [a.id, a])),
    providers: new Map(data.providers.map((p) => [p.id, p])),
    tags: new Map(data.tags.map((t) => [t.id, t])),
  };
  const items = data.claims.map((c) => annotation(c, lookup, opts.lang ?? 'en'));
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: opts.label ?? 'Dossier claims',
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
  };
}
