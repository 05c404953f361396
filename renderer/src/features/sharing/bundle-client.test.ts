import { describe, it, expect } from 'vitest';
import { sampleLibrary } from '@shared/bundle/fixtures';
import { writeBundle } from '@shared/bundle/write';
import { DossierDb } from '../../db/database';
import { prepareImportOffThread, type WorkerLike } from './bundle-client';
import type { BundleWorkerMessage, BundleWorkerRequest, ImportStage } from './bundle-protocol';
import { planImport } from './commands/import-bundle';

/** A worker that answers like bundle.worker.ts (against an empty library) and records what it was sent. */
function fakeWorker(log: { transfer?: Transferable[]; request?: BundleWorkerRequest; terminated: boolean }): WorkerLike {
  const listeners: Array<(e: MessageEvent<BundleWorkerMessage>) => void> = [];
  const emit = (m: BundleWorkerMessage) => listeners.forEach((l) => l({ data: m } as MessageEvent<BundleWorkerMessage>));
  return {
    addEventListener: ((type: string, l: (e: MessageEvent<BundleWorkerMessage>) => void) => {
      if (type === 'message') listeners.push(l);
    }) as WorkerLike['addEventListener'],
    postMessage: ((req: BundleWorkerRequest, transfer: Transferable[]) => {
      log.request = req;
      log.transfer = transfer;
      queueMicrotask(() => {
        emit({ type: 'stage', stage: 'checking' });
        emit({ type: 'stage', stage: 'planning' });
        const empty = { articles: [], claims: [], tags: [], providers: [], attributes: [], briefings: [] };
        emit({ type: 'done', result: planImport(empty, req.bytes, req.fileName, req.importedAt) });
      });
    }) as WorkerLike['postMessage'],
    terminate: () => void (log.terminated = true),
  };
}

describe('prepareImportOffThread', () => {
  it('transfers the bytes, reports stages, gives the plan its id generator and ends the worker', async () => {
    const db = new DossierDb(`client-${Math.random()}`);
    const bytes = writeBundle(sampleLibrary(), { appVersion: '1', exportedBy: 'B', exportedAt: '2024-12-06T00:00:00.000Z' });
    const log: { transfer?: Transferable[]; request?: BundleWorkerRequest; terminated: boolean } = { terminated: false };
    const stages: ImportStage[] = [];
    const r = await prepareImportOffThread(db, bytes, 'b.dossier', (s) => stages.push(s), () => fakeWorker(log));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(stages).toEqual(['checking', 'planning']);
    expect(log.request?.dbName).toBe(db.name);
    expect(log.transfer).toEqual([bytes.buffer]);
    expect(log.terminated).toBe(true);
    expect(r.value.summary.claims.new).toBe(3);
    expect(r.value.plan.newId()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('passes a refusal through unchanged', async () => {
    const db = new DossierDb(`client-${Math.random()}`);
    const log = { terminated: false };
    const r = await prepareImportOffThread(db, new Uint8Array([1, 2, 3]), 'x.dossier', () => {}, () => fakeWorker(log));
    expect(r).toMatchObject({ ok: false, error: { code: 'bundle-not-zip' } });
    expect(log.terminated).toBe(true);
  });
});
