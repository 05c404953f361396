/** Tag look-ups and creation by name. */
import type { Tag } from '@shared/domain';
import { nfc } from '@shared/text/normalize';
import type { DossierDb } from '../database';

const PALETTE = ['#2457c5', '#1e7a3c', '#b3261e', '#9a6200', '#6b3fa0', '#00838f', '#c2185b', '#5d4037'];

/** A stable colour for a new tag, from its name. */
export function defaultTagColor(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}

/** Splits "a, b/c ,a" into unique trimmed NFC names. */
export function parseTagNames(input: string): string[] {
  return [...new Set(input.split(/[,，]/).map((s) => nfc(s.trim()).replace(/\s*\/\s*/g, '/')).filter(Boolean))];
}

/** Returns ids for the named tags, creating the ones that do not exist yet (inside the caller's transaction if any). */
export async function ensureTags(db: DossierDb, names: string[]): Promise<string[]> {
  if (!names.length) return [];
  return db.transaction('rw', db.tags, async () => {
    const existing = await db.tags.where('name').anyOf(names).toArray();
    const byName = new Map(existing.map((t) => [t.name, t.id]));
    const created: Tag[] = names.filter((n) => !byName.has(n)).map((name) => ({ id: crypto.randomUUID(), name, color: defaultTagColor(name) }));
    await db.tags.bulkAdd(created);
    for (const t of created) byName.set(t.name, t.id);
    return names.map((n) => byName.get(n)!);
  });
}
