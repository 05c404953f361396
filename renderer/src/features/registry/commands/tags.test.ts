import { describe, expect, it } from 'vitest';
import { DossierDb } from '../../../db/database';
import { deleteTag } from './tags';

describe('deleteTag and views', () => {
  it('drops the filter from saved views and briefing tables that used the tag, and undo puts it back', async () => {
    const db = new DossierDb(`tag-views-${Math.random()}`);
    await db.open();
    await db.tags.add({ id: 't1', name: 'regulation/CSAP', color: '#000' });
    await db.savedViews.add({ id: 'v1', name: 'CSAP', view: { providerIds: [], attributeIds: [], tagId: 't1' } });
    await db.briefings.add({
      id: 'b1', title: 'B', subtitle: '', author: '', organisation: '', date: '2024-12-12', summary: '', pageSize: 'A4',
      createdAt: '2024-12-12T00:00:00.000Z', updatedAt: '2024-12-12T00:00:00.000Z',
      sections: [{ id: 's1', kind: 'compare', title: '', view: { providerIds: [], attributeIds: [], tagId: 't1' } }],
    });
    const { undo } = await deleteTag(db, 't1');
    expect((await db.savedViews.get('v1'))!.view.tagId).toBeUndefined();
    const section = (await db.briefings.get('b1'))!.sections[0]!;
    expect(section.kind === 'compare' && section.view.tagId).toBeFalsy();
    await undo();
    expect((await db.savedViews.get('v1'))!.view.tagId).toBe('t1');
    db.close();
  });
});
