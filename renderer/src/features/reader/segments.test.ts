import { describe, expect, it } from 'vitest';
import { toRuns } from './segments';

describe('toRuns', () => {
  it('covers the whole text with runs split at highlight edges', () => {
    const runs = toRuns(10, [{ id: 'a', start: 2, end: 5 }]);
    expect(runs).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: ['a'] },
      { start: 5, end: 10, ids: [] },
    ]);
  });
  it('marks overlaps with every covering claim', () => {
    const runs = toRuns(8, [
      { id: 'a', start: 1, end: 5 },
      { id: 'b', start: 3, end: 7 },
    ]);
    expect(runs.find((r) => r.start === 3)?.ids).toEqual(['a', 'b']);
    expect(runs.map((r) => [r.start, r.end])).toEqual([[0, 1], [1, 3], [3, 5], [5, 7], [7, 8]]);
  });
  it('clamps highlights that run past the text and ignores empty ones', () => {
    expect(toRuns(4, [{ id: 'a', start: 2, end: 9 }, { id: 'b', start: 3, end: 3 }])).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 4, ids: ['a'] },
    ]);
  });
});
