import { describe, it, expect } from 'vitest';
import { sampleLibrary } from './fixtures';
import { articleSchema, calendarDate, claimSchema, manifestSchema, partialDate, tableSchemas, timestamp, LIMITS } from './schema';
import { LIBRARY_TABLES } from '../domain';

describe('bundle schemas', () => {
  it('accept every fixture row', () => {
    const data = sampleLibrary();
    for (const table of LIBRARY_TABLES) {
      for (const row of data[table]) expect(tableSchemas[table].safeParse(row).success, `${table} ${row.id}`).toBe(true);
    }
  });

  it('keep unknown fields, nested ones included', () => {
    const claim = { ...sampleLibrary().claims[0]!, futureField: { a: 1 } };
    claim.value = { ...claim.value, precision: 'approx' } as unknown as typeof claim.value;
    const parsed = claimSchema.parse(claim) as Record<string, unknown>;
    expect(parsed.futureField).toEqual({ a: 1 });
    expect((parsed.value as Record<string, unknown>).precision).toBe('approx');
  });

  it('validate dates as real calendar days', () => {
    expect(calendarDate.safeParse('2024-02-29').success).toBe(true);
    expect(calendarDate.safeParse('2023-02-29').success).toBe(false);
    expect(calendarDate.safeParse('2024-13-01').success).toBe(false);
    expect(calendarDate.safeParse('02/12/2024').success).toBe(false);
    expect(partialDate.safeParse('2024').success).toBe(true);
    expect(partialDate.safeParse('2024-06').success).toBe(true);
    expect(partialDate.safeParse('2024-00').success).toBe(false);
    expect(timestamp.safeParse('2024-12-02T09:30:00.000Z').success).toBe(true);
    expect(timestamp.safeParse('2024-12-02T09:30:00+09:00').success).toBe(true);
    expect(timestamp.safeParse('2024-12-32T09:30:00Z').success).toBe(false);
    expect(timestamp.safeParse('yesterday').success).toBe(false);
  });

  it('refuse empty ids and enormous strings', () => {
    const article = sampleLibrary().articles[0]!;
    expect(articleSchema.safeParse({ ...article, id: '' }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, text: 'x'.repeat(LIMITS.articleText) }).success).toBe(true);
    expect(articleSchema.safeParse({ ...article, text: 'x'.repeat(LIMITS.articleText + 1) }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, title: 'x'.repeat(LIMITS.title + 1) }).success).toBe(false);
  });

  it('refuse a position whose end is before its start', () => {
    const claim = sampleLibrary().claims[0]!;
    claim.target.position = { type: 'TextPositionSelector', start: 10, end: 5 };
    expect(claimSchema.safeParse(claim).success).toBe(false);
  });

  it('describe the manifest', () => {
    const manifest = {
      type: 'dossier-bundle',
      formatVersion: 1,
      appVersion: '0.1.0',
      exportedAt: '2024-12-02T09:30:00.000Z',
      exportedBy: '연구자',
      counts: { articles: 0, claims: 0, tags: 0, providers: 0, attributes: 0, briefings: 0 },
      entries: { 'articles.json': { sha256: 'a'.repeat(64), bytes: 2 } },
    };
    expect(manifestSchema.safeParse(manifest).success).toBe(true);
    expect(manifestSchema.safeParse({ ...manifest, type: 'zip' }).success).toBe(false);
    expect(manifestSchema.safeParse({ ...manifest, entries: { 'a.json': { sha256: 'xyz', bytes: 1 } } }).success).toBe(false);
  });
});
