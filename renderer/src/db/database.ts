/**
 * Dossier's IndexedDB database. Every schema version stays declared, in order,
 * and a version that has shipped is never edited: a new version is added with
 * its `.upgrade()` and a migration test in `migrations.test.ts`.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Article, Attribute, Briefing, Claim, Provider, SavedView, Setting, Tag } from '@shared/domain';
import { initialRevision, META_TABLE, revisionMiddleware, type MetaRow } from './revision';

/** A suggestion the researcher dismissed for one article. */
export interface Dismissal {
  articleId: string;
  suggestionId: string;
}

/** What the last import wrote, so it can be undone exactly. */
export interface ImportRecord {
  id: string;
  at: string;
  fileName: string;
  /** Rows as they were before the import (to put back), keyed by table. */
  before: Partial<Record<string, unknown[]>>;
  /** Ids the import created (to delete on undo), keyed by table. */
  created: Partial<Record<string, string[]>>;
}

export const DB_NAME = 'dossier';

/** Schema version 1: the walking skeleton's tables. */
export const SCHEMA_V1 = {
  articles: 'id, title, outlet, publishedAt, language, contentHash, url, *tagIds, updatedAt',
  claims: 'id, articleId, attributeId, status, *providerIds, *tagIds, updatedAt',
  tags: 'id, name',
  providers: 'id',
  attributes: 'id',
  briefings: 'id, updatedAt',
  settings: 'key',
} as const;

/** Schema version 2: saved compare views, dismissed suggestions and the import log for undo. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  savedViews: 'id, name',
  dismissals: '[articleId+suggestionId], articleId',
  imports: 'id, at',
} as const;

/** Schema version 3: internal bookkeeping (the library revision the search index checks at start-up). */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  [META_TABLE]: 'key',
} as const;

export class DossierDb extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  claims!: EntityTable<Claim, 'id'>;
  tags!: EntityTable<Tag, 'id'>;
  providers!: EntityTable<Provider, 'id'>;
  attributes!: EntityTable<Attribute, 'id'>;
  briefings!: EntityTable<Briefing, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  savedViews!: EntityTable<SavedView, 'id'>;
  dismissals!: Table<Dismissal, [string, string]>;
  imports!: EntityTable<ImportRecord, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        // v1 claims could lack confidence and note (the skeleton's form had neither): fill them.
        await tx
          .table('claims')
          .toCollection()
          .modify((c: Partial<Claim>) => {
            if (!c.confidence) c.confidence = 'medium';
            if (typeof c.note !== 'string') c.note = '';
          });
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        // Existing data gets a revision, so the first search snapshot after the upgrade can be trusted at the next start.
        await tx.table(META_TABLE).put(initialRevision());
      });
    this.use(revisionMiddleware);
  }
}

/** Opens (creating if needed) the app database. */
export function openDb(name = DB_NAME): DossierDb {
  return new DossierDb(name);
}

/** The library tables in the order a full export writes them. */
export const LIBRARY_TABLE_NAMES = ['articles', 'claims', 'tags', 'providers', 'attributes', 'briefings'] as const;
