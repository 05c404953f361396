/**
 * The import pipeline's app side: open (read, verify, validate, restore) ->
 * plan the merge against the library -> preview -> commit in one Dexie
 * transaction, recording what was there before so the import can be undone.
 * A backup of the whole library is written before every commit.
 */
import { LIBRARY_TABLES, type LibraryData, type LibraryTable } from '@shared/domain';
import type { Platform } from '@shared/platform';
import { openBundle, type OpenedBundle } from '@shared/bundle/open';
import type { ReadOptions } from '@shared/bundle/read';
import { applyMerge, importSummary, planMerge, type ApplySummary, type ImportSummary, type MergeChoice, type MergePlan } from '@shared/bundle/merge';
import type { Result } from '@shared/result';
import type { DossierDb, ImportRecord } from '../../../db/database';
import type { ImportPreview } from '../bundle-protocol';
import { readLibrary } from '../../../db/repositories/library';
import { writeBackup } from './backups';

/** Everything the preview shows before anything is written. */
export interface PreparedImport {
  fileName: string;
  opened: OpenedBundle;
  plan: MergePlan;
  summary: ImportSummary;
}

/** A prepared import without its id generator: what a worker can post back (functions do not cross). */
export interface PlannedImport {
  fileName: string;
  opened: OpenedBundle;
  items: MergePlan['items'];
}

/** Thrown by `commitImport` when the backup before it could not be written: the import is not attempted. */
export class BackupBeforeImportError extends Error {
  constructor(override readonly cause: unknown) {
    super(`The backup before the import could not be written (${cause instanceof Error ? cause.message : String(cause)}), so nothing was imported.`);
    this.name = 'BackupBeforeImportError';
  }
}

/** Plans the merge of an opened bundle into `existing`. Pure apart from the clock. */
export function planOpened(existing: LibraryData, opened: OpenedBundle, fileName: string, importedAt = new Date().toISOString()): PlannedImport {
  const plan = planMerge(existing, opened.data, {
    fileName,
    importedAt,
    exportedBy: opened.manifest.exportedBy ?? '',
    // Placeholder: `both` copies get their ids from `withIds` on the window side.
    newId: () => '',
  });
  return { fileName, opened, items: plan.items };
}

/**
 * Opens a bundle and plans its merge against `existing`: the in-thread path
 * (tests, the sample dataset). Never throws.
 */
export function planImport(existing: LibraryData, bytes: Uint8Array, fileName: string, importedAt = new Date().toISOString(), limits: ReadOptions = {}): Result<PlannedImport> {
  const opened = openBundle(bytes, limits);
  if (!opened.ok) return opened;
  return { ok: true, value: planOpened(existing, opened.value, fileName, importedAt) };
}

/** Gives a planned import its id generator and preview counts. */
export function withIds(planned: PlannedImport, newId: () => string = () => crypto.randomUUID()): PreparedImport {
  const plan: MergePlan = { items: planned.items, newId };
  return { fileName: planned.fileName, opened: planned.opened, plan, summary: importSummary(plan) };
}

/** What the preview shows of a prepared import (conflicts only, not every incoming row). */
export function previewOf(prepared: PreparedImport): ImportPreview {
  return {
    fileName: prepared.fileName,
    manifest: prepared.opened.manifest,
    problems: prepared.opened.problems,
    summary: prepared.summary,
    conflicts: prepared.plan.items.filter((i) => i.status === 'conflict'),
  };
}

/** Reads and checks a bundle and plans its merge, in this thread. Nothing is written. */
export async function prepareImport(db: DossierDb, bytes: Uint8Array, fileName: string, limits: ReadOptions = {}): Promise<Result<PreparedImport>> {
  const planned = planImport(await readLibrary(db), bytes, fileName, new Date().toISOString(), limits);
  return planned.ok ? { ok: true, value: withIds(planned.value) } : planned;
}

/** How many imports stay undoable, newest first. */
export const IMPORT_LOG_KEEP = 5;

function tableOf(db: DossierDb, t: LibraryTable) {
  return db.table(t);
}

/**
 * Writes the merge in one transaction and records an ImportRecord (the rows it
 * replaced and the ids it created) so `undoLastImport` can put the library
 * back. With a platform, a full backup is written first; if that fails the
 * import is not attempted (`BackupBeforeImportError`). An import that changes
 * nothing writes nothing, not even a record (`importId` is null), so undo
 * still reaches the last import that did something. Any failure inside the
 * transaction aborts all of it: no partial import is ever stored.
 */
export async function commitImport(
  db: DossierDb,
  prepared: PreparedImport,
  choices: Record<string, MergeChoice>,
  defaultChoice: MergeChoice,
  platform?: Platform,
  appVersion = '',
): Promise<{ summary: ApplySummary; importId: string | null }> {
  const { puts, summary } = applyMerge(prepared.plan, choices, defaultChoice);
  if (LIBRARY_TABLES.every((t) => puts[t].length === 0)) return { summary, importId: null };
  if (platform) {
    try {
      await writeBackup(db, platform, appVersion, 'before-import');
    } catch (e) {
      throw new BackupBeforeImportError(e);
    }
  }
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
    // Each record holds every row the import replaced: keep a short undo history, not an ever-growing copy.
    const old = await db.imports.orderBy('at').reverse().offset(IMPORT_LOG_KEEP).primaryKeys();
    if (old.length) await db.imports.bulkDelete(old);
  });
  return { summary, importId };
}

/** Thrown when asked to undo an import that is no longer the most recent one (already undone, or a later import came after it). */
export class ImportNotUndoableError extends Error {
  constructor(readonly importId: string) {
    super(`The import ${importId} is no longer the most recent import, so it cannot be undone.`);
    this.name = 'ImportNotUndoableError';
  }
}

/**
 * Reverses the most recent import exactly: deletes what it created and puts
 * back what it replaced. With `importId`, only that import is undone, and only
 * while it is still the most recent: a toast's Undo must never undo a
 * different, earlier import. Resolves to null when there is nothing to undo.
 */
export async function undoLastImport(db: DossierDb, importId?: string): Promise<ImportRecord | null> {
  const tables = [...LIBRARY_TABLES.map((t) => tableOf(db, t)), db.imports];
  return db.transaction('rw', tables, async () => {
    const last = await db.imports.orderBy('at').last();
    if (importId !== undefined && last?.id !== importId) throw new ImportNotUndoableError(importId);
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

/**
 * Replaces the whole library with `data` in one transaction (restoring a
 * backup). The import log is cleared with it: its records describe a library
 * that no longer exists, and undoing one of them would corrupt the restored one.
 */
export async function replaceLibrary(db: DossierDb, data: LibraryData): Promise<void> {
  const tables = [...LIBRARY_TABLES.map((t) => tableOf(db, t)), db.imports];
  await db.transaction('rw', tables, async () => {
    for (const t of LIBRARY_TABLES) {
      await tableOf(db, t).clear();
      await tableOf(db, t).bulkPut(data[t]);
    }
    await db.imports.clear();
  });
}

/** The most recent import still undoable, or undefined. */
export async function lastImport(db: DossierDb): Promise<ImportRecord | undefined> {
  return db.imports.orderBy('at').last();
}
