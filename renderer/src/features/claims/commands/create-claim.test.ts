import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DossierDb } from '../../../db/database';
import { seedRegistries } from '../../../db/seed-registry';
import { addArticle } from '../../library/commands/add-article';
import { createClaim } from './create-claim';
import { deleteClaims, updateClaims } from './edit-claims';

let db: DossierDb;
let articleId: string;
const TEXT = '공정위 조사에서 AWS의 점유율은 70% 안팎으로 1위였다. 마이크로소프트는 12%였다.';

beforeEach(async () => {
  db = new DossierDb(`claims-${Math.random()}`);
  await db.open();
  await seedRegistries(db);
  const r = await addArticle(db, { title: 't', text: TEXT, source: { kind: 'paste' } });
  if (r.status !== 'added') throw new Error('setup');
  articleId = r.article.id;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const input = () => {
  const start = TEXT.indexOf('AWS의 점유율은 70%');
  return {
    articleId,
    start,
    end: start + 'AWS의 점유율은 70%'.length,
    providerIds: ['prov-aws'],
    attributeId: 'attr-market-share',
    value: { kind: 'quantity' as const, amount: 0.7, unit: 'ratio', original: '70%' },
  };
};

describe('createClaim', () => {
  it('stores the quote with W3C TextQuote and TextPosition selectors', async () => {
    const c = await createClaim(db, input());
    expect(c.target.quote).toMatchObject({ type: 'TextQuoteSelector', exact: 'AWS의 점유율은 70%' });
    expect(c.target.quote.prefix.endsWith('조사에서 ')).toBe(true);
    expect(c.target.position).toEqual({ type: 'TextPositionSelector', start: input().start, end: input().end });
    expect(await db.claims.get(c.id)).toEqual(c);
  });

  it('refuses a claim without provider, with an unknown attribute, a bad range or a bad value', async () => {
    await expect(createClaim(db, { ...input(), providerIds: [] })).rejects.toMatchObject({ code: 'no-provider' });
    await expect(createClaim(db, { ...input(), attributeId: 'nope' })).rejects.toMatchObject({ code: 'no-attribute' });
    await expect(createClaim(db, { ...input(), start: 5, end: 5 })).rejects.toMatchObject({ code: 'bad-range' });
    await expect(createClaim(db, { ...input(), end: TEXT.length + 5 })).rejects.toMatchObject({ code: 'bad-range' });
    await expect(createClaim(db, { ...input(), value: { kind: 'quantity', amount: NaN, unit: 'ratio', original: '' } })).rejects.toMatchObject({ code: 'bad-value' });
    expect(await db.claims.count()).toBe(0);
  });

  it('edits and deletes with exact undo', async () => {
    const c = await createClaim(db, input());
    const undoEdit = await updateClaims(db, [c.id], { status: 'disputed' });
    expect((await db.claims.get(c.id))!.status).toBe('disputed');
    await undoEdit();
    expect(await db.claims.get(c.id)).toEqual(c);
    const undoDelete = await deleteClaims(db, [c.id]);
    expect(await db.claims.count()).toBe(0);
    await undoDelete();
    expect(await db.claims.get(c.id)).toEqual(c);
  });
});
