import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { Briefing } from '@shared/domain';
import { DossierDb } from '../../../db/database';
import { seedRegistries } from '../../../db/seed-registry';
import { addArticle } from '../../library/commands/add-article';
import { createClaim } from '../../claims/commands/create-claim';
import { mergeProviders, parseAliases, saveProvider } from './providers';
import { countAttributeClaims, parseCategories, saveAttribute } from './attributes';
import { createTag, deleteTag, mergeTags, renameTag, setTagColor } from './tags';
import { buildTagTree, flattenTagTree } from '../tag-tree';

let db: DossierDb;
let articleId: string;
const TEXT = 'KT클라우드는 데이터센터를 늘린다. NHN클라우드의 점유율은 5%였다. 네이버클라우드는 GPU 1000장을 샀다.';

beforeEach(async () => {
  db = new DossierDb(`registry-${Math.random()}`);
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

const claimOn = (needle: string, providerIds: string[], tagIds: string[] = []) => {
  const start = TEXT.indexOf(needle);
  return createClaim(db, { articleId, start, end: start + needle.length, providerIds, attributeId: 'attr-partnership', value: { kind: 'text', text: needle }, tagIds });
};

describe('providers', () => {
  it('adds and edits a provider with validated, de-duplicated aliases, and undoes both', async () => {
    const { provider, undo } = await saveProvider(db, { name: { ko: '삼성SDS', en: 'Samsung SDS' }, aliases: parseAliases('삼성에스디에스, SDS,\nsds'), origin: 'domestic', country: 'kr', kind: 'msp' });
    expect(provider.aliases).toEqual(['삼성에스디에스', 'SDS']);
    expect(provider.country).toBe('KR');
    const edit = await saveProvider(db, { ...provider, name: { ko: '삼성SDS', en: 'Samsung SDS Cloud' } }, provider.id);
    expect((await db.providers.get(provider.id))!.name.en).toBe('Samsung SDS Cloud');
    await edit.undo();
    expect((await db.providers.get(provider.id))!.name.en).toBe('Samsung SDS');
    await undo();
    expect(await db.providers.get(provider.id)).toBeUndefined();
    await expect(saveProvider(db, { name: { ko: ' ', en: '' }, aliases: [], origin: 'domestic', country: '', kind: 'csp' })).rejects.toMatchObject({ code: 'no-name' });
    await expect(saveProvider(db, { name: { ko: 'x', en: '' }, aliases: [], origin: 'domestic', country: 'KOR', kind: 'csp' })).rejects.toMatchObject({ code: 'bad-country' });
  });

  it('merges two providers: claims follow once, aliases unite, the merged one goes, views follow; undo restores all', async () => {
    const both = await claimOn('KT클라우드는 데이터센터를', ['prov-kt-cloud', 'prov-nhn-cloud']);
    const kt = await claimOn('KT클라우드는', ['prov-kt-cloud']);
    const other = await claimOn('네이버클라우드는', ['prov-naver-cloud']);
    const briefing: Briefing = {
      id: 'b1', title: 'b', subtitle: '', author: '', organisation: '', date: '', summary: '', pageSize: 'A4', createdAt: '', updatedAt: '',
      sections: [{ id: 's1', kind: 'chart', title: 'c', attributeId: 'attr-gpu-count', providerIds: ['prov-kt-cloud', 'prov-naver-cloud'] }],
    };
    await db.briefings.put(briefing);
    const beforeKeep = await db.providers.get('prov-nhn-cloud');
    const beforeGone = await db.providers.get('prov-kt-cloud');

    const { claimsMoved, undo } = await mergeProviders(db, 'prov-nhn-cloud', 'prov-kt-cloud');
    expect(claimsMoved).toBe(2);
    expect((await db.claims.get(both.id))!.providerIds).toEqual(['prov-nhn-cloud']);
    expect((await db.claims.get(kt.id))!.providerIds).toEqual(['prov-nhn-cloud']);
    expect((await db.claims.get(other.id))!.providerIds).toEqual(['prov-naver-cloud']);
    expect(await db.providers.get('prov-kt-cloud')).toBeUndefined();
    const keep = (await db.providers.get('prov-nhn-cloud'))!;
    for (const a of [beforeGone!.name.ko, beforeGone!.name.en, ...beforeGone!.aliases]) expect(keep.aliases.map((x) => x.toLowerCase())).toContain(a.toLowerCase());
    const chart = (await db.briefings.get('b1'))!.sections[0]!;
    expect(chart.kind === 'chart' && chart.providerIds).toEqual(['prov-nhn-cloud', 'prov-naver-cloud']);

    await undo();
    expect(await db.providers.get('prov-kt-cloud')).toEqual(beforeGone);
    expect(await db.providers.get('prov-nhn-cloud')).toEqual(beforeKeep);
    expect(await db.claims.get(both.id)).toEqual(both);
    expect(await db.briefings.get('b1')).toEqual(briefing);
    await expect(mergeProviders(db, 'prov-aws', 'prov-aws')).rejects.toMatchObject({ code: 'same' });
  });
});

describe('attributes', () => {
  it('adds and edits attributes, requires categories for a category type, counts claims', async () => {
    const { attribute } = await saveAttribute(db, { name: { ko: '리전 수', en: 'Regions' }, valueType: 'quantity', unit: 'count', categories: ['x'], description: ' ' });
    expect(attribute).toMatchObject({ valueType: 'quantity', unit: 'count', description: '' });
    expect(attribute.categories).toBeUndefined();
    await expect(saveAttribute(db, { name: { ko: '등급', en: '' }, valueType: 'category', unit: '', categories: [], description: '' })).rejects.toMatchObject({ code: 'no-categories' });
    expect(parseCategories('상·중 · 하, 상')).toEqual(['상', '중', '하']);
    await claimOn('KT클라우드는', ['prov-kt-cloud']);
    expect(await countAttributeClaims(db, 'attr-partnership')).toBe(1);
    const { undo } = await saveAttribute(db, { name: { ko: '협력', en: 'Partners' }, valueType: 'category', unit: '', categories: ['a'], description: '' }, 'attr-partnership');
    expect((await db.attributes.get('attr-partnership'))!.valueType).toBe('category');
    await undo();
    expect((await db.attributes.get('attr-partnership'))!.valueType).toBe('text');
  });
});

describe('tags', () => {
  it('renames a tag with its children in one step, refusing a clash', async () => {
    const parent = await createTag(db, 'regulation');
    const child = await createTag(db, ' regulation / CSAP ');
    const other = await createTag(db, 'market');
    expect(child.name).toBe('regulation/CSAP');
    await expect(createTag(db, 'market')).rejects.toMatchObject({ code: 'name-taken' });
    const undo = await renameTag(db, parent.id, '규제');
    expect((await db.tags.get(child.id))!.name).toBe('규제/CSAP');
    await expect(renameTag(db, other.id, '규제')).rejects.toMatchObject({ code: 'name-taken' });
    await undo();
    expect((await db.tags.get(child.id))!.name).toBe('regulation/CSAP');
    const undoColor = await setTagColor(db, other.id, '#00AA00');
    expect((await db.tags.get(other.id))!.color).toBe('#00aa00');
    await undoColor();
    await expect(setTagColor(db, other.id, 'green')).rejects.toMatchObject({ code: 'bad-color' });
  });

  it('merges tags on claims and articles, and deletes with an exact undo', async () => {
    const a = await createTag(db, 'a');
    const b = await createTag(db, 'b');
    const c1 = await claimOn('KT클라우드는', ['prov-kt-cloud'], [a.id, b.id]);
    const c2 = await claimOn('네이버클라우드는', ['prov-naver-cloud'], [b.id]);
    await db.articles.update(articleId, { tagIds: [b.id] });
    const undoMerge = await mergeTags(db, a.id, b.id);
    expect((await db.claims.get(c1.id))!.tagIds).toEqual([a.id]);
    expect((await db.claims.get(c2.id))!.tagIds).toEqual([a.id]);
    expect((await db.articles.get(articleId))!.tagIds).toEqual([a.id]);
    expect(await db.tags.get(b.id)).toBeUndefined();
    await undoMerge();
    expect(await db.claims.get(c1.id)).toEqual(c1);
    expect((await db.articles.get(articleId))!.tagIds).toEqual([b.id]);

    const del = await deleteTag(db, b.id);
    expect([del.claims, del.articles]).toEqual([2, 1]);
    expect((await db.claims.get(c1.id))!.tagIds).toEqual([a.id]);
    expect((await db.articles.get(articleId))!.tagIds).toEqual([]);
    await del.undo();
    expect(await db.claims.get(c2.id)).toEqual(c2);
    expect((await db.articles.get(articleId))!.tagIds).toEqual([b.id]);
    expect(await db.tags.get(b.id)).toEqual(b);
  });

  it('builds a tree from / in names, with implied parent levels', () => {
    const tree = buildTagTree([
      { id: '1', name: 'regulation/CSAP', color: '#000000' },
      { id: '2', name: 'market', color: '#000000' },
      { id: '3', name: 'regulation/CLOUD Act', color: '#000000' },
    ]);
    expect(flattenTagTree(tree).map((n) => [n.path, n.depth, n.tag?.id])).toEqual([
      ['market', 0, '2'],
      ['regulation', 0, undefined],
      ['regulation/CLOUD Act', 1, '3'],
      ['regulation/CSAP', 1, '1'],
    ]);
  });
});
