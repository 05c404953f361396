/**
 * The library table's row model: one small object per article, without its
 * text, so 10,000 rows fit in React state cheaply.
 *
 * Provider mentions need the text: they are computed once per distinct
 * content, in small batches between paints, and cached by content hash
 * (`MentionCache`), so a re-render or an edit elsewhere never re-scans.
 */
import type { Article, Provider } from '@shared/domain';
import { findProviderMentions } from '@shared/text/aliases';
import type { DossierDb } from '../../db/database';

/** The indexed article fields the table shows. */
export interface ArticleColumns {
  id: string;
  title: string;
  outlet: string;
  publishedAt: string;
  language: Article['language'];
  url: string;
  contentHash: string;
  tagIds: string[];
}

/** A library table row. */
export interface LibraryRow extends ArticleColumns {
  claimCount: number;
  /** Providers the text mentions, in order of first mention; `null` while not yet scanned. */
  providerIds: string[] | null;
}

/**
 * Every article's table columns, text dropped. Dexie returns whole records;
 * this reads them once per change and keeps only the columns, so no text
 * reaches React state. (Key-only cursors over the seven indexed columns were
 * measured slower in Chromium at 10,000 articles: one getAll is ~0.45 s,
 * one index key cursor ~0.15 s raw and several times that through Dexie.)
 */
export async function readArticleColumns(db: DossierDb): Promise<ArticleColumns[]> {
  const articles = await db.articles.toArray();
  return articles.map(columnsOf);
}

/** The table columns of one article record. */
function columnsOf(a: Article): ArticleColumns {
  return { id: a.id, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, language: a.language, url: a.url, contentHash: a.contentHash, tagIds: a.tagIds };
}

/** The first screen of the library, read while the whole table loads. */
export interface FirstScreen {
  columns: ArticleColumns[];
  /** Claim counts of these articles only. */
  counts: Map<string, number>;
}

/**
 * The newest `limit` articles (the table's default order) with their claim counts, read
 * through the `publishedAt` and `articleId` indexes: a cursor over 60 records and 60 index
 * counts take tens of milliseconds where reading 10,000 articles takes seconds. The
 * library's size is a separate read (`db.articles.count()` walks every record).
 */
export async function readFirstScreen(db: DossierDb, limit: number): Promise<FirstScreen> {
  return db.transaction('r', [db.articles, db.claims], async () => {
    const articles = await db.articles.orderBy('publishedAt').reverse().limit(limit).toArray();
    const counts = new Map<string, number>();
    await Promise.all(articles.map(async (a) => counts.set(a.id, await db.claims.where('articleId').equals(a.id).count())));
    for (const [id, n] of counts) if (n === 0) counts.delete(id);
    return { columns: articles.map(columnsOf), counts };
  });
}

/**
 * One mention cache per database for the page's lifetime, so returning to the library
 * does not rescan every article's text (the scan of 10,000 articles takes seconds).
 */
const mentionCaches = new WeakMap<DossierDb, MentionCache>();

/** The mention cache of `db`, created on first use. */
export function mentionCacheFor(db: DossierDb): MentionCache {
  let cache = mentionCaches.get(db);
  if (!cache) {
    cache = new MentionCache();
    mentionCaches.set(db, cache);
  }
  return cache;
}

/** Caches provider ids per content hash, invalidated when the provider registry (ids or aliases) changes. */
export class MentionCache {
  private key = '';
  private byHash = new Map<string, string[]>();

  /** Clears the cache if the registry changed since the last call; returns true when it did. */
  setRegistry(providers: readonly Provider[]): boolean {
    const key = providers.map((p) => `${p.id}:${p.aliases.join('|')}`).join('\n');
    if (key === this.key) return false;
    this.key = key;
    this.byHash.clear();
    return true;
  }

  /** Cached provider ids for a content hash, or undefined when not scanned yet. */
  get(contentHash: string): string[] | undefined {
    return this.byHash.get(contentHash);
  }

  /** Scans an article's text (unless its content was scanned before) and caches the provider ids. */
  compute(article: Pick<Article, 'text' | 'contentHash'>, providers: readonly Provider[]): string[] {
    let ids = this.byHash.get(article.contentHash);
    if (!ids) {
      ids = [];
      for (const m of findProviderMentions(article.text, providers)) if (!ids.includes(m.providerId)) ids.push(m.providerId);
      this.byHash.set(article.contentHash, ids);
    }
    return ids;
  }

  /** How many distinct contents are cached (for tests and diagnostics). */
  get size(): number {
    return this.byHash.size;
  }
}

/** Ids of one article per content hash the cache has not scanned yet. */
export function unscanned(columns: readonly ArticleColumns[], cache: MentionCache): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of columns) {
    if (cache.get(c.contentHash) || seen.has(c.contentHash)) continue;
    seen.add(c.contentHash);
    out.push(c.id);
  }
  return out;
}

/** Rows from columns, claim counts and whatever provider mentions the cache holds. */
export function buildLibraryRows(columns: readonly ArticleColumns[], claimCounts: ReadonlyMap<string, number>, cache: MentionCache): LibraryRow[] {
  return columns.map((c) => ({ ...c, claimCount: claimCounts.get(c.id) ?? 0, providerIds: cache.get(c.contentHash) ?? null }));
}

/** The table's filters; an empty string means "any". Dates are inclusive `YYYY-MM-DD`. */
export interface LibraryFilters {
  outlet: string;
  from: string;
  to: string;
  providerId: string;
  tagId: string;
  language: '' | Article['language'];
}

export const NO_FILTERS: LibraryFilters = { outlet: '', from: '', to: '', providerId: '', tagId: '', language: '' };

/** True when any filter is set. */
export function hasFilters(f: LibraryFilters): boolean {
  return Object.values(f).some(Boolean);
}

/** Rows passing every set filter. An undated article fails any date bound (it cannot be shown to be in range). */
export function filterRows(rows: readonly LibraryRow[], f: LibraryFilters): LibraryRow[] {
  if (!hasFilters(f)) return rows as LibraryRow[];
  return rows.filter(
    (r) =>
      (!f.outlet || r.outlet === f.outlet) &&
      (!f.language || r.language === f.language) &&
      (!f.from || (!!r.publishedAt && r.publishedAt >= f.from)) &&
      (!f.to || (!!r.publishedAt && r.publishedAt <= f.to)) &&
      (!f.providerId || !!r.providerIds?.includes(f.providerId)) &&
      (!f.tagId || r.tagIds.includes(f.tagId)),
  );
}

/** Distinct non-empty outlets, sorted for a filter menu. */
export function outletsOf(rows: readonly LibraryRow[]): string[] {
  return [...new Set(rows.map((r) => r.outlet).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
