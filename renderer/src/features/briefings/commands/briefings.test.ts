import { describe, expect, it } from 'vitest';
import { addSection, moveSection } from './briefings';

describe('briefing sections', () => {
  const three = addSection(addSection(addSection([], 'text'), 'claims'), 'chart');
  it('adds sections of each kind with their empty content', () => {
    expect(three.map((s) => s.kind)).toEqual(['text', 'claims', 'chart']);
    expect(three[1]).toMatchObject({ kind: 'claims', claimIds: [] });
  });
  it('moves a section and leaves out-of-range moves alone', () => {
    expect(moveSection(three, 0, 2).map((s) => s.kind)).toEqual(['claims', 'chart', 'text']);
    expect(moveSection(three, 2, 0).map((s) => s.kind)).toEqual(['chart', 'text', 'claims']);
    expect(moveSection(three, 0, 3)).toBe(three);
  });
});
