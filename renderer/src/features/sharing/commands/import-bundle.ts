/**
 * The import pipeline's app side: open (read, verify, validate, restore) ->
 * plan the merge against the library -> preview -> commit in one Dexie
 * transaction, recording what was there before so the import can be undone.
 * A backup of the whole library is written before every commit.
 */
import { LIBRARY_TABLES, type LibraryData, type LibraryTable } from '@shared/domain';
import type { Platform } from '@shared/platform';
import { openBundle, type OpenedBundle } from '@shared/bundle/open';
import { applyMerge, importSummary, planMerge, type ApplySummary, type ImportSummary, type MergeChoice, type MergePlan } from '@shared/bundle/merge';
import type { Result } from '@shared/result';
import type { DossierDb, ImportRecord } from '../../../db/database';
import { readLibrary } from '../../../db/repositories/library';
import { writeBackup } from './backups';

/** Everything the preview shows before anything is written. */
export interface PreparedImport {
  fileName: string;
  opened: OpenedBundle;
  plan: MergePlan;
  summary: ImportSummary;
}

/** Reads and checks a bundle and plans its merge. Nothing is written. */
export async function prepareImport(db: DossierDb, bytes: Uint8Array, fileName: string): Promise<Result<PreparedImport>> {
  const opened = openBundle(bytes);
  if (!opened.ok) return opened;
  const existing = await readLibrary(db);
  const plan = planMerge(existing, opened.value.data, {
    fileName,
    importedAt: new Date().toISOString(),
    exportedBy: opened.value.manifest.exportedBy ?? '',
    newId: () => crypto.randomUUID(),
  });
  return { ok: true, value: { fileName, opened: opened.value, plan, summary: importSummary(plan) } };
}

function tableOf(db: DossierDb, t: LibraryTable) {
  return db.table(t);
}

/**
 * Writes the merge in one transaction and records an ImportRecord (the rows it
 * replaced and the ids it created) so `undoImport` can put the library back.
 */
export async function commitImport(
  db: DossierDb,
  prepared: PreparedImport,
  choices: Record<string, MergeChoice>,
  defaultChoice: MergeChoice,
  platform?: Platform,
  appVersion = '',
): Promise<{ summary: ApplySummary; importId: string }> {
  const { puts, summary } = applyMerge(prepared.plan, choices, defaultChoice);
  if (platform) await writeBackup(db, platform, appVersion, 'before-import');
  const importId = crypto.randomUUID();
  const tables = [...LIBRARY_TABLES.map((t) => tableOf(db, t)), db.imports];
  await db.transaction('rw', tables, async () => {
    const before: ImportRecord['before'] = {};
    const created: ImportRecord['created'] = {};
    for (const t of LIBRARY_TABLES) {
      const rows = puts[t] as Array<{ id: string }>;
      if (!rows.length) continue;
      const ids = rows.map((r) => r.id);
      const old = (await tableOf(db, t).bulkGet(ids)) as Array<unknown | undefined>;
      before[t] = old.filter((x) => x !== undefined);
      created[t] = ids.filter((_, i) => old[i] === undefined);
      await tableOf(db, t).bulkPut(rows);
    }
    await db.imports.put({ id: importId, at: new Date().toISOString(), fileName: prepared.fileName, before, created });
  });
  return { summary, importId };
}

/** Reverses the most recent import exactly: deletes what it created and puts back what it replaced. */
export async function undoLastImport(db: DossierDb): Promise<ImportRecord | null> {
  const tables = [...LIBRARY_TABLES.map((t) => tableOf(db, t)), db.imports];
  return db.transaction('rw', tables, async () => {
    const last = await db.imports.orderBy('at').last();
    if (!last) return null;
    for (const t of LIBRARY_TABLES) {
      const created = last.created[t] ?? [];
      if (created.length) await tableOf(db, t).bulkDelete(created);
      const before = last.before[t] ?? [];
      if (before.length) await tableOf(db, t).bulkPut(before);
    }
    await db.imports.delete(last.id);
    return last;
  });
}

/** Replaces the whole library with `data` in one transaction (restoring a backup). */
export async function replaceLibrary(db: DossierDb, data: LibraryData): Promise<void> {
  const tables = LIBRARY_TABLES.map((t) => tableOf(db, t));
  await db.transaction('rw', tables, async () => {
    for (const t of LIBRARY_TABLES) {
      await tableOf(db, t).clear();
      await tableOf(db, t).bulkPut(data[t]);
    }
  });
}
