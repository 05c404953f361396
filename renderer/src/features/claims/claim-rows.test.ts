import { describe, expect, it } from 'vitest';
import type { Claim } from '@shared/domain';
import { STARTER_ATTRIBUTES } from '@shared/registry/attributes';
import { STARTER_PROVIDERS } from '@shared/registry/providers';
import { buildClaimRows, filterClaimRows, groupClaimRows, sortClaimRows } from './claim-rows';
import type { Lookups } from './use-lookups';

const lookups: Lookups = {
  providers: new Map(STARTER_PROVIDERS.map((p) => [p.id, p])),
  attributes: new Map(STARTER_ATTRIBUTES.map((a) => [a.id, a])),
  tags: new Map([['t1', { id: 't1', name: 'market', color: '#000000' }]]),
};

let n = 0;
function claim(providerIds: string[], value: Claim['value'], extra: Partial<Claim> = {}): Claim {
  n++;
  return {
    id: `c${n}`, articleId: 'a1', statement: `statement ${n}`, providerIds, attributeId: 'attr-market-share', value, status: 'unverified', confidence: 'medium', tagIds: [], note: '', author: '',
    target: { quote: { type: 'TextQuoteSelector', exact: `quote ${n}`, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
    createdAt: '', updatedAt: '', ...extra,
  };
}

const claims = [
  claim(['prov-aws'], { kind: 'quantity', amount: 0.6, unit: 'ratio', original: '60%' }, { tagIds: ['t1'], status: 'verified' }),
  claim(['prov-naver-cloud', 'prov-kt-cloud'], { kind: 'quantity', amount: 1.46e12, unit: 'KRW', original: '1조4600억원' }, { attributeId: 'attr-ai-rnd-investment', note: '확인 필요' }),
  claim(['prov-nhn-cloud'], { kind: 'category', category: '하' }, { attributeId: 'attr-csap-grade' }),
  claim(['prov-aws'], { kind: 'quantity', amount: 0.05, unit: 'ratio', original: '5%' }, { asOf: { start: '2023-01-01' } }),
];
const rows = buildClaimRows(claims, lookups, new Map([['a1', { title: '클라우드 기사', outlet: '테스트 일보' }]]), 'ko');

describe('claim rows', () => {
  it('sorts values by normalised amount, non-amounts last in both directions', () => {
    expect(sortClaimRows(rows, { id: 'value', desc: false }).map((r) => r.id)).toEqual(['c4', 'c1', 'c2', 'c3']);
    expect(sortClaimRows(rows, { id: 'value', desc: true }).map((r) => r.id)).toEqual(['c2', 'c1', 'c4', 'c3']);
    expect(sortClaimRows(rows, { id: 'status', desc: false })[0]!.id).toBe('c1');
  });

  it('filters by provider, attribute, status, tag and words in notes, quotes or sources', () => {
    expect(filterClaimRows(rows, { providerId: 'prov-aws' }).map((r) => r.id)).toEqual(['c1', 'c4']);
    expect(filterClaimRows(rows, { attributeId: 'attr-csap-grade' }).map((r) => r.id)).toEqual(['c3']);
    expect(filterClaimRows(rows, { status: 'verified', tagId: 't1' }).map((r) => r.id)).toEqual(['c1']);
    expect(filterClaimRows(rows, { text: '확인' }).map((r) => r.id)).toEqual(['c2']);
    expect(filterClaimRows(rows, { text: 'quote 3 테스트' }).map((r) => r.id)).toEqual(['c3']);
    expect(filterClaimRows(rows, { text: 'nothing-like-this' })).toEqual([]);
  });

  it('groups by provider with a header per group; a claim with two providers appears under each; collapsed groups hide rows', () => {
    const label = (id: string) => lookups.providers.get(id)?.name.en ?? id;
    const g = groupClaimRows(rows, 'provider', label, new Set(), '-');
    const headers = g.filter((r) => r.group).map((r) => [r.group!.label, r.group!.count]);
    expect(headers).toEqual([['AWS', 2], ['KT Cloud', 1], ['Naver Cloud', 1], ['NHN Cloud', 1]]);
    expect(new Set(g.map((r) => r.rowId)).size).toBe(g.length);
    const collapsed = groupClaimRows(rows, 'provider', label, new Set(['prov-aws']), '-');
    expect(collapsed.length).toBe(g.length - 2);
    const byTag = groupClaimRows(rows, 'tag', (id) => lookups.tags.get(id)!.name, new Set(), '(none)');
    expect(byTag.filter((r) => r.group).map((r) => [r.group!.label, r.group!.count])).toEqual([['market', 1], ['(none)', 3]]);
  });

  it('builds and filters 100,000 rows quickly', () => {
    const many: Claim[] = [];
    for (let i = 0; i < 100_000; i++) many.push({ ...claims[i % 4]!, id: `m${i}`, value: { kind: 'quantity', amount: (i * 7919) % 100_000, unit: 'KRW', original: `${i}원` } });
    const t0 = performance.now();
    const big = buildClaimRows(many, lookups, new Map(), 'en');
    const t1 = performance.now();
    const sorted = sortClaimRows(filterClaimRows(big, { text: 'statement' }), { id: 'value', desc: true });
    const t2 = performance.now();
    expect(sorted).toHaveLength(100_000);
    expect(sorted[0]!.amount).toBe(99_999);
    console.log(`100k claims: build ${(t1 - t0).toFixed(0)} ms, filter+sort ${(t2 - t1).toFixed(0)} ms`);
    expect(t2 - t0).toBeLessThan(5000);
  });
});
