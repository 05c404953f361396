/** Saved compare views: a named selection of providers, attributes and filters, kept in `savedViews`. */
import type { CompareView, SavedView } from '@shared/domain';
import type { DossierDb } from '../../../db/database';

const MAX_NAME = 120;

/** Keeps only the fields a CompareView has, with ids de-duplicated, so stray UI state is never stored. */
export function cleanView(view: CompareView): CompareView {
  const unique = (ids: readonly string[]) => [...new Set(ids.filter((id) => typeof id === 'string' && id.length > 0))];
  return {
    providerIds: unique(view.providerIds),
    attributeIds: unique(view.attributeIds),
    ...(view.origin ? { origin: view.origin } : {}),
    ...(view.kind ? { kind: view.kind } : {}),
    ...(view.tagId ? { tagId: view.tagId } : {}),
    ...(view.transposed ? { transposed: true } : {}),
  };
}

/**
 * Saves a view under a name (trimmed, NFC, 1–120 characters). A view with the same name is
 * replaced, so "save" twice under one name updates it rather than making a twin. Returns the
 * stored view and an undo that restores what the name held before (or removes the new view).
 */
export async function saveView(db: DossierDb, name: string, view: CompareView): Promise<{ saved: SavedView; undo: () => Promise<void> }> {
  const clean = name.normalize('NFC').trim();
  if (!clean) throw new Error('A saved view needs a name');
  if (clean.length > MAX_NAME) throw new Error(`A view name has at most ${MAX_NAME} characters`);
  return db.transaction('rw', db.savedViews, async () => {
    const existing = await db.savedViews.where('name').equals(clean).first();
    const saved: SavedView = { id: existing?.id ?? crypto.randomUUID(), name: clean, view: cleanView(view) };
    await db.savedViews.put(saved);
    return {
      saved,
      undo: async () => {
        if (existing) await db.savedViews.put(existing);
        else await db.savedViews.delete(saved.id);
      },
    };
  });
}

/** Deletes a saved view; the undo puts it back. */
export async function deleteView(db: DossierDb, id: string): Promise<() => Promise<void>> {
  return db.transaction('rw', db.savedViews, async () => {
    const before = await db.savedViews.get(id);
    await db.savedViews.delete(id);
    return async () => {
      if (before) await db.savedViews.put(before);
    };
  });
}
