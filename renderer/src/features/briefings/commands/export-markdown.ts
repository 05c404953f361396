/** Exports a briefing as a Markdown file (GFM tables and footnotes) through the platform's save dialog. */
import type { Lang } from '@shared/domain';
import type { Platform } from '@shared/platform';
import type { SavedFile } from '@shared/ipc';
import { briefingToMarkdown } from '@shared/briefing/markdown';
import { strToU8 } from 'fflate';
import type { DossierDb } from '../../../db/database';
import { loadBriefingContext } from './briefing-context';

export const MARKDOWN_FILTER = { name: 'Markdown', extensions: ['md'] };

/**
 * A file name from a briefing title: characters Windows, macOS or Linux refuse in names are
 * replaced, runs of spaces folded, and the result kept under 120 characters; `fallback`
 * when nothing is left.
 */
export function briefingFileName(title: string, extension: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  const base = title.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 120).trim();
  return `${base || fallback}.${extension}`;
}

/**
 * Builds the briefing's Markdown with `briefingToMarkdown` and saves `<title>.md`.
 * Resolves to the saved file, or null when the user cancels the dialog. Throws when the
 * briefing does not exist.
 */
export async function exportBriefingMarkdown(db: DossierDb, platform: Platform, briefingId: string, lang: Lang): Promise<SavedFile | null> {
  const loaded = await loadBriefingContext(db, briefingId);
  if (!loaded) throw new Error(`Briefing ${briefingId} does not exist`);
  const markdown = briefingToMarkdown(loaded.briefing, loaded.ctx, lang);
  return platform.saveFile({
    suggestedName: briefingFileName(loaded.briefing.title, 'md', lang === 'ko' ? '브리핑' : 'briefing'),
    filters: [MARKDOWN_FILTER],
    data: strToU8(markdown),
  });
}
