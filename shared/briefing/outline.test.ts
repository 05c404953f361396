import { describe, it, expect } from 'vitest';
import { briefingOutline, sectionAnchor } from './outline';
import { sampleBriefing } from './fixtures';

describe('briefingOutline', () => {
  it('numbers sections 1., 2., … and names untitled ones by kind', () => {
    const entries = briefingOutline(sampleBriefing(), 'ko');
    expect(entries.map((e) => `${e.label} ${e.title}`.trim())).toEqual([
      '요약',
      '1. Background',
      '2. 주요 주장',
      '3. Grades',
      '4. Revenue',
      '5. Certification dates',
    ]);
    expect(entries[1]).toMatchObject({ number: 1, anchor: 'section-s-intro', kind: 'text' });
    expect(entries[0]!.number).toBeNull();
  });
  it('adds notes and sources when the briefing cites, and leaves out an empty summary', () => {
    const entries = briefingOutline({ ...sampleBriefing(), summary: '  ' }, 'en', true);
    expect(entries.map((e) => e.title)).toEqual(['Background', 'Key claims', 'Grades', 'Revenue', 'Certification dates', 'Notes', 'Sources']);
  });
  it('anchors are valid ids whatever the section id holds', () => {
    expect(sectionAnchor('a b"<x>')).toBe('section-a_b__x_');
    expect(sectionAnchor('3f2c-uuid_1')).toBe('section-3f2c-uuid_1');
  });
});
