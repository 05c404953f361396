/**
 * Compare views (saved views and briefing sections) name providers and tags by
 * id; a merge re-points them too so a briefing does not lose a column.
 */
import type { Briefing, CompareView, SavedView } from '@shared/domain';
import type { DossierDb } from '../../../db/database';

function repointView(view: CompareView, kind: 'provider' | 'tag', from: string, to: string): CompareView {
  if (kind === 'tag') {
    if (view.tagId !== from) return view;
    // An empty `to` removes the filter (the tag was deleted) rather than pointing at nothing.
    if (!to) {
      const { tagId: _gone, ...rest } = view;
      return rest;
    }
    return { ...view, tagId: to };
  }
  if (!view.providerIds.includes(from)) return view;
  return { ...view, providerIds: [...new Set(view.providerIds.map((p) => (p === from ? to : p)))] };
}

/**
 * Rewrites every saved view and briefing section naming `from` to name `to`
 * (call inside a transaction over savedViews and briefings). Returns the rows
 * as they were, for undo.
 */
export async function repointViews(db: DossierDb, kind: 'provider' | 'tag', from: string, to: string): Promise<{ views: SavedView[]; briefings: Briefing[] }> {
  const views = await db.savedViews.toArray();
  const changedViews = views.filter((v) => JSON.stringify(repointView(v.view, kind, from, to)) !== JSON.stringify(v.view));
  await db.savedViews.bulkPut(changedViews.map((v) => ({ ...v, view: repointView(v.view, kind, from, to) })));
  const briefings = await db.briefings.toArray();
  const changedBriefings: Briefing[] = [];
  const updated: Briefing[] = [];
  for (const b of briefings) {
    let touched = false;
    const sections = b.sections.map((s) => {
      if (s.kind === 'compare') {
        const view = repointView(s.view, kind, from, to);
        if (view !== s.view) touched = true;
        return { ...s, view };
      }
      if (s.kind === 'chart' && kind === 'provider' && s.providerIds.includes(from)) {
        touched = true;
        return { ...s, providerIds: [...new Set(s.providerIds.map((p) => (p === from ? to : p)))] };
      }
      return s;
    });
    if (touched) {
      changedBriefings.push(b);
      updated.push({ ...b, sections });
    }
  }
  await db.briefings.bulkPut(updated);
  return { views: changedViews, briefings: changedBriefings };
}
