/**
 * Keeps a SearchIndex in step with the database. It compares each record's
 * `updatedAt` with what it indexed last time, so a sync after a change reads
 * and re-tokenises only the changed records, and one after deletions only
 * drops ids. Records are read in batches so the first build reports progress
 * and never holds the whole library's text at once.
 */
import type { Article, Claim } from '@shared/domain';
import { SearchIndex, type SearchOptions, type SerializedIndex } from '@shared/text/search-index';
import { forEachToken } from '@shared/text/tokenize';
import { articleDoc, claimDoc, type IndexStatus, type SearchResult } from './search-docs';

/** Where the indexer reads records; the worker backs it with Dexie. */
export interface IndexSource {
  /** Every [id, updatedAt] pair of a table (key-only reads: no record bodies). */
  versions(table: 'articles' | 'claims'): Promise<Array<[string, string]>>;
  articles(ids: string[]): Promise<(Article | undefined)[]>;
  claims(ids: string[]): Promise<(Claim | undefined)[]>;
}

/** A saved indexer: the serialized index plus what it knows about each record, so a restart re-reads only changes. */
export interface IndexerSnapshot {
  /** Tokens of a fixed probe text: when the tokenizer changes, old snapshots no longer match and are rebuilt. */
  probe: string;
  index: SerializedIndex;
  articles: Array<[string, string]>;
  claims: Array<[string, string]>;
  claimArticle: Array<[string, string, string]>;
}

/** The current tokenizer's fingerprint (see IndexerSnapshot.probe). */
export function tokenizerProbe(): string {
  const out: string[] = [];
  forEachToken('네이버클라우드는 CSAP를 받았다 ㄴㅇㅂ AWS Cloud-Act 1조4600억원 2024년', (t) => out.push(t));
  return out.join('|');
}

/** Records read per batch during a build. */
export const BATCH_SIZE = 250;

export class LibraryIndexer {
  private seen = { articles: new Map<string, string>(), claims: new Map<string, string>() };
  /** Article titles by id, for claim hits, and each claim's article. */
  private titles = new Map<string, string>();
  private claimArticle = new Map<string, { articleId: string; statement: string }>();

  constructor(
    private readonly source: IndexSource,
    private readonly onStatus: (s: IndexStatus) => void = () => {},
    readonly index: SearchIndex = new SearchIndex(),
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

  /** A structured-cloneable copy for saving (compacts the index first). */
  snapshot(): IndexerSnapshot {
    return {
      probe: tokenizerProbe(),
      index: this.index.serialize(),
      articles: [...this.seen.articles],
      claims: [...this.seen.claims],
      claimArticle: [...this.claimArticle].map(([id, c]) => [id, c.articleId, c.statement]),
    };
  }

  /** An indexer resumed from a snapshot, or null when the snapshot was made by a different tokenizer or is unreadable. */
  static fromSnapshot(source: IndexSource, snap: IndexerSnapshot, onStatus?: (s: IndexStatus) => void): LibraryIndexer | null {
    if (snap.probe !== tokenizerProbe()) return null;
    let index: SearchIndex;
    try {
      index = SearchIndex.deserialize(snap.index);
    } catch {
      return null;
    }
    const ix = new LibraryIndexer(source, onStatus, index);
    ix.seen.articles = new Map(snap.articles);
    ix.seen.claims = new Map(snap.claims);
    for (const [id, articleId, statement] of snap.claimArticle) ix.claimArticle.set(id, { articleId, statement });
    for (const doc of snap.index.docs) if (doc.kind === 'article') ix.titles.set(doc.id, doc.fields.title ?? '');
    return ix;
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
