/**
 * Reads a saved web page into an article: metadata from the page head, body
 * text through Mozilla Readability, all of it as plain text.
 *
 * Safety: the page is parsed with DOMParser, which builds an inert document
 * (no scripts run, no resources load, nothing is rendered) and is never
 * inserted into the live document. Metadata is read from that inert head as
 * attribute strings (JSON-LD through JSON.parse, never evaluated). The markup
 * Readability sees has first been sanitized by DOMPurify (scripts, event
 * handlers, iframes, javascript: links removed), and only `textContent`
 * leaves this module: article text is never rendered as HTML.
 */
import DOMPurify from 'dompurify';
import { Readability } from '@mozilla/readability';
import { cleanArticleText, nfc } from '@shared/text/normalize';

/** What a saved page yields; empty strings where the page does not say. */
export interface HtmlArticle {
  title: string;
  author: string;
  /** `YYYY-MM-DD` or empty. */
  publishedAt: string;
  outlet: string;
  /** An http(s) URL or empty. */
  url: string;
  text: string;
}

/** Metadata read from a page's head, JSON-LD and <time> elements. */
export type HtmlMetadata = Omit<HtmlArticle, 'text'>;

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
// Form controls are page chrome (search boxes, share buttons), not article prose.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'HEAD', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT']);

/**
 * Plain text of a DOM subtree with paragraph breaks: block elements become
 * blank-line separated paragraphs, <br> a line break, runs of whitespace one space.
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      parts.push(pre ? data : data.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK.has(tag);
    // List items and table rows start a line; other blocks are paragraphs with a blank line around them.
    const line = tag === 'LI' || tag === 'TR' || tag === 'DT' || tag === 'DD';
    if (block) parts.push(line ? '\n' : '\n\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre || tag === 'PRE');
    if (tag === 'TD' || tag === 'TH') parts.push('\t');
    if (block && !line) parts.push('\n\n');
  };
  walk(root, false);
  return cleanArticleText(
    parts
      .join('')
      .split('\n')
      .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
      .join('\n'),
  );
}

/** A publication date as `YYYY-MM-DD` from ISO timestamps, `2024.12.02`, `2024년 12월 2일` and the like; empty when unreadable. */
export function toCalendarDate(raw: string | null | undefined): string {
  const m = /(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})/.exec(raw ?? '');
  if (!m) return '';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1800 || y > 2200) return '';
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function httpUrl(raw: string | null | undefined): string {
  const s = (raw ?? '').trim();
  return /^https?:\/\/[^\s"<>]+$/i.test(s) ? s : '';
}

function clean(s: unknown): string {
  return typeof s === 'string' ? nfc(s.replace(/\s+/g, ' ').trim()) : '';
}

type JsonLd = Record<string, unknown>;

function jsonLdObjects(doc: Document): JsonLd[] {
  const out: JsonLd[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as JsonLd);
      if ('@graph' in v) visit((v as JsonLd)['@graph']);
    }
  };
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A malformed JSON-LD block is common on real pages; the other metadata sources remain.
    }
  });
  return out;
}

function nameOf(v: unknown): string {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ');
  if (v && typeof v === 'object' && 'name' in v) return clean((v as JsonLd).name);
  return '';
}

/** Title, author, date, outlet and URL from an (inert) parsed page; never touches scripts except to JSON.parse JSON-LD. */
export function extractHtmlMetadata(doc: Document): HtmlMetadata {
  const meta = (...keys: string[]) => {
    for (const k of keys) {
      const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
      const v = clean(el?.getAttribute('content'));
      if (v) return v;
    }
    return '';
  };
  const ld = jsonLdObjects(doc);
  const fromLd = (pick: (o: JsonLd) => string) => ld.map(pick).find(Boolean) ?? '';
  const notUrl = (s: string) => (/^https?:\/\//i.test(s) ? '' : s);
  const title = meta('og:title', 'twitter:title') || fromLd((o) => clean(o.headline)) || clean(doc.querySelector('h1')?.textContent) || clean(doc.title);
  const author = notUrl(meta('author', 'article:author', 'byl', 'dable:author')) || fromLd((o) => nameOf(o.author)) || clean(doc.querySelector('[rel="author"], .byline, .author')?.textContent);
  const publishedAt =
    toCalendarDate(meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date')) ||
    toCalendarDate(fromLd((o) => clean(o.datePublished))) ||
    toCalendarDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  const outlet = meta('og:site_name', 'application-name') || fromLd((o) => nameOf(o.publisher));
  const url = httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) || httpUrl(meta('og:url')) || fromLd((o) => httpUrl(typeof o.url === 'string' ? o.url : ''));
  return { title, author, publishedAt, outlet, url };
}

/**
 * Reads a saved page into an article. `parser` defaults to the global DOMParser
 * (the renderer's, or jsdom's in tests). The text is empty when the page has none.
 */
export function extractHtmlArticle(html: string, parser: DOMParser = new DOMParser()): HtmlArticle {
  const inert = parser.parseFromString(html, 'text/html');
  const metadata = extractHtmlMetadata(inert);
  const safe = DOMPurify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    FORBID_TAGS: ['style', 'form', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'img', 'video', 'audio'],
    ALLOW_DATA_ATTR: false,
  });
  const doc = parser.parseFromString(safe, 'text/html');
  // Readability uses the title to drop a repeated headline from the body.
  if (metadata.title && !doc.title) doc.title = metadata.title;
  const fallback = blockText(doc.body);
  let text = '';
  let byline = '';
  let siteName = '';
  try {
    const parsed = new Readability<Node>(doc, { serializer: (n) => n, keepClasses: false }).parse();
    if (parsed?.content) text = blockText(parsed.content);
    byline = clean(parsed?.byline);
    siteName = clean(parsed?.siteName);
  } catch {
    // Readability gives up on odd documents; the whole sanitized body is the fallback below.
  }
  // A short page may be mostly "boilerplate" to Readability; keep the body when it found too little.
  if (text.length < Math.min(200, fallback.length / 3)) text = fallback;
  return {
    ...metadata,
    author: metadata.author || byline,
    outlet: metadata.outlet || siteName,
    text,
  };
}
