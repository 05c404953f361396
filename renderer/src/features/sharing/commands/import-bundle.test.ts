import { describe, it, expect, vi } from 'vitest';
import type { Table } from 'dexie';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Claim, LibraryData } from '@shared/domain';
import { LIBRARY_TABLES } from '@shared/domain';
import { sampleLibrary } from '@shared/bundle/fixtures';
import { writeBundle } from '@shared/bundle/write';
import { createMemoryPlatform } from '../../../platform/memory';
import { DossierDb } from '../../../db/database';
import { databaseDigest } from '../../../db/digest';
import { readLibrary } from '../../../db/repositories/library';
import { classifyWriteError } from '../../../db/write-error';
import { refusalOf } from '../refusal';
import { exportLibraryBundle } from './export-bundle';
import { BackupBeforeImportError, commitImport, IMPORT_LOG_KEEP, ImportNotUndoableError, lastImport, prepareImport, replaceLibrary, undoLastImport, type PreparedImport } from './import-bundle';

let n = 0;
const freshDb = () => new DossierDb(`import-test-${++n}-${Math.random()}`);
const META = { appVersion: '1.0.0', exportedBy: 'Researcher B', exportedAt: '2024-12-06T10:00:00.000Z' };

async function seeded(data: LibraryData): Promise<DossierDb> {
  const db = freshDb();
  await replaceLibrary(db, data);
  return db;
}

async function exported(db: DossierDb): Promise<Uint8Array> {
  const platform = createMemoryPlatform();
  await exportLibraryBundle(db, platform, '1.0.0');
  return platform.saved[0]!.data;
}

