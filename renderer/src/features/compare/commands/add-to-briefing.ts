/** Appends a comparison snapshot or a chart from the compare screen to a briefing (new or existing). */
import type { Briefing, BriefingSection, CompareView } from '@shared/domain';
import type { DossierDb } from '../../../db/database';
import { newBriefing } from '../../briefings/commands/briefings';
import { cleanView } from './saved-views';

/** What the compare screen can add to a briefing. */
export type CompareSectionInput =
  | { kind: 'compare'; title: string; view: CompareView }
  | { kind: 'chart'; title: string; attributeId: string; providerIds: string[] };

/** Where to add it: an existing briefing, or a new one with this title and author. */
export type BriefingTarget = { briefingId: string } | { newTitle: string; author: string };

/**
 * Appends the section at the end of the target briefing in one transaction and returns the
 * briefing as saved. The undo removes exactly that section again (or the whole briefing when
 * it was created for it), leaving edits made since then alone.
 */
export async function addToBriefing(db: DossierDb, target: BriefingTarget, input: CompareSectionInput): Promise<{ briefing: Briefing; undo: () => Promise<void> }> {
  const id = crypto.randomUUID();
  const section: BriefingSection =
    input.kind === 'compare'
      ? { id, kind: 'compare', title: input.title.trim(), view: cleanView(input.view) }
      : { id, kind: 'chart', title: input.title.trim(), attributeId: input.attributeId, providerIds: [...new Set(input.providerIds)] };
  if (section.kind === 'chart' && !section.attributeId) throw new Error('A chart section needs an attribute');
  return db.transaction('rw', db.briefings, async () => {
    const now = new Date().toISOString();
    let base: Briefing;
    let created = false;
    if ('briefingId' in target) {
      const found = await db.briefings.get(target.briefingId);
      if (!found) throw new Error(`Briefing ${target.briefingId} does not exist`);
      base = found;
    } else {
      base = { ...newBriefing(target.author), title: target.newTitle.trim() };
      created = true;
    }
    const briefing: Briefing = { ...base, sections: [...base.sections, section], updatedAt: now };
    await db.briefings.put(briefing);
    return {
      briefing,
      undo: async () => {
        await db.transaction('rw', db.briefings, async () => {
          if (created) {
            await db.briefings.delete(briefing.id);
            return;
          }
          const current = await db.briefings.get(briefing.id);
          if (current) await db.briefings.put({ ...current, sections: current.sections.filter((s) => s.id !== id) });
        });
      },
    };
  });
}
