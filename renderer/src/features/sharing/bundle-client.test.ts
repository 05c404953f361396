import { describe, it, expect } from 'vitest';
import { sampleLibrary } from '@shared/bundle/fixtures';
import { writeBundle } from '@shared/bundle/write';
import { openBundle } from '@shared/bundle/open';
import { DossierDb } from '../../db/database';
import { databaseDigest } from '../../db/digest';
import { readLibrary } from '../../db/repositories/library';
import { classifyWriteError } from '../../db/write-error';
import { openImportSession, type WorkerLike } from './bundle-client';
import type { BundleWorkerMessage, BundleWorkerRequest, ImportStage } from './bundle-protocol';
import { handleBundleRequest, type BundleWorkerState } from './bundle-worker-core';
import { replaceLibrary } from './commands/import-bundle';

interface Log {
  transfers: Transferable[][];
  terminated: boolean;
  state: BundleWorkerState;
}

/** A worker that runs the real worker logic in this thread (messages go through the same protocol). */
function inThreadWorker(log: Log): WorkerLike {
  const listeners: Array<(e: MessageEvent<BundleWorkerMessage>) => void> = [];
  return {
    addEventListener: ((type: string, l: (e: MessageEvent<BundleWorkerMessage>) => void) => {
      if (type === 'message') listeners.push(l);
    }) as WorkerLike['addEventListener'],
    postMessage: ((req: BundleWorkerRequest, transfer: Transferable[] = []) => {
      log.transfers.push(transfer);
      void handleBundleRequest(log.state, structuredClone(req), (m) => listeners.forEach((l) => l({ data: structuredClone(m) } as MessageEvent<BundleWorkerMessage>)));
    }) as WorkerLike['postMessage'],
    terminate: () => void (log.terminated = true),
  };
}

const newLog = (): Log => ({ transfers: [], terminated: false, state: { db: null, prepared: null } });
const META = { appVersion: '1', exportedBy: 'B', exportedAt: '2024-12-06T00:00:00.000Z' };

describe('import session in the bundle worker', () => {
  it('transfers the bytes, reports stages, previews only conflicts, backs up and commits where the plan lives', async () => {
    const db = new DossierDb(`client-${Math.random()}`);
    await replaceLibrary(db, sampleLibrary());
    const theirs = sampleLibrary();
    theirs.claims[0]!.status = 'disputed';
    const bytes = writeBundle(theirs, META);
    const log = newLog();
    const stages: ImportStage[] = [];
    const r = await openImportSession(db, bytes, 'b.dossier', (s) => stages.push(s), () => inThreadWorker(log));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const session = r.value;
    expect(stages).toEqual(['checking', 'library', 'planning']);
    expect(log.transfers[0]).toEqual([bytes.buffer]);
    expect(session.preview.conflicts.map((c) => c.key)).toEqual([`claims:${theirs.claims[0]!.id}`]);
    expect(session.preview.summary.claims).toEqual({ new: 0, identical: 2, conflicts: 1 });

    const backup = openBundle(await session.backup('1'));
    expect(backup.ok && backup.value.data.claims.find((c) => c.id === theirs.claims[0]!.id)?.status).toBe(sampleLibrary().claims[0]!.status);

    const outcome = await session.commit({}, 'theirs');
    expect(outcome.importId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await readLibrary(db)).claims.find((c) => c.id === theirs.claims[0]!.id)?.status).toBe('disputed');
    session.close();
    expect(log.terminated).toBe(true);
    await expect(session.commit({}, 'theirs')).rejects.toThrow(/closed/);
  });

  it('ends the worker on a refusal and passes the refusal through', async () => {
    const db = new DossierDb(`client-${Math.random()}`);
    const log = newLog();
    const r = await openImportSession(db, new Uint8Array([1, 2, 3]), 'x.dossier', () => {}, () => inThreadWorker(log));
    expect(r).toMatchObject({ ok: false, error: { code: 'bundle-not-zip' } });
    expect(log.terminated).toBe(true);
  });

  it('reports a failed commit as the same kind of write error and stores nothing', async () => {
    const db = new DossierDb(`client-${Math.random()}`);
    await replaceLibrary(db, sampleLibrary());
    const before = await databaseDigest(db);
    const theirs = sampleLibrary();
    theirs.tags.push({ id: 'tag-new', name: 'new', color: '#000000' });
    const log = newLog();
    const r = await openImportSession(db, writeBundle(theirs, META), 'b.dossier', () => {}, () => inThreadWorker(log));
    if (!r.ok) throw new Error(r.error.message);
    log.state.db!.close();
    const err = await r.value.commit({}, 'theirs').catch((e: unknown) => e);
    expect(classifyWriteError(err)).toBe('closed');
    expect(await databaseDigest(db)).toBe(before);
  });
});

describe('backups made in the bundle worker', () => {
  it('zips the library there without any import prepared, with the reason in the manifest', async () => {
    const { backupBytesOffThread } = await import('./bundle-client');
    const db = new DossierDb(`client-${Math.random()}`);
    await replaceLibrary(db, sampleLibrary());
    const log = newLog();
    const bytes = await backupBytesOffThread(db, '1', 'daily', () => inThreadWorker(log));
    const opened = openBundle(bytes);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.data).toStrictEqual(await readLibrary(db));
    expect(opened.value.manifest.selection).toBe('backup (daily)');
    expect(log.terminated).toBe(true);
  });
});

describe('restore in the bundle worker', () => {
  it('replaces the library with a backup exactly, and refuses a damaged one without touching anything', async () => {
    const { replaceOffThread } = await import('./bundle-client');
    const db = new DossierDb(`client-${Math.random()}`);
    const original = sampleLibrary();
    const bytes = writeBundle(original, META);
    const edited = sampleLibrary();
    edited.claims = edited.claims.slice(1);
    await replaceLibrary(db, edited);
    const before = await databaseDigest(db);
    await expect(replaceOffThread(db, bytes.slice(0, 200), () => inThreadWorker(newLog()))).rejects.toThrow(/damaged|incomplete/);
    expect(await databaseDigest(db)).toBe(before);
    await replaceOffThread(db, bytes, () => inThreadWorker(newLog()));
    const reference = new DossierDb(`client-ref-${Math.random()}`);
    await replaceLibrary(reference, original);
    expect(await readLibrary(db)).toStrictEqual(await readLibrary(reference));
  });
});
