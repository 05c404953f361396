import { describe, it, expect } from 'vitest';
import { sampleLibrary } from './fixtures';
import { formatPath } from './problem';
import { validateRow, validateTable } from './validate';

describe('validateRow', () => {
  it('names the place and says what was expected', () => {
    const claim = sampleLibrary().claims[0]! as unknown as Record<string, unknown>;
    claim.value = { kind: 'quantity', amount: 'sixty', unit: 'ratio', original: '60%' };
    const check = validateRow('claims', claim, ['claims', 12]);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problem.path).toBe('claims[12].value.amount');
    expect(check.problem.message).toMatch(/^expected a number, found text "sixty"/);
    expect(check.problem.severity).toBe('dropped');
  });

  it('reports a missing field, an unknown enum value and an unknown kind', () => {
    const article = sampleLibrary().articles[0]! as unknown as Record<string, unknown>;
    delete article.title;
    const missing = validateRow('articles', article, ['articles', 0]);
    expect(!missing.ok && missing.problem).toMatchObject({ path: 'articles[0].title', message: expect.stringMatching(/^missing \(expected text\)/) });

    const claim = sampleLibrary().claims[0]! as unknown as Record<string, unknown>;
    claim.status = 'maybe';
    const status = validateRow('claims', claim, ['claims', 1]);
    expect(!status.ok && status.problem.message).toMatch(/expected one of "unverified", "verified", "disputed", "outdated", found text "maybe"/);

    claim.status = 'verified';
    claim.value = { kind: 'colour', colour: 'red' };
    const kind = validateRow('claims', claim, ['claims', 2]);
    expect(!kind.ok && kind.problem).toMatchObject({ path: 'claims[2].value.kind', message: expect.stringMatching(/unknown kind text "colour"/) });
  });

  it('says how long an enormous string is', () => {
    const tag = { id: 't', name: 'x'.repeat(600), color: '#000' };
    const check = validateRow('tags', tag, ['tags', 3]);
    expect(!check.ok && check.problem.message).toMatch(/text is too long \(600 characters; at most 500 allowed\)/);
  });

  it('lists further faults in the same line', () => {
    const check = validateRow('tags', { id: '', name: 5, color: null }, ['tags', 0]);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem.message).toMatch(/also tags\[0\]\.name: expected text, found the number 5; tags\[0\]\.color/);
  });
});

describe('validateTable', () => {
  it('keeps good rows and drops bad ones', () => {
    const data = sampleLibrary();
    const rows = [data.tags[0], { id: 'x' }, data.tags[1]];
    const result = validateTable('tags', rows);
    expect(result.rows.map((r) => r.id)).toEqual(['tag-csap', 'tag-market']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.path).toBe('tags[1].name');
  });
});

describe('formatPath', () => {
  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['manifest', 'entries', 'articles.json', 'sha256'])).toBe('manifest.entries["articles.json"].sha256');
  });
});
