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
  /** How many records a table holds. */
  count(table: 'articles' | 'claims'): Promise<number>;
  /**
   * A token that changes with every write to articles or claims (undefined when none is
   * kept): equal tokens mean nothing the index reads has changed. See `db/revision.ts`.
   */
  revision(): Promise<string | undefined>;
  /** The database's schema version (a snapshot from another one is not trusted to be current). */
  schemaVersion(): number;
  /**
   * Up to `limit` records in primary-key order, starting after the id `after`
   * (from the first when undefined). Reading a table page by page is several
   * times faster than fetching the same records by id, one request each.
   */
  page(table: 'articles', after: string | undefined, limit: number): Promise<Article[]>;
  page(table: 'claims', after: string | undefined, limit: number): Promise<Claim[]>;
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
  /** The library revision the index matched when it was saved, and the schema version then. */
  revision?: string;
  schemaVersion?: number;
}

/** The current tokenizer's fingerprint (see IndexerSnapshot.probe). */
export function tokenizerProbe(): string {
  const out: string[] = [];
  forEachToken('네이버클라우드는 CSAP를 받았다 ㄴㅇㅂ AWS Cloud-Act 1조4600억원 2024년', (t) => out.push(t));
  return out.join('|');
}

/** Records read per batch during a build. */
export const BATCH_SIZE = 250;

/**
 * Above this many changed records a table is read page by page and filtered,
 * rather than fetched id by id: past a few thousand, reading the unchanged
 * records too costs less than one request per changed record.
 */
export const SCAN_THRESHOLD = 2000;

type Table = 'articles' | 'claims';

export class LibraryIndexer {
  private seen = { articles: new Map<string, string>(), claims: new Map<string, string>() };
  /** Article titles by id, for claim hits, and each claim's article. */
  private titles = new Map<string, string>();
  private claimArticle = new Map<string, { articleId: string; statement: string }>();
  /** The library revision the index is known to match (read before the sync that brought it up to date). */
  private revision: string | undefined;
  /** The revision of the last snapshot taken or resumed from. */
  private savedRevision: string | undefined;

  constructor(
    private readonly source: IndexSource,
    private readonly onStatus: (s: IndexStatus) => void = () => {},
    readonly index: SearchIndex = new SearchIndex(),
  ) {}

  /**
   * Brings the index up to date; resolves with the number of records (re)indexed or removed.
   * The first build of an empty index reads every record page by page and skips the version
   * scan (a walk over every `updatedAt` key, seconds at 100,000 claims); later syncs compare
   * versions and read only what changed. When the library revision is the one the index
   * already matches, nothing is read at all.
   */
  async sync(): Promise<number> {
    // Read before anything else: a write after this point changes the revision and wakes another sync.
    const revision = await this.source.revision();
    if (revision !== undefined && revision === this.revision) {
      this.onStatus({ state: 'ready', docs: this.index.stats().docs });
      return 0;
    }
    const first = this.seen.articles.size === 0 && this.seen.claims.size === 0 && this.index.stats().docs === 0;
    let work: { table: Table; ids: Set<string> | 'all'; size: number }[];
    if (first) {
      const [na, nc] = await Promise.all([this.source.count('articles'), this.source.count('claims')]);
      work = [
        { table: 'articles', ids: 'all', size: na },
        { table: 'claims', ids: 'all', size: nc },
      ];
    } else {
      const [av, cv] = await Promise.all([this.source.versions('articles'), this.source.versions('claims')]);
      const ca = this.diff('articles', av);
      const cc = this.diff('claims', cv);
      work = [
        { table: 'articles', ids: new Set(ca), size: ca.length },
        { table: 'claims', ids: new Set(cc), size: cc.length },
      ];
    }
    const total = work.reduce((n, w) => n + w.size, 0);
    let done = 0;
    const report = () => {
      if (total > BATCH_SIZE) this.onStatus({ state: 'building', done: Math.min(done, total), total });
    };
    report();
    for (const w of work) {
      if (w.ids === 'all' || w.size > SCAN_THRESHOLD) {
        const wanted = w.ids === 'all' ? undefined : w.ids;
        await this.scan(w.table, wanted, (n) => {
          done += n;
          report();
        });
        // Whatever the scan did not find was deleted after the version scan.
        if (wanted) for (const id of wanted) this.forget(w.table, id);
      } else {
        const ids = [...w.ids];
        for (let i = 0; i < ids.length; i += BATCH_SIZE) {
          const batch = ids.slice(i, i + BATCH_SIZE);
          const rows = w.table === 'articles' ? await this.source.articles(batch) : await this.source.claims(batch);
          rows.forEach((r, k) => (r ? this.take(w.table, r) : this.forget(w.table, batch[k]!)));
          done += batch.length;
          report();
        }
      }
    }
    this.revision = revision;
    this.onStatus({ state: 'ready', docs: this.index.stats().docs });
    return first ? done : total;
  }

  /**
   * Reads `table` page by page, indexing every record, or only those in `wanted` (each removed
   * from it as it is found); `progress` hears how many each page indexed.
   */
  private async scan(table: Table, wanted: Set<string> | undefined, progress: (n: number) => void): Promise<void> {
    // Claims are a tenth the size of articles, so a page of them holds four times as many.
    const pageSize = table === 'articles' ? BATCH_SIZE : BATCH_SIZE * 4;
    let after: string | undefined;
    for (;;) {
      const rows: (Article | Claim)[] = table === 'articles' ? await this.source.page('articles', after, pageSize) : await this.source.page('claims', after, pageSize);
      if (!rows.length) break;
      let n = 0;
      for (const r of rows) {
        if (wanted && !wanted.delete(r.id)) continue;
        this.take(table, r);
        n++;
      }
      progress(n);
      after = rows[rows.length - 1]!.id;
      if (rows.length < pageSize || wanted?.size === 0) break;
    }
  }

  private take(table: Table, r: Article | Claim): void {
    if (table === 'articles') {
      const a = r as Article;
      this.index.add(articleDoc(a));
      this.titles.set(a.id, a.title);
      this.seen.articles.set(a.id, a.updatedAt);
    } else {
      const c = r as Claim;
      this.index.add(claimDoc(c));
      this.claimArticle.set(c.id, { articleId: c.articleId, statement: c.statement });
      this.seen.claims.set(c.id, c.updatedAt);
    }
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

  /** Whether the index matches a revision its last snapshot did not (so saving it spares the next start a version scan). */
  get unsaved(): boolean {
    return this.revision !== this.savedRevision;
  }

  /** A structured-cloneable copy for saving (compacts the index first). */
  snapshot(): IndexerSnapshot {
    this.savedRevision = this.revision;
    return {
      probe: tokenizerProbe(),
      index: this.index.serialize(),
      articles: [...this.seen.articles],
      claims: [...this.seen.claims],
      claimArticle: [...this.claimArticle].map(([id, c]) => [id, c.articleId, c.statement]),
      ...(this.revision !== undefined ? { revision: this.revision } : {}),
      schemaVersion: this.source.schemaVersion(),
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
    // A schema upgrade may rewrite records without a new revision: then the first sync compares versions.
    if (snap.schemaVersion === source.schemaVersion()) ix.revision = snap.revision;
    ix.savedRevision = ix.revision;
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
