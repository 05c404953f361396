import { describe, it, expect } from 'vitest';
import { DossierDb } from './database';
import { canonicalJson, databaseDigest } from './digest';
import { classifyWriteError } from './write-error';

describe('database digest', () => {
  it('ignores key order and undefined keys, and sees any stored change', async () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
    const db = new DossierDb(`digest-${Math.random()}`);
    const empty = await databaseDigest(db);
    await db.tags.put({ id: 't', name: 'n', color: '#000000' });
    const one = await databaseDigest(db);
    expect(one).not.toBe(empty);
    await db.settings.put({ key: 'author', value: 'x' });
    expect(await databaseDigest(db)).not.toBe(one);
    await db.settings.delete('author');
    expect(await databaseDigest(db)).toBe(one);
  });
});

describe('write errors', () => {
  it('finds quota and closed-database errors through Dexie’s wrappers', () => {
    expect(classifyWriteError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(classifyWriteError({ name: 'BulkError', failures: [{ name: 'QuotaExceededError' }] })).toBe('quota');
    expect(classifyWriteError({ name: 'DatabaseClosedError' })).toBe('closed');
    expect(classifyWriteError(new Error('x'))).toBe('other');
    expect(classifyWriteError(null)).toBe('other');
  });
});
