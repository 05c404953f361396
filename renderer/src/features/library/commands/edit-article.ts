/**
 * Metadata commands on stored articles: edit, merge from a duplicate, and
 * bulk tag. Each is one transaction and returns an undo that restores the
 * rows exactly as they were. Article text is never changed here.
 */
import type { Article } from '@shared/domain';
import { nfc } from '@shared/text/normalize';
import type { DossierDb } from '../../../db/database';
import { ensureTags } from '../../../db/repositories/tags';
import { ArticleInputError } from './add-article';

/** The metadata fields a researcher edits. */
export const METADATA_FIELDS = ['title', 'outlet', 'author', 'publishedAt', 'url', 'language'] as const;
export type ArticleMetadata = Pick<Article, (typeof METADATA_FIELDS)[number]>;

const LANGUAGES: readonly Article['language'][] = ['ko', 'en', 'other'];

/** Trims, NFC-normalises and validates a metadata patch; throws ArticleInputError on a bad date or URL. */
export function validateMetadata(patch: Partial<ArticleMetadata>): Partial<ArticleMetadata> {
  const out: Partial<ArticleMetadata> = {};
  for (const k of ['title', 'outlet', 'author'] as const) if (patch[k] !== undefined) out[k] = nfc(patch[k].trim());
  if (patch.publishedAt !== undefined) {
    const d = patch.publishedAt.trim();
    if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new ArticleInputError('bad-date', `The date "${d}" is not YYYY-MM-DD.`);
    out.publishedAt = d;
  }
  if (patch.url !== undefined) {
    const u = patch.url.trim();
    if (u && !/^https?:\/\/\S+$/i.test(u)) throw new ArticleInputError('bad-url', `The URL "${u}" does not start with http:// or https://.`);
    out.url = u;
  }
  if (patch.language !== undefined) {
    if (!LANGUAGES.includes(patch.language)) throw new ArticleInputError('bad-url', `Unknown language "${String(patch.language)}".`);
    out.language = patch.language;
  }
  if (out.title === '') throw new ArticleInputError('empty-text', 'The title is empty.');
  return out;
}

async function putBack(db: DossierDb, before: Article[]): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    await db.articles.bulkPut(before);
  });
}

/** Saves edited metadata on one article; returns an undo. */
export async function updateArticleMetadata(db: DossierDb, id: string, patch: Partial<ArticleMetadata>, now = new Date()): Promise<() => Promise<void>> {
  const clean = validateMetadata(patch);
  const before = await db.transaction('rw', db.articles, async () => {
    const a = await db.articles.get(id);
    if (!a) throw new Error(`Article ${id} no longer exists.`);
    await db.articles.put({ ...a, ...clean, updatedAt: now.toISOString() });
    return a;
  });
  return () => putBack(db, [before]);
}

/**
 * Fills the existing article's empty metadata fields from a duplicate's
 * (keeping the existing text and every field it already has). Returns the
 * fields it filled, and an undo.
 */
export async function mergeArticleMetadata(
  db: DossierDb,
  existingId: string,
  incoming: Partial<Pick<Article, 'title' | 'outlet' | 'author' | 'publishedAt' | 'url'>>,
  now = new Date(),
): Promise<{ filled: string[]; undo: () => Promise<void> }> {
  let candidate: Partial<ArticleMetadata>;
  try {
    candidate = validateMetadata(incoming);
  } catch {
    // A bad date or URL in the duplicate is not worth failing the merge: keep the fields that validate.
    candidate = {};
    for (const k of ['title', 'outlet', 'author', 'publishedAt', 'url'] as const) {
      try {
        Object.assign(candidate, validateMetadata({ [k]: incoming[k] }));
      } catch {
        /* skipped field */
      }
    }
  }
  return db.transaction('rw', db.articles, async () => {
    const a = await db.articles.get(existingId);
    if (!a) throw new Error(`Article ${existingId} no longer exists.`);
    const filled: string[] = [];
    const next: Article = { ...a };
    for (const k of ['title', 'outlet', 'author', 'publishedAt', 'url'] as const) {
      const v = candidate[k];
      if (!a[k] && v) {
        next[k] = v;
        filled.push(k);
      }
    }
    if (filled.length) {
      next.updatedAt = now.toISOString();
      await db.articles.put(next);
    }
    return { filled, undo: () => putBack(db, [a]) };
  });
}

/** Adds the named tag (created if new) to every listed article; returns the tag id and an undo. */
export async function tagArticles(db: DossierDb, ids: readonly string[], tagName: string, now = new Date()): Promise<{ tagId: string; changed: number; undo: () => Promise<void> }> {
  const name = nfc(tagName.trim()).replace(/\s*\/\s*/g, '/');
  if (!name) throw new ArticleInputError('empty-text', 'The tag name is empty.');
  return db.transaction('rw', db.articles, db.tags, async () => {
    const existed = await db.tags.where('name').equals(name).first();
    const [tagId] = await ensureTags(db, [name]);
    const articles = (await db.articles.bulkGet([...ids])).filter((a): a is Article => !!a && !a.tagIds.includes(tagId!));
    await db.articles.bulkPut(articles.map((a) => ({ ...a, tagIds: [...a.tagIds, tagId!], updatedAt: now.toISOString() })));
    return {
      tagId: tagId!,
      changed: articles.length,
      undo: async () => {
        await db.transaction('rw', db.articles, db.tags, async () => {
          await db.articles.bulkPut(articles);
          if (!existed) await db.tags.delete(tagId!);
        });
      },
    };
  });
}
