import { beforeEach, describe, expect, it } from 'vitest';
import { strFromU8 } from 'fflate';
import { buildMatrix } from '@shared/compare/matrix';
import { makeAttribute, makeClaim, makeProvider, qty } from '@shared/compare/fixtures';
import { DossierDb } from '../../../db/database';
import { createMemoryPlatform } from '../../../platform/memory';
import { createBriefing } from '../../briefings/commands/briefings';
import { deleteView, saveView } from './saved-views';
import { compareCsvBytes, exportCompareCsv } from './export-csv';
import { addToBriefing } from './add-to-briefing';

let db: DossierDb;
beforeEach(() => {
  db = new DossierDb(`compare-commands-${Math.random()}`);
});

describe('saved views', () => {
  it('saves a cleaned view under a trimmed name, replaces a view of the same name, and undoes', async () => {
    const first = await saveView(db, '  국내 CSP  ', { providerIds: ['a', 'a', 'b'], attributeIds: ['x'], origin: 'domestic' });
    expect(first.saved).toMatchObject({ name: '국내 CSP', view: { providerIds: ['a', 'b'], attributeIds: ['x'], origin: 'domestic' } });
    const second = await saveView(db, '국내 CSP', { providerIds: [], attributeIds: ['y'], transposed: true });
    expect(second.saved.id).toBe(first.saved.id);
    expect(await db.savedViews.count()).toBe(1);
    await second.undo();
    expect((await db.savedViews.get(first.saved.id))?.view.attributeIds).toEqual(['x']);
    await first.undo();
    expect(await db.savedViews.count()).toBe(0);
  });

  it('refuses an empty name', async () => {
    await expect(saveView(db, '   ', { providerIds: [], attributeIds: [] })).rejects.toThrow(/name/);
  });

  it('deletes a view and puts it back on undo', async () => {
    const { saved } = await saveView(db, 'v', { providerIds: [], attributeIds: [] });
    const undo = await deleteView(db, saved.id);
    expect(await db.savedViews.count()).toBe(0);
    await undo();
    expect(await db.savedViews.get(saved.id)).toEqual(saved);
  });
});

describe('CSV export', () => {
  const matrix = buildMatrix({
    providers: [makeProvider('naver', { name: { ko: '네이버클라우드', en: 'Naver Cloud' } })],
    attributes: [makeAttribute('share', { name: { ko: '점유율, 국내', en: 'Share' } })],
    claims: [makeClaim({ providerIds: ['naver'], attributeId: 'share', value: qty(0.07, 'ratio', '7%') })],
    view: { providerIds: [], attributeIds: [] },
  });

  it('writes UTF-8 with a BOM, quotes fields with commas and keeps Korean', () => {
    const bytes = compareCsvBytes(matrix, 'ko');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = strFromU8(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe('사업자,"점유율, 국내"');
    expect(text).toContain('네이버클라우드,');
  });

  it('saves through the platform under a safe .csv name', async () => {
    const platform = createMemoryPlatform();
    await exportCompareCsv(platform, matrix, 'en', 'a/b: 비교');
    expect(platform.saved[0]!.suggestedName).toBe('a b 비교.csv');
  });
});

describe('addToBriefing', () => {
  it('appends a compare section to an existing briefing and undo removes only it', async () => {
    const b = await createBriefing(db, 'me');
    const { briefing, undo } = await addToBriefing(db, { briefingId: b.id }, { kind: 'compare', title: '비교', view: { providerIds: ['p'], attributeIds: ['a'], origin: 'foreign' } });
    expect(briefing.sections).toHaveLength(1);
    expect(briefing.sections[0]).toMatchObject({ kind: 'compare', title: '비교', view: { providerIds: ['p'], attributeIds: ['a'], origin: 'foreign' } });
    await undo();
    expect((await db.briefings.get(b.id))?.sections).toEqual([]);
  });

  it('creates a new briefing for a chart and undo deletes that briefing', async () => {
    const { briefing, undo } = await addToBriefing(db, { newTitle: ' 새 브리핑 ', author: 'me' }, { kind: 'chart', title: '점유율', attributeId: 'share', providerIds: ['a', 'a', 'b'] });
    expect(briefing.title).toBe('새 브리핑');
    expect(briefing.sections[0]).toMatchObject({ kind: 'chart', attributeId: 'share', providerIds: ['a', 'b'] });
    await undo();
    expect(await db.briefings.get(briefing.id)).toBeUndefined();
  });

  it('refuses a briefing that does not exist', async () => {
    await expect(addToBriefing(db, { briefingId: 'gone' }, { kind: 'compare', title: '', view: { providerIds: [], attributeIds: [] } })).rejects.toThrow(/does not exist/);
  });
});
