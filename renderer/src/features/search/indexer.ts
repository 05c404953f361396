/**
 * Keeps a SearchIndex in step with the database. It compares each record's
 * `updatedAt` with what it indexed last time, so a sync after a change reads
 * and re-tokenises only the changed records, and one after deletions only
 * drops ids. Records are read in batches so the first build reports progress
 * and never holds the whole library's text at once.
 */
import type { Article, Claim } from '@shared/domain';
import { SearchIndex, type SearchOptions } from '@shared/text/search-index';
import { articleDoc, claimDoc, type IndexStatus, type SearchResult } from './search-docs';

/** Where the indexer reads records; the worker backs it with Dexie. */
export interface IndexSource {
  /** Every [id, updatedAt] pair of a table (key-only reads: no record bodies). */
  versions(table: 'articles' | 'claims'): Promise<Array<[string, string]>>;
  articles(ids: string[]): Promise<(Article | undefined)[]>;
  claims(ids: string[]): Promise<(Claim | undefined)[]>;
}

/** Records read per batch during a build. */
export const BATCH_SIZE = 250;

export class LibraryIndexer {
  readonly index = new SearchIndex();
  private seen = { articles: new Map<string, string>(), claims: new Map<string, string>() };
  /** Article titles by id, for claim hits, and each claim's article. */
  private titles = new Map<string, string>();
  private claimArticle = new Map<string, { articleId: string; statement: string }>();

  constructor(
    private readonly source: IndexSource,
    private readonly onStatus: (s: IndexStatus) => void = () => {},
  ) {}

  /** Brings the index up to date; resolves with the number of records (re)indexed or removed. */
  async sync(): Promise<number> {
    const [av, cv] = await Promise.all([this.source.versions('articles'), this.source.versions('claims')]);
    const changedArticles = this.diff('articles', av);
    const changedClaims = this.diff('claims', cv);
    const total = changedArticles.length + changedClaims.length;
    let done = 0;
    const report = () => {
      if (total > BATCH_SIZE) this.onStatus({ state: 'building', done, total });
    };
    report();
    for (let i = 0; i < changedArticles.length; i += BATCH_SIZE) {
      const ids = changedArticles.slice(i, i + BATCH_SIZE);
      const rows = await this.source.articles(ids);
      rows.forEach((a, k) => {
        if (a) {
          this.index.add(articleDoc(a));
          this.titles.set(a.id, a.title);
          this.seen.articles.set(a.id, a.updatedAt);
        } else this.forget('articles', ids[k]!);
      });
      done += ids.length;
      report();
    }
    for (let i = 0; i < changedClaims.length; i += BATCH_SIZE) {
      const ids = changedClaims.slice(i, i + BATCH_SIZE);
      const rows = await this.source.claims(ids);
      rows.forEach((c, k) => {
        if (c) {
          this.index.add(claimDoc(c));
          this.claimArticle.set(c.id, { articleId: c.articleId, statement: c.statement });
          this.seen.claims.set(c.id, c.updatedAt);
        } else this.forget('claims', ids[k]!);
      });
      done += ids.length;
      report();
    }
    this.onStatus({ state: 'ready', docs: this.index.stats().docs });
    return total;
  }

  /** Ids to (re)index; removes the ids no longer present. */
  private diff(table: 'articles' | 'claims', versions: Array<[string, string]>): string[] {
    const seen = this.seen[table];
    const present = new Set<string>();
    const changed: string[] = [];
    for (const [id, updatedAt] of versions) {
      present.add(id);
      if (seen.get(id) !== updatedAt) changed.push(id);
    }
    for (const id of [...seen.keys()]) if (!present.has(id)) this.forget(table, id);
    return changed;
  }

  private forget(table: 'articles' | 'claims', id: string): void {
    this.seen[table].delete(id);
    this.index.remove(id);
    if (table === 'articles') this.titles.delete(id);
    else this.claimArticle.delete(id);
  }

  /** Ranked results with snippets; claims carry their article's id and title. */
  search(query: string, opts: SearchOptions = {}): SearchResult[] {
    return this.index.search(query, opts).map((h) => {
      const claim = h.kind === 'claim' ? this.claimArticle.get(h.id) : undefined;
      const articleId = claim?.articleId ?? h.id;
      return { id: h.id, kind: h.kind, articleId, articleTitle: this.titles.get(articleId) ?? '', statement: claim?.statement ?? '', score: h.score, snippet: h.snippet };
    });
  }
}
