/**
 * The table of contents of a briefing's print page: numbered section titles with
 * anchors the page's headings carry, so TOC links and PDF bookmarks line up.
 */
import type { Briefing, BriefingSection, Id, Lang } from '../domain';
import { BRIEFING_LABELS } from './labels';

/** One line of the table of contents. */
export interface OutlineEntry {
  /** The section's id; `summary`, `notes` and `sources` for the unnumbered parts. */
  id: Id;
  kind: BriefingSection['kind'] | 'summary' | 'notes' | 'sources';
  /** 1-based section number; null for the unnumbered parts. */
  number: number | null;
  /** `1.`, `2.`, …; empty for the unnumbered parts. */
  label: string;
  /** The section's title, or a word for its kind when untitled. */
  title: string;
  /** The `id` the heading carries on the print page (`#anchor` in links). */
  anchor: string;
}

/**
 * An HTML id for a section heading: `section-` plus the id with anything but letters, digits,
 * `-` and `_` replaced, so any stored id makes a valid, selector-safe anchor.
 */
export function sectionAnchor(sectionId: Id): string {
  return `section-${sectionId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** A section's display title: its own, or the kind's word when it has none. */
export function sectionTitle(section: BriefingSection, lang: Lang): string {
  return section.title.trim() || BRIEFING_LABELS[lang].sectionFallback[section.kind];
}

/**
 * Table of contents entries: the summary (when the briefing has one), the sections numbered
 * 1., 2., … in order, then Notes and Sources when `withCitations` says the briefing cites any.
 */
export function briefingOutline(briefing: Briefing, lang: Lang, withCitations = false): OutlineEntry[] {
  const labels = BRIEFING_LABELS[lang];
  const entries: OutlineEntry[] = [];
  if (briefing.summary.trim()) {
    entries.push({ id: 'summary', kind: 'summary', number: null, label: '', title: labels.summary, anchor: 'summary' });
  }
  briefing.sections.forEach((section, i) => {
    entries.push({
      id: section.id,
      kind: section.kind,
      number: i + 1,
      label: `${i + 1}.`,
      title: sectionTitle(section, lang),
      anchor: sectionAnchor(section.id),
    });
  });
  if (withCitations) {
    entries.push({ id: 'notes', kind: 'notes', number: null, label: '', title: labels.notes, anchor: 'notes' });
    entries.push({ id: 'sources', kind: 'sources', number: null, label: '', title: labels.sources, anchor: 'sources' });
  }
  return entries;
}
