import { describe, expect, it } from 'vitest';
import { buildMatrix } from '@shared/compare/matrix';
import { makeAttribute, makeClaim, makeProvider, qty } from '@shared/compare/fixtures';
import { applyAxis, axisFromView, viewOf, visibleMatrix } from './compare-view';

const providers = ['a', 'b', 'c', 'd'].map((id) => makeProvider(id, id === 'd' ? { origin: 'foreign' } : {}));
const attributes = ['x', 'y', 'z'].map((id) => makeAttribute(id));
const claims = [
  makeClaim({ id: 'c1', providerIds: ['a'], attributeId: 'x', value: qty(3, 'KRW') }),
  makeClaim({ id: 'c2', providerIds: ['b'], attributeId: 'x', value: qty(9, 'KRW') }),
  makeClaim({ id: 'c3', providerIds: ['c'], attributeId: 'y', value: qty(1, 'KRW') }),
  makeClaim({ id: 'c4', providerIds: ['d'], attributeId: 'x', value: qty(5, 'KRW') }),
];
const base = buildMatrix({ providers, attributes, claims, view: { providerIds: [], attributeIds: [] } });

describe('applyAxis', () => {
  it('drops only ids explicitly hidden and orders listed ids first, stably', () => {
    expect(applyAxis(providers, { visibility: { b: false, c: true }, order: ['d', 'c'] }).map((p) => p.id)).toEqual(['d', 'c', 'a']);
  });
});

describe('visibleMatrix', () => {
  it('drops lines without evidence unless asked, then hides, orders and sorts', () => {
    const m = visibleMatrix(base, { visibility: { a: false }, order: [] }, false, { attributeId: 'x', dir: 'desc' });
    expect(m.columns.map((a) => a.id)).toEqual(['x', 'y']);
    // b (9) before d (5); c has no x value and sorts last.
    expect(m.rows.map((p) => p.id)).toEqual(['b', 'd', 'c']);
    expect(visibleMatrix(base, { visibility: {}, order: [] }, true, null).columns.map((a) => a.id)).toEqual(['x', 'y', 'z']);
  });
});

describe('viewOf / axisFromView', () => {
  it('round-trips what is on screen through a saved view', () => {
    const shown = visibleMatrix(base, { visibility: { c: false, y: false }, order: ['d', 'b'] }, false, null);
    const view = viewOf(shown, { origin: undefined, kind: 'csp' });
    expect(view).toEqual({ providerIds: ['d', 'b', 'a'], attributeIds: ['x'], kind: 'csp' });
    const axis = axisFromView(view, providers.map((p) => p.id), attributes.map((a) => a.id));
    expect(axis.visibility).toEqual({ c: false, y: false, z: false });
    expect(visibleMatrix(base, axis, false, null).rows.map((p) => p.id)).toEqual(['d', 'b', 'a']);
  });

  it('leaves everything visible for a view that lists no ids', () => {
    expect(axisFromView({ providerIds: [], attributeIds: [] }, ['a'], ['x'])).toEqual({ visibility: {}, order: [] });
  });
});
