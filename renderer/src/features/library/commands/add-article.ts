/**
 * Adds one article to the library: validates, normalises to NFC, detects the
 * language, and refuses to double an article that is already stored (same URL
 * or same normalised text) unless the caller chooses to keep both.
 */
import type { Article, ArticleSourceKind } from '@shared/domain';
import { cleanArticleText, contentHash, nfc, normalizeUrl } from '@shared/text/normalize';
import { detectLanguage } from '@shared/text/language';
import type { DossierDb } from '../../../db/database';

/** The largest article text accepted (characters); larger pastes are refused with a message, never truncated silently. */
export const MAX_ARTICLE_CHARS = 2_000_000;

export interface NewArticleInput {
  title: string;
  outlet?: string;
  author?: string;
  publishedAt?: string;
  url?: string;
  text: string;
  language?: Article['language'];
  source: { kind: ArticleSourceKind; fileName?: string; pages?: Article['source']['pages'] };
  tagIds?: string[];
}

export type AddArticleResult =
  | { status: 'added'; article: Article }
  | { status: 'duplicate'; existing: Article; reason: 'url' | 'text' };

export class ArticleInputError extends Error {
  constructor(
    readonly code: 'empty-text' | 'too-large' | 'bad-date' | 'bad-url',
    message: string,
  ) {
    super(message);
    this.name = 'ArticleInputError';
  }
}

/** Validates and normalises input into an Article (without storing it). */
export function buildArticle(input: NewArticleInput, now = new Date(), id: string = crypto.randomUUID()): Article {
  if (input.text.length > MAX_ARTICLE_CHARS) {
    throw new ArticleInputError('too-large', `The text has ${input.text.length.toLocaleString()} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString()}.`);
  }
  const text = cleanArticleText(input.text);
  if (!text) throw new ArticleInputError('empty-text', 'The article has no text.');
  const publishedAt = (input.publishedAt ?? '').trim();
  if (publishedAt && !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt)) {
    throw new ArticleInputError('bad-date', `The date "${publishedAt}" is not YYYY-MM-DD.`);
  }
  const url = (input.url ?? '').trim();
  if (url && !/^https?:\/\/\S+$/i.test(url)) throw new ArticleInputError('bad-url', `The URL "${url}" does not start with http:// or https://.`);
  const firstLine = text.split('\n', 1)[0] ?? '';
  const iso = now.toISOString();
  return {
    id,
    title: nfc(input.title.trim()) || firstLine.slice(0, 120),
    outlet: nfc((input.outlet ?? '').trim()),
    author: nfc((input.author ?? '').trim()),
    publishedAt,
    url,
    language: input.language ?? detectLanguage(text),
    text,
    contentHash: contentHash(text),
    source: input.source,
    tagIds: input.tagIds ?? [],
    createdAt: iso,
    updatedAt: iso,
  };
}

/** Finds a stored article that is the same as `candidate` by URL or by normalised text. */
export async function findDuplicate(db: DossierDb, candidate: Pick<Article, 'url' | 'contentHash'>): Promise<AddArticleResult | null> {
  const byText = await db.articles.where('contentHash').equals(candidate.contentHash).first();
  if (byText) return { status: 'duplicate', existing: byText, reason: 'text' };
  const url = normalizeUrl(candidate.url);
  if (url) {
    const sameHost = await db.articles.where('url').notEqual('').toArray();
    const byUrl = sameHost.find((a) => normalizeUrl(a.url) === url);
    if (byUrl) return { status: 'duplicate', existing: byUrl, reason: 'url' };
  }
  return null;
}

/** Stores the article unless it duplicates one; `keepBoth` stores it anyway. */
export async function addArticle(db: DossierDb, input: NewArticleInput, opts: { keepBoth?: boolean } = {}): Promise<AddArticleResult> {
  const article = buildArticle(input);
  return db.transaction('rw', db.articles, async () => {
    if (!opts.keepBoth) {
      const dup = await findDuplicate(db, article);
      if (dup) return dup;
    }
    await db.articles.add(article);
    return { status: 'added', article };
  });
}

/** Deletes articles with their claims; returns an undo that puts every row back. */
export async function deleteArticles(db: DossierDb, ids: string[]): Promise<() => Promise<void>> {
  const { articles, claims } = await db.transaction('rw', db.articles, db.claims, async () => {
    const articles = (await db.articles.bulkGet(ids)).filter((a): a is Article => !!a);
    const claims = await db.claims.where('articleId').anyOf(ids).toArray();
    await db.claims.bulkDelete(claims.map((c) => c.id));
    await db.articles.bulkDelete(ids);
    return { articles, claims };
  });
  return async () => {
    await db.transaction('rw', db.articles, db.claims, async () => {
      await db.articles.bulkPut(articles);
      await db.claims.bulkPut(claims);
    });
  };
}
