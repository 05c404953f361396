/**
 * Articles as CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * the format Zotero and most reference managers import, so sources a
 * researcher collected can be cited from a word processor.
 */
import type { Article } from '../domain';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: { 'date-parts': [number[]] };
  accessed?: { 'date-parts': [number[]] };
  URL?: string;
  language?: string;
}

/** Korean bylines end with a role (`김하늘 기자`); citations want the name alone. */
const ROLE_SUFFIX = /\s*(기자|특파원|선임기자|논설위원|객원기자|인턴기자)$/;
const LATIN_NAME = /^\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * Splits a byline into CSL names: Latin "Given Family" names get family and
 * given; anything else (Korean names, organisations) stays a literal, since
 * guessing where a Korean or corporate name splits does more harm than good.
 */
export function cslNames(byline: string): CslName[] {
  return byline
    .split(/\s*(?:[,;·、&]|\band\b)\s*/)
    .map((part) => part.trim().replace(ROLE_SUFFIX, '').trim())
    .filter(Boolean)
    .map((name) => {
      if (!LATIN_NAME.test(name)) return { literal: name };
      const words = name.split(/\s+/);
      return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
    });
}

/** `2024-11-28` (or `2024-11`, `2024`) as CSL date-parts; undefined when empty or malformed. */
export function cslDate(date: string): { 'date-parts': [number[]] } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return undefined;
  return { 'date-parts': [m.slice(1).filter((p) => p !== undefined).map(Number)] };
}

/** One CSL-JSON item per article; empty fields are left out, as CSL processors expect. */
export function toCslJson(articles: readonly Article[]): CslItem[] {
  return articles.map((a) => {
    const item: CslItem = { id: a.id, type: 'article-newspaper', title: a.title };
    if (a.outlet) item['container-title'] = a.outlet;
    const author = cslNames(a.author);
    if (author.length) item.author = author;
    const issued = cslDate(a.publishedAt);
    if (issued) item.issued = issued;
    const accessed = cslDate(a.createdAt);
    if (accessed) item.accessed = accessed;
    if (a.url) item.URL = a.url;
    if (a.language !== 'other') item.language = a.language;
    return item;
  });
}
