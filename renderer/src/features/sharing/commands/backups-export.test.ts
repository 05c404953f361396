import { describe, it, expect } from 'vitest';
import { strFromU8 } from 'fflate';
import { sampleLibrary } from '@shared/bundle/fixtures';
import { openBundle } from '@shared/bundle/open';
import { BACKUP_NAME } from '@shared/ipc';
import { createMemoryPlatform } from '../../../platform/memory';
import { DossierDb } from '../../../db/database';
import { setSetting } from '../../../db/repositories/settings';
import { backupIfDue, backupName, DAY_MS, pruneBackups, writeBackup } from './backups';
import { exportScope, shareFileName } from './export-bundle';
import { replaceLibrary } from './import-bundle';
import { formatBytes, requestPersistentStorage, storageFacts } from '../storage';

const fresh = () => new DossierDb(`backup-test-${Math.random()}`);

describe('backups', () => {
  it('names backups to the millisecond, within the shell’s allowed pattern', () => {
    const a = backupName('before-restore', new Date('2026-11-23T10:00:00.001Z'));
    const b = backupName('before-restore', new Date('2026-11-23T10:00:00.002Z'));
    expect(a).not.toBe(b);
    expect(a).toMatch(BACKUP_NAME);
  });

  it('writes the daily backup only when a day has passed and the library has articles', async () => {
    const db = fresh();
    const platform = createMemoryPlatform();
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(await backupIfDue(db, platform, '1', now)).toBe(false); // empty library
    await replaceLibrary(db, sampleLibrary());
    expect(await backupIfDue(db, platform, '1', now)).toBe(true);
    expect(await backupIfDue(db, platform, '1', now + DAY_MS - 1)).toBe(false);
    expect(await backupIfDue(db, platform, '1', now + DAY_MS)).toBe(true);
    const list = await platform.backups.list();
    expect(list.length).toBe(2);
    const opened = openBundle(await platform.backups.read(list[0]!.name));
    expect(opened.ok && opened.value.data.articles.length).toBe(2);
  });

  it('keeps only the newest N', async () => {
    const db = fresh();
    const platform = createMemoryPlatform();
    await replaceLibrary(db, sampleLibrary());
    await setSetting(db, 'backupKeep', 2);
    for (let i = 0; i < 4; i++) {
      await writeBackup(db, platform, '1', 'manual');
      await new Promise((r) => setTimeout(r, 3));
    }
    expect((await platform.backups.list()).length).toBe(2);
    await setSetting(db, 'backupKeep', 1);
    expect(await pruneBackups(db, platform)).toBe(1);
  });
});

describe('share exports', () => {
  it('saves a briefing as a bundle holding just that selection, named after it', async () => {
    const db = fresh();
    const data = sampleLibrary();
    data.briefings[0]!.sections = [{ id: 's', kind: 'claims', title: 'x', claimIds: ['clm-naver-rev'] }];
    await replaceLibrary(db, data);
    const platform = createMemoryPlatform();
    await exportScope(db, platform, { kind: 'briefing', briefingId: 'brf-1' }, 'dossier', { appVersion: '1', slug: '공공 클라우드: 동향', selectionLabel: 'Briefing: x' });
    const saved = platform.saved[0]!;
    expect(saved.suggestedName).toMatch(/^dossier-공공-클라우드-동향-\d{4}-.*\.dossier$/);
    const opened = openBundle(saved.data);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.manifest.selection).toBe('Briefing: x');
    expect(opened.value.data.claims.map((c) => c.id)).toEqual(['clm-naver-rev']);
    expect(opened.value.data.articles.map((a) => a.id)).toEqual(['art-share']);
  });

  it('writes claims CSV with a BOM, W3C JSON-LD and CSL-JSON', async () => {
    const db = fresh();
    await replaceLibrary(db, sampleLibrary());
    const platform = createMemoryPlatform();
    await exportScope(db, platform, { kind: 'tag', tagId: 'tag-csap' }, 'claims-csv', { appVersion: '1', slug: 'regulation/CSAP' });
    await exportScope(db, platform, { kind: 'library' }, 'w3c', { appVersion: '1', slug: 'library' });
    await exportScope(db, platform, { kind: 'claims', claimIds: ['clm-aws-share'] }, 'csl-json', { appVersion: '1', slug: 'claims' });
    const [csv, w3c, csl] = platform.saved;
    expect([...csv!.data.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv!.suggestedName).toMatch(/^dossier-regulation-CSAP-claims-.*\.csv$/);
    expect(strFromU8(csv!.data).split('\r\n').filter(Boolean).length).toBe(2); // header + the one CSAP claim
    const anno = JSON.parse(strFromU8(w3c!.data)) as { type: string; total: number };
    expect(anno.type).toBe('AnnotationCollection');
    expect(anno.total).toBe(3);
    const items = JSON.parse(strFromU8(csl!.data)) as Array<{ title: string }>;
    expect(items.map((i) => i.title)).toEqual([sampleLibrary().articles[1]!.title]);
    expect(shareFileName('w3c', '', new Date(0))).toBe('dossier-selection-annotations-1970-01-01T00-00-00Z.jsonld');
  });
});

describe('storage facts', () => {
  it('reports usage, quota and persistence, and asks only when not yet persistent', async () => {
    let asked = 0;
    const storage = {
      estimate: async () => ({ usage: 1536, quota: 10 * 1024 * 1024 }),
      persisted: async () => false,
      persist: async () => (asked++, true),
    } as unknown as StorageManager;
    expect(await storageFacts(storage)).toEqual({ usage: 1536, quota: 10 * 1024 * 1024, persisted: false });
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(asked).toBe(1);
    expect(await storageFacts(undefined)).toEqual({ usage: null, quota: null, persisted: null });
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(512)).toBe('512 B');
  });
});
