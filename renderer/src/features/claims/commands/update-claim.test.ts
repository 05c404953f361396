import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DossierDb } from '../../../db/database';
import { seedRegistries } from '../../../db/seed-registry';
import { addArticle } from '../../library/commands/add-article';
import { createClaim } from './create-claim';
import { editClaim, retagClaims, type ClaimEdit } from './update-claim';

let db: DossierDb;
let articleId: string;
const TEXT = 'NHN클라우드는 CSAP 하 등급을 받았다. 쿠팡은 GPU를 늘린다.';

beforeEach(async () => {
  db = new DossierDb(`update-claim-${Math.random()}`);
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

const make = () =>
  createClaim(db, { articleId, start: 0, end: 8, providerIds: ['prov-nhn-cloud'], attributeId: 'attr-partnership', value: { kind: 'text', text: 'x' }, asOf: { start: '2024-01-01' }, author: 'kim' });

describe('editClaim', () => {
  it('changes every editable field but never the quote, author or creation time; undo restores', async () => {
    const c = await make();
    const edit: ClaimEdit = {
      statement: ' 하 등급 ',
      providerIds: ['prov-nhn-cloud', 'prov-nhn-cloud', 'prov-kt-cloud'],
      attributeId: 'attr-csap-grade',
      value: { kind: 'category', category: '하' },
      status: 'verified',
      confidence: 'high',
      tagIds: ['t1'],
      note: 'n',
    };
    const undo = await editClaim(db, c.id, edit, new Date('2030-01-01T00:00:00Z'));
    const after = (await db.claims.get(c.id))!;
    expect(after).toMatchObject({ statement: '하 등급', providerIds: ['prov-nhn-cloud', 'prov-kt-cloud'], attributeId: 'attr-csap-grade', status: 'verified', confidence: 'high', tagIds: ['t1'], note: 'n' });
    expect(after.asOf).toBeUndefined();
    expect(after.target).toEqual(c.target);
    expect([after.author, after.createdAt, after.updatedAt]).toEqual([c.author, c.createdAt, '2030-01-01T00:00:00.000Z']);
    await undo();
    expect(await db.claims.get(c.id)).toEqual(c);
  });

  it('refuses bad input and leaves the claim alone', async () => {
    const c = await make();
    const base: ClaimEdit = { statement: '', providerIds: ['prov-aws'], attributeId: 'attr-partnership', value: { kind: 'text', text: 'y' }, status: 'unverified', confidence: 'low', tagIds: [], note: '' };
    await expect(editClaim(db, c.id, { ...base, providerIds: [] })).rejects.toMatchObject({ code: 'no-provider' });
    await expect(editClaim(db, c.id, { ...base, attributeId: 'attr-nope' })).rejects.toMatchObject({ code: 'no-attribute' });
    await expect(editClaim(db, c.id, { ...base, value: { kind: 'date', date: '12월' } })).rejects.toMatchObject({ code: 'bad-value' });
    await expect(editClaim(db, c.id, { ...base, asOf: { start: '2024-05-01', end: '2024-01-01' } })).rejects.toMatchObject({ code: 'bad-value' });
    expect(await db.claims.get(c.id)).toEqual(c);
  });
});

describe('retagClaims', () => {
  it('adds and removes tags on many claims at once, with undo', async () => {
    const a = await make();
    const b = await make();
    await db.claims.update(b.id, { tagIds: ['old', 'keep'] });
    const undo = await retagClaims(db, [a.id, b.id], { add: ['new'], remove: ['old'] });
    expect((await db.claims.get(a.id))!.tagIds).toEqual(['new']);
    expect((await db.claims.get(b.id))!.tagIds).toEqual(['keep', 'new']);
    await undo();
    expect((await db.claims.get(a.id))!.tagIds).toEqual([]);
    expect((await db.claims.get(b.id))!.tagIds).toEqual(['old', 'keep']);
  });
});
