/**
 * Tag edits. Claims and articles refer to tags by id, so a rename is one row;
 * merge and delete rewrite the id lists on claims and articles. `/` in a name
 * makes a hierarchy (`regulation/CSAP`): renaming a parent renames its children.
 */
import type { Article, Claim, Tag } from '@shared/domain';
import { nfc } from '@shared/text/normalize';
import type { DossierDb } from '../../../db/database';
import { defaultTagColor } from '../../../db/repositories/tags';
import { RegistryInputError } from './registry-error';
import { repointViews } from './views';

/** Trims, NFC-normalises and tidies `a / b` into `a/b`; refuses an empty name or an empty level. */
export function cleanTagName(name: string): string {
  const n = nfc(name.trim()).replace(/\s*\/\s*/g, '/');
  if (!n || n.split('/').some((part) => !part)) throw new RegistryInputError('no-name', 'A tag needs a name, and no level of it may be empty.');
  return n;
}

function checkColor(color: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) throw new RegistryInputError('bad-color', `"${color}" is not a colour like #2457c5.`);
  return color.toLowerCase();
}

/** Creates a tag; refuses a name another tag has. */
export async function createTag(db: DossierDb, name: string, color?: string): Promise<Tag> {
  const clean = cleanTagName(name);
  const tag: Tag = { id: crypto.randomUUID(), name: clean, color: color ? checkColor(color) : defaultTagColor(clean) };
  await db.transaction('rw', db.tags, async () => {
    if (await db.tags.where('name').equals(clean).count()) throw new RegistryInputError('name-taken', `A tag named "${clean}" exists.`);
    await db.tags.add(tag);
  });
  return tag;
}

/** Renames a tag and, keeping the hierarchy, every tag below it (`a/x` when `a` becomes `b` is `b/x`). */
export async function renameTag(db: DossierDb, id: string, name: string): Promise<() => Promise<void>> {
  const clean = cleanTagName(name);
  const before = await db.transaction('rw', db.tags, async () => {
    const tag = await db.tags.get(id);
    if (!tag) throw new RegistryInputError('not-found', 'The tag no longer exists.');
    const all = await db.tags.toArray();
    const moving = all.filter((t) => t.id === id || t.name.startsWith(`${tag.name}/`));
    const renamed = moving.map((t) => ({ ...t, name: clean + t.name.slice(tag.name.length) }));
    const movingIds = new Set(moving.map((t) => t.id));
    const taken = new Set(all.filter((t) => !movingIds.has(t.id)).map((t) => t.name));
    const clash = renamed.find((t) => taken.has(t.name));
    if (clash) throw new RegistryInputError('name-taken', `A tag named "${clash.name}" exists; merge the tags instead.`);
    await db.tags.bulkPut(renamed);
    return moving;
  });
  return async () => {
    await db.tags.bulkPut(before);
  };
}

/** Sets a tag's colour (`#rrggbb`). */
export async function setTagColor(db: DossierDb, id: string, color: string): Promise<() => Promise<void>> {
  const c = checkColor(color);
  const before = await db.transaction('rw', db.tags, async () => {
    const tag = await db.tags.get(id);
    if (!tag) throw new RegistryInputError('not-found', 'The tag no longer exists.');
    await db.tags.put({ ...tag, color: c });
    return tag;
  });
  return async () => {
    await db.tags.put(before);
  };
}

interface TaggedRows {
  claims: Claim[];
  articles: Article[];
}

/** Claims and articles carrying tag `id` (inside the caller's transaction). */
async function taggedWith(db: DossierDb, id: string): Promise<TaggedRows> {
  const [claims, articles] = await Promise.all([db.claims.where('tagIds').equals(id).toArray(), db.articles.where('tagIds').equals(id).toArray()]);
  return { claims, articles };
}

function swapTag(ids: string[], from: string, to: string | null): string[] {
  return [...new Set(ids.flatMap((t) => (t === from ? (to ? [to] : []) : [t])))];
}

/** Merges tag `goneId` into `keepId`: claims and articles carrying it carry `keepId` (once); the gone tag is deleted. */
export async function mergeTags(db: DossierDb, keepId: string, goneId: string, now = new Date()): Promise<() => Promise<void>> {
  if (keepId === goneId) throw new RegistryInputError('same', 'Choose two different tags.');
  const iso = now.toISOString();
  const saved = await db.transaction('rw', [db.tags, db.claims, db.articles, db.savedViews, db.briefings], async () => {
    const [keep, gone] = await db.tags.bulkGet([keepId, goneId]);
    if (!keep || !gone) throw new RegistryInputError('not-found', 'One of the tags no longer exists.');
    const rows = await taggedWith(db, goneId);
    await db.claims.bulkPut(rows.claims.map((c) => ({ ...c, tagIds: swapTag(c.tagIds, goneId, keepId), updatedAt: iso })));
    await db.articles.bulkPut(rows.articles.map((a) => ({ ...a, tagIds: swapTag(a.tagIds, goneId, keepId), updatedAt: iso })));
    await db.tags.delete(goneId);
    const views = await repointViews(db, 'tag', goneId, keepId);
    return { gone, rows, views };
  });
  return async () => {
    await db.transaction('rw', [db.tags, db.claims, db.articles, db.savedViews, db.briefings], async () => {
      await db.tags.put(saved.gone);
      await db.claims.bulkPut(saved.rows.claims);
      await db.articles.bulkPut(saved.rows.articles);
      await db.savedViews.bulkPut(saved.views.views);
      await db.briefings.bulkPut(saved.views.briefings);
    });
  };
}

/** Deletes a tag and removes it from every claim and article; the undo puts the tag and the id lists back. */
export async function deleteTag(db: DossierDb, id: string, now = new Date()): Promise<{ claims: number; articles: number; undo: () => Promise<void> }> {
  const iso = now.toISOString();
  const saved = await db.transaction('rw', [db.tags, db.claims, db.articles, db.savedViews, db.briefings], async () => {
    const tag = await db.tags.get(id);
    if (!tag) throw new RegistryInputError('not-found', 'The tag no longer exists.');
    const rows = await taggedWith(db, id);
    await db.claims.bulkPut(rows.claims.map((c) => ({ ...c, tagIds: swapTag(c.tagIds, id, null), updatedAt: iso })));
    await db.articles.bulkPut(rows.articles.map((a) => ({ ...a, tagIds: swapTag(a.tagIds, id, null), updatedAt: iso })));
    // Saved views and briefing tables filtered on the tag drop the filter instead of showing nothing.
    const views = await repointViews(db, 'tag', id, '');
    await db.tags.delete(id);
    return { tag, rows, views };
  });
  return {
    claims: saved.rows.claims.length,
    articles: saved.rows.articles.length,
    undo: async () => {
      await db.transaction('rw', [db.tags, db.claims, db.articles, db.savedViews, db.briefings], async () => {
        await db.tags.put(saved.tag);
        await db.claims.bulkPut(saved.rows.claims);
        await db.articles.bulkPut(saved.rows.articles);
        await db.savedViews.bulkPut(saved.views.views);
        await db.briefings.bulkPut(saved.views.briefings);
      });
    },
  };
}
