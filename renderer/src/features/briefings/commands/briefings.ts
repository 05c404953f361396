/** Briefing commands: create, save (autosave), delete with undo, and section edits as pure helpers. */
import type { Briefing, BriefingSection } from '@shared/domain';
import type { DossierDb } from '../../../db/database';

export function newBriefing(author: string, now = new Date()): Briefing {
  const iso = now.toISOString();
  return {
    id: crypto.randomUUID(),
    title: '',
    subtitle: '',
    author,
    organisation: '',
    date: iso.slice(0, 10),
    summary: '',
    sections: [],
    pageSize: 'A4',
    createdAt: iso,
    updatedAt: iso,
  };
}

export async function createBriefing(db: DossierDb, author: string): Promise<Briefing> {
  const b = newBriefing(author);
  await db.briefings.add(b);
  return b;
}

/** Saves the briefing as edited; the autosave calls this after a short pause in typing. */
export async function saveBriefing(db: DossierDb, b: Briefing): Promise<void> {
  await db.briefings.put({ ...b, updatedAt: new Date().toISOString() });
}

export async function deleteBriefing(db: DossierDb, id: string): Promise<() => Promise<void>> {
  const before = await db.briefings.get(id);
  await db.briefings.delete(id);
  return async () => {
    if (before) await db.briefings.put(before);
  };
}

/** Moves a section from one index to another (drag and drop and keyboard both use this). */
export function moveSection(sections: BriefingSection[], from: number, to: number): BriefingSection[] {
  if (from === to || from < 0 || from >= sections.length || to < 0 || to >= sections.length) return sections;
  const next = sections.slice();
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export function addSection(sections: BriefingSection[], kind: BriefingSection['kind']): BriefingSection[] {
  const id = crypto.randomUUID();
  const s: BriefingSection =
    kind === 'text'
      ? { id, kind, title: '', markdown: '' }
      : kind === 'claims'
        ? { id, kind, title: '', claimIds: [] }
        : kind === 'compare'
          ? { id, kind, title: '', view: { providerIds: [], attributeIds: [] } }
          : { id, kind, title: '', attributeId: '', providerIds: [] };
  return [...sections, s];
}
