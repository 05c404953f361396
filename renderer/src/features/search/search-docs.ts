/**
 * What the search index holds for each record: articles by title and text,
 * claims by statement, quote and note. Claims carry their article so a hit
 * opens the reader at the right place.
 */
import type { Article, Claim } from '@shared/domain';
import type { SearchDoc, Snippet } from '@shared/text/search-index';

/** The search document for an article. */
export function articleDoc(a: Pick<Article, 'id' | 'title' | 'text' | 'outlet' | 'author'>): SearchDoc {
  return { id: a.id, kind: 'article', fields: { title: a.title, text: a.text, outlet: a.outlet, author: a.author } };
}

/** The search document for a claim: the statement counts as its title, the quote gives the snippet. */
export function claimDoc(c: Pick<Claim, 'id' | 'statement' | 'note' | 'target'>): SearchDoc {
  return { id: c.id, kind: 'claim', fields: { title: c.statement, text: c.target?.quote?.exact ?? '', note: c.note } };
}

/** A hit as the search box shows it. */
export interface SearchResult {
  id: string;
  kind: 'article' | 'claim';
  /** The article to open (the claim's article for claims). */
  articleId: string;
  /** The article's title (for claims, shown under the statement). */
  articleTitle: string;
  /** The claim's statement; empty for articles. */
  statement: string;
  score: number;
  snippet: Snippet;
}

/** Where a result opens: the reader, scrolled to the claim for claim hits. */
export function resultHref(r: Pick<SearchResult, 'kind' | 'articleId' | 'id'>): string {
  const base = `#/reader/${encodeURIComponent(r.articleId)}`;
  return r.kind === 'claim' ? `${base}?claim=${encodeURIComponent(r.id)}` : base;
}

/** Index progress as the search box shows it. */
export type IndexStatus =
  | { state: 'starting' }
  | { state: 'building'; done: number; total: number }
  /** `saved`: the index saved for the next start matches this one. */
  | { state: 'ready'; docs: number; saved?: boolean }
  | { state: 'error'; message: string };
