/**
 * The library table's row model: one small object per article, without its
 * text, so 10,000 rows fit in React state cheaply. Provider mentions need the
 * text, so they are computed here once per distinct content and cached by
 * content hash; a re-render or an edit to another article never re-scans.
 */
import type { Article, Provider } from '@shared/domain';
import { findProviderMentions } from '@shared/text/aliases';

/** A library table row. */
export interface LibraryRow {
  id: string;
  title: string;
  outlet: string;
  author: string;
  publishedAt: string;
  language: Article['language'];
  url: string;
  claimCount: number;
  /** Providers the text mentions, in order of first mention. */
  providerIds: string[];
  tagIds: string[];
  sourceKind: Article['source']['kind'];
}

/** Caches provider ids per content hash, invalidated when the provider registry (ids or aliases) changes. */
export class MentionCache {
  private key = '';
  private byHash = new Map<string, string[]>();

  /** Provider ids mentioned in the article, from cache when its content was scanned before. */
  providersOf(article: Pick<Article, 'text' | 'contentHash'>, providers: readonly Provider[]): string[] {
    const key = registryKey(providers);
    if (key !== this.key) {
      this.key = key;
      this.byHash.clear();
    }
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

function registryKey(providers: readonly Provider[]): string {
  return providers.map((p) => `${p.id}:${p.aliases.join('|')}`).join('\n');
}

/** Builds rows from articles (text is read once, here, and dropped) and per-article claim counts. */
export function buildLibraryRows(articles: readonly Article[], claimCounts: ReadonlyMap<string, number>, providers: readonly Provider[], cache: MentionCache): LibraryRow[] {
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    publishedAt: a.publishedAt,
    language: a.language,
    url: a.url,
    claimCount: claimCounts.get(a.id) ?? 0,
    providerIds: cache.providersOf(a, providers),
    tagIds: a.tagIds,
    sourceKind: a.source.kind,
  }));
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
      (!f.providerId || r.providerIds.includes(f.providerId)) &&
      (!f.tagId || r.tagIds.includes(f.tagId)),
  );
}

/** Distinct non-empty outlets, sorted for a filter menu. */
export function outletsOf(rows: readonly LibraryRow[]): string[] {
  return [...new Set(rows.map((r) => r.outlet).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
