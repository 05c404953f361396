import { describe, expect, it } from 'vitest';
import { runBatch, type BatchProgress } from './batch';

const files = ['a.txt', 'b.pdf', 'c.md'].map((name) => ({ name }));
const now = () => Promise.resolve();

describe('runBatch', () => {
  it('runs every item in order, reports progress, and turns a throw into an error result', async () => {
    const seen: BatchProgress[] = [];
    const r = await runBatch(
      files,
      async (f) => {
        if (f.name.endsWith('.pdf')) throw new Error('damaged');
        return `ok:${f.name}`;
      },
      (f, e) => `failed:${f.name}:${(e as Error).message}`,
      { onProgress: (p) => seen.push(p), yieldEvery: now },
    );
    expect(r).toEqual({ results: ['ok:a.txt', 'failed:b.pdf:damaged', 'ok:c.md'], cancelled: false });
    expect(seen).toEqual([
      { done: 0, total: 3, current: 'a.txt' },
      { done: 1, total: 3, current: 'b.pdf' },
      { done: 2, total: 3, current: 'c.md' },
      { done: 3, total: 3, current: '' },
    ]);
  });

  it('stops between files when cancelled, keeping what finished', async () => {
    const ctrl = new AbortController();
    const r = await runBatch(
      files,
      async (f) => {
        if (f.name === 'a.txt') ctrl.abort();
        return f.name;
      },
      () => 'x',
      { signal: ctrl.signal, yieldEvery: now },
    );
    expect(r).toEqual({ results: ['a.txt'], cancelled: true });
  });
});
