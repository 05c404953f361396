import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createBackupStore, isValidBackupName } from './backups';

const NAME = 'dossier-backup-2025-01-02T03-04-05Z.dossier';
const NAME2 = 'dossier-backup-2025-01-03T03-04-05Z-before-import.dossier';

describe('isValidBackupName', () => {
  it('accepts the shared pattern and nothing path-like', () => {
    expect(isValidBackupName(NAME)).toBe(true);
    expect(isValidBackupName(NAME2)).toBe(true);
    for (const bad of ['../' + NAME, 'sub/' + NAME, 'dossier-backup-x.dossier', NAME + '.exe', 'notes.txt', '', 'dossier-backup-2025-01-02T03-04-05Z/..\\x.dossier']) {
      expect(isValidBackupName(bad)).toBe(false);
    }
  });
});

describe('createBackupStore', () => {
  let root: string;
  let dir: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'dossier-backups-'));
    dir = path.join(root, 'backups');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('lists nothing before the folder exists', async () => {
    expect(await createBackupStore(dir).list()).toEqual([]);
  });

  it('writes, lists, reads and deletes by name', async () => {
    const store = createBackupStore(dir);
    const entry = await store.write(NAME, new Uint8Array([1, 2, 3]));
    expect(entry).toMatchObject({ name: NAME, size: 3 });
    expect(Number.isNaN(Date.parse(entry.createdAt))).toBe(false);
    await store.write(NAME2, new Uint8Array([4]));
    // Stray files in the folder are not backups.
    await writeFile(path.join(dir, 'notes.txt'), 'x');
    expect((await store.list()).map((e) => e.name).sort()).toEqual([NAME, NAME2].sort());
    expect(Array.from(await store.read(NAME))).toEqual([1, 2, 3]);
    await store.delete(NAME);
    expect((await store.list()).map((e) => e.name)).toEqual([NAME2]);
    // No temporary files left behind by the atomic write.
    expect((await readdir(dir)).sort()).toEqual([NAME2, 'notes.txt'].sort());
  });

  it('reports not-found for a missing backup and refuses bad names', async () => {
    const store = createBackupStore(dir);
    await expect(store.read(NAME)).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.delete(NAME)).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.write('../evil.dossier', new Uint8Array())).rejects.toMatchObject({ code: 'invalid-payload' });
    await expect(store.read('../../etc/passwd')).rejects.toMatchObject({ code: 'invalid-payload' });
  });
});
