import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createBrowserBackups } from './browser-backups';

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

describe('createBrowserBackups', () => {
  it('writes, lists newest first without the bytes, reads and deletes', async () => {
    const b = createBrowserBackups(`backups-${Math.random()}`);
    await b.write('a.dossier', bytes(10, 1));
    await new Promise((r) => setTimeout(r, 5));
    await b.write('b.dossier', bytes(20, 2));
    const list = await b.list();
    expect(list.map((e) => [e.name, e.size])).toEqual([
      ['b.dossier', 20],
      ['a.dossier', 10],
    ]);
    expect(list[0]).not.toHaveProperty('data');
    expect([...(await b.read('a.dossier'))]).toEqual([...bytes(10, 1)]);
    await b.delete('a.dossier');
    expect((await b.list()).map((e) => e.name)).toEqual(['b.dossier']);
    await expect(b.read('a.dossier')).rejects.toThrow(/No backup named a.dossier/);
  });

  it('keeps backups written by the version that stored entry and bytes together', async () => {
    const name = `backups-v1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ backups: 'name, createdAt' });
    await v1.table('backups').put({ name: 'old.dossier', size: 3, createdAt: '2026-01-02T00:00:00.000Z', data: bytes(3, 7) });
    v1.close();
    const b = createBrowserBackups(name);
    expect(await b.list()).toEqual([{ name: 'old.dossier', size: 3, createdAt: '2026-01-02T00:00:00.000Z' }]);
    expect([...(await b.read('old.dossier'))]).toEqual([7, 7, 7]);
  });
});