async function prepared(db: DossierDb, bytes: Uint8Array, name = 'colleague.dossier'): Promise<PreparedImport> {
  const r = await prepareImport(db, bytes, name);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The library without claims' provenance (an import records where claims came from; nothing else may differ). */
function withoutProvenance(data: LibraryData): LibraryData {
  return { ...data, claims: data.claims.map(({ provenance: _p, ...c }) => c as Claim) };
}

/** Makes one table's bulkPut fail the way IndexedDB does when the disk is full (db.table() hands out its own Table objects, so the prototype is stubbed). */
function failBulkPut(db: DossierDb, table: string, error: unknown) {
  const original = db.Table.prototype.bulkPut;
  return vi.spyOn(db.Table.prototype, 'bulkPut').mockImplementation(function (this: Table, ...args: Parameters<Table['bulkPut']>) {
    if (this.name === table) return Promise.reject(error) as never;
    return original.apply(this, args) as never;
  });
}

const byId = <T extends { id: string }>(rows: T[], id: string) => rows.find((r) => r.id === id)!;

describe('round trip through the app commands', () => {
  it('export then import into an empty library gives the same data, ids included', async () => {
    const source = await seeded(sampleLibrary());
    const bytes = await exported(source);
    const target = freshDb();
    const p = await prepared(target, bytes, 'library.dossier');
    expect(p.opened.problems.filter((x) => x.severity !== 'warning')).toEqual([]);
    await commitImport(target, p, {}, 'mine');
    const got = await readLibrary(target);
    const want = await readLibrary(source);
    expect(withoutProvenance(got)).toStrictEqual(withoutProvenance(want));
    // Claims that already had provenance keep it; the others learn which file they came from.
    for (const c of got.claims) {
      const original = byId(want.claims, c.id);
      if (original.provenance) expect(c.provenance).toStrictEqual(original.provenance);
      else expect(c.provenance).toMatchObject({ fileName: 'library.dossier', exportedBy: '' });
      expect(c.author).toBe(original.author);
    }
  });

  it('export then import into the same library changes nothing at all', async () => {
    const db = await seeded(sampleLibrary());
    const before = await databaseDigest(db);
    const p = await prepared(db, await exported(db));
    expect(p.plan.items.every((i) => i.status === 'identical')).toBe(true);
    for (const choice of ['mine', 'theirs', 'both'] as const) {
      const r = await commitImport(db, p, {}, choice, createMemoryPlatform(), '1.0.0');
      expect(r.importId).toBeNull();
    }
    expect(await databaseDigest(db)).toBe(before);
  });

  it('restoring a backup gives exactly the library that was backed up, and is undoable', async () => {
    const { restoreBackup, writeBackup } = await import('./backups');
    const platform = createMemoryPlatform();
    const db = await seeded(sampleLibrary());
    const original = await readLibrary(db);
    const backup = await writeBackup(db, platform, '1.0.0', 'manual');
    await db.claims.update('clm-aws-share', { status: 'disputed' });
    await db.claims.delete('clm-csap-low');
    const edited = await readLibrary(db);
    const safety = await restoreBackup(db, platform, '1.0.0', backup.name);
    expect(await readLibrary(db)).toStrictEqual(original);
    await restoreBackup(db, platform, '1.0.0', safety.name);
    expect(await readLibrary(db)).toStrictEqual(edited);
  });
});

/** Library A and B share articles and claims and were edited differently. */
function twoLibraries(): { a: LibraryData; b: LibraryData } {
  const a = sampleLibrary();
  const b = sampleLibrary();
  // A: its own note on a shared claim, a new tag.
  byId(a.claims, 'clm-aws-share').note = 'Checked against the annual report.';
  a.tags.push({ id: 'tag-a-only', name: 'a-only', color: '#111111' });
  // B: disputes the same claim, retitles a shared article, adds a claim of its own.
  const bc = byId(b.claims, 'clm-aws-share');
  bc.status = 'disputed';
  bc.author = 'Researcher B';
  byId(b.articles, 'art-share').title = 'Cloud market shares (revised)';
  b.claims.push({ ...bc, id: 'clm-b-only', statement: 'B only', note: '', provenance: undefined } as Claim);
  b.claims = JSON.parse(JSON.stringify(b.claims)) as Claim[];
  return { a, b };
}

describe('merging two libraries edited differently', () => {
  for (const [mineName, theirsName] of [
    ['a', 'b'],
    ['b', 'a'],
  ] as const) {
    for (const choice of ['mine', 'theirs', 'both'] as const) {
      it(`merges ${theirsName} into ${mineName} keeping ${choice}, and undo puts ${mineName} back exactly`, async () => {
        const libs = twoLibraries();
        const mine = libs[mineName];
        const theirs = libs[theirsName];
        const db = await seeded(mine);
        const before = await databaseDigest(db);
        const p = await prepared(db, writeBundle(theirs, META), `${theirsName}.dossier`);
        const conflicts = p.plan.items.filter((i) => i.status === 'conflict').map((i) => i.key).sort();
        expect(conflicts).toEqual(['articles:art-share', 'claims:clm-aws-share']);
        expect(p.plan.items.find((i) => i.key === 'articles:art-share')!.choices).toEqual(['mine', 'theirs']);
        await commitImport(db, p, {}, choice, createMemoryPlatform(), '1.0.0');
        const got = await readLibrary(db);

        // Records only one side had are all there.
        for (const t of LIBRARY_TABLES) for (const r of mine[t]) expect(got[t].some((x) => x.id === r.id)).toBe(true);
        const newOnes = theirs.claims.filter((c) => !mine.claims.some((m) => m.id === c.id));
        for (const c of newOnes) {
          const stored = byId(got.claims, c.id);
          expect(stored.author).toBe(c.author);
          expect(stored.provenance).toMatchObject({ fileName: `${theirsName}.dossier`, exportedBy: 'Researcher B' });
        }
        expect(got.articles.length).toBe(mine.articles.length); // shared articles are never doubled

        const storedClaim = byId(got.claims, 'clm-aws-share');
        const storedArticle = byId(got.articles, 'art-share');
        const theirClaim = byId(theirs.claims, 'clm-aws-share');
        const mineClaim = byId(mine.claims, 'clm-aws-share');
        if (choice === 'theirs') {
          expect(storedClaim).toMatchObject({ status: theirClaim.status, note: theirClaim.note, author: theirClaim.author });
          expect(storedArticle.title).toBe(byId(theirs.articles, 'art-share').title);
        } else {
          expect(storedClaim).toStrictEqual(mineClaim);
          // `both` is not offered for an article sharing its URL: it falls back to mine.
          expect(storedArticle).toStrictEqual(byId(mine.articles, 'art-share'));
        }
        const copies = got.claims.filter((c) => c.id !== 'clm-aws-share' && c.statement === theirClaim.statement && c.status === theirClaim.status && c.note === theirClaim.note);
        if (choice === 'both') {
          expect(copies.length).toBeGreaterThanOrEqual(1);
          expect(copies.some((c) => c.articleId === 'art-share' && c.author === theirClaim.author)).toBe(true);
        }

        const undone = await undoLastImport(db);
        expect(undone?.fileName).toBe(`${theirsName}.dossier`);
        expect(await databaseDigest(db)).toBe(before);
      });
    }
  }

  it('per-conflict choices override the bulk choice', async () => {
    const { a, b } = twoLibraries();
    const db = await seeded(a);
    const p = await prepared(db, writeBundle(b, META));
    await commitImport(db, p, { 'claims:clm-aws-share': 'theirs' }, 'mine');
    const got = await readLibrary(db);
    expect(byId(got.claims, 'clm-aws-share').status).toBe('disputed');
    expect(byId(got.articles, 'art-share').title).toBe(byId(a.articles, 'art-share').title);
  });

  it('keeps a short undo history, newest first', async () => {
    const db = freshDb();
    for (let i = 0; i < IMPORT_LOG_KEEP + 2; i++) {
      const data = sampleLibrary();
      data.tags = [{ id: `tag-${i}`, name: `t${i}`, color: '#000000' }];
      await commitImport(db, await prepared(db, writeBundle(data, META), `f${i}.dossier`), {}, 'theirs');
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(await db.imports.count()).toBe(IMPORT_LOG_KEEP);
    expect((await lastImport(db))?.fileName).toBe(`f${IMPORT_LOG_KEEP + 1}.dossier`);
  });

  it('undo with nothing imported does nothing', async () => {
    const db = await seeded(sampleLibrary());
    const before = await databaseDigest(db);
    expect(await undoLastImport(db)).toBeNull();
    expect(await databaseDigest(db)).toBe(before);
  });
});

/** Rewrites a bundle's manifest (the checksums stay valid: only the manifest changes). */
function withManifest(bytes: Uint8Array, edit: (m: Record<string, unknown>) => void): Uint8Array {
  const files = unzipSync(bytes);
  const m = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>;
  edit(m);
  files['manifest.json'] = strToU8(JSON.stringify(m));
  return zipSync(files);
}

describe('refused imports change nothing', () => {
  const valid = () => writeBundle(sampleLibrary(), META);
  const cases: Array<[string, () => Uint8Array, string, { maxBytes?: number }?]> = [
    ['not a bundle', () => strToU8('just some text, not a zip at all'), 'notBundle'],
    ['a zip without a manifest', () => zipSync({ 'notes.txt': strToU8('hello') }), 'notBundle'],
    ['truncated', () => valid().slice(0, Math.floor(valid().length * 0.6)), 'corrupt'],
    ['over the size limit', valid, 'tooLarge', { maxBytes: 1000 }],
    [
      'a checksum failure',
      () => {
        const files = unzipSync(valid());
        files['claims.json'] = strToU8(strFromU8(files['claims.json']!).replace('disputed', 'verified').replace('unverified', 'verified__'));
        return zipSync(files);
      },
      'checksum',
    ],
    ['a newer format version', () => withManifest(valid(), (m) => void (m.formatVersion = 7)), 'newerVersion'],
  ];
  for (const [name, make, reason, limits] of cases) {
    it(`refuses ${name} with a clear reason and leaves the database as it was`, async () => {
      const { a } = twoLibraries();
      const db = await seeded(a);
      const before = await databaseDigest(db);
      const r = await prepareImport(db, make(), 'x.dossier', limits);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const refusal = refusalOf('x.dossier', r.error);
      expect(refusal.reason).toBe(reason);
      expect(refusal.detail.length).toBeGreaterThan(20);
      if (reason === 'newerVersion') {
        expect(refusal.fileVersion).toBe(7);
        expect(r.error.message).toMatch(/format 7.*format 1 or older/);
      }
      expect(await databaseDigest(db)).toBe(before);
    });
  }
});

describe('failed writes leave no partial record', () => {
  it('a table that throws mid-import aborts the whole transaction', async () => {
    const { a, b } = twoLibraries();
    const db = await seeded(a);
    const before = await databaseDigest(db);
    const p = await prepared(db, writeBundle(b, META));
    const spy = failBulkPut(db, 'claims', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const err = await commitImport(db, p, {}, 'theirs').catch((e: unknown) => e);
    expect(classifyWriteError(err)).toBe('quota');
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    // Articles and tags were written before claims failed: none of them may remain.
    expect(await databaseDigest(db)).toBe(before);
    expect(await lastImport(db)).toBeUndefined();
  });

  it('a closed database is reported as closed and nothing is stored', async () => {
    const { a, b } = twoLibraries();
    const db = await seeded(a);
    const before = await databaseDigest(db);
    const p = await prepared(db, writeBundle(b, META));
    db.close();
    const err = await commitImport(db, p, {}, 'theirs').catch((e: unknown) => e);
    expect(classifyWriteError(err)).toBe('closed');
    await db.open();
    expect(await databaseDigest(db)).toBe(before);
  });

  it('a backup that cannot be written stops the import before it starts', async () => {
    const { a, b } = twoLibraries();
    const db = await seeded(a);
    const before = await databaseDigest(db);
    const platform = createMemoryPlatform();
    platform.backups.write = () => Promise.reject(new DOMException('No room.', 'QuotaExceededError'));
    const err = await commitImport(db, await prepared(db, writeBundle(b, META)), {}, 'theirs', platform, '1.0.0').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupBeforeImportError);
    expect(classifyWriteError((err as BackupBeforeImportError).cause)).toBe('quota');
    expect(await databaseDigest(db)).toBe(before);
  });

  it('a failed restore leaves the library as it was', async () => {
    const { writeBackup, restoreBackup } = await import('./backups');
    const platform = createMemoryPlatform();
    const db = await seeded(sampleLibrary());
    const backup = await writeBackup(db, platform, '1.0.0', 'manual');
    await db.claims.update('clm-aws-share', { status: 'disputed' });
    const before = await databaseDigest(db);
    const spy = failBulkPut(db, 'briefings', new Error('disk error'));
    await expect(restoreBackup(db, platform, '1.0.0', backup.name)).rejects.toThrow('disk error');
    spy.mockRestore();
    expect(await databaseDigest(db)).toBe(before);
  });
});

describe('undo of one import by its id', () => {
  it('undoes only while that import is the latest, never an earlier one', async () => {
    const { a, b } = twoLibraries();
    const db = await seeded(a);
    const first = await commitImport(db, await prepared(db, writeBundle(b, META), 'b.dossier'), {}, 'theirs');
    const afterFirst = await databaseDigest(db);
    const c = sampleLibrary();
    c.tags = [{ id: 'tag-c', name: 'c', color: '#000000' }];
    const second = await commitImport(db, await prepared(db, writeBundle(c, META), 'c.dossier'), {}, 'theirs');
    await expect(undoLastImport(db, first.importId!)).rejects.toBeInstanceOf(ImportNotUndoableError);
    expect((await undoLastImport(db, second.importId!))?.fileName).toBe('c.dossier');
    expect(await databaseDigest(db)).toBe(afterFirst);
    // The toast of the second import, clicked again, must not undo the first.
    await expect(undoLastImport(db, second.importId!)).rejects.toBeInstanceOf(ImportNotUndoableError);
    expect(await databaseDigest(db)).toBe(afterFirst);
  });
});
