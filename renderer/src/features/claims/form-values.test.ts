import { describe, expect, it } from 'vitest';
import type { Claim } from '@shared/domain';
import { claimToForm, formAsOf, suggestionToForm, valueToText } from './form-values';
import { toClaimValue } from './ClaimForm';

const claim: Claim = {
  id: 'c', articleId: 'a', statement: 's', providerIds: ['p'], attributeId: 'attr', status: 'verified', confidence: 'high', tagIds: ['t1', 'gone'], note: 'n', author: 'kim',
  value: { kind: 'quantity', amount: 1.46e12, unit: 'KRW', original: '1조4600억원' },
  asOf: { start: '2024-01-01', end: '2024-12-31' },
  target: { quote: { type: 'TextQuoteSelector', exact: 'q', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
  createdAt: '', updatedAt: '',
};

describe('claim form values', () => {
  it('round-trips a stored quantity claim through the editor fields', () => {
    const f = claimToForm(claim, new Map([['t1', { id: 't1', name: 'market/share', color: '#000000' }]]));
    expect(f).toMatchObject({ valueText: '1조4600억원', tags: 'market/share', asOfStart: '2024-01-01', asOfEnd: '2024-12-31', status: 'verified' });
    const back = toClaimValue({ id: 'attr', name: { ko: '', en: '' }, valueType: 'quantity', unit: 'KRW', description: '' }, f.valueText);
    expect(back.value).toMatchObject({ kind: 'quantity', amount: 1.46e12, unit: 'KRW' });
    expect(formAsOf(f)).toEqual(claim.asOf);
    expect(formAsOf({ asOfStart: '', asOfEnd: '2024-01-01' })).toBeUndefined();
  });

  it('shows each value kind as its text', () => {
    expect(valueToText({ kind: 'category', category: '하' })).toBe('하');
    expect(valueToText({ kind: 'date', date: '2024-12-02' })).toBe('2024-12-02');
    expect(valueToText({ kind: 'text', text: 'MOU' })).toBe('MOU');
    expect(valueToText(undefined)).toBe('');
  });

  it('pre-fills from a suggestion, falling back to the publication date', () => {
    const f = suggestionToForm({ id: 's', sentence: '', start: 0, end: 5, providerIds: ['prov-aws'], attributeId: 'attr-market-share', value: { kind: 'quantity', amount: 0.6, unit: 'ratio', original: '60%' }, quote: { start: 0, end: 5 } }, '2024-03-01');
    expect(f).toMatchObject({ providerIds: ['prov-aws'], attributeId: 'attr-market-share', valueText: '60%', asOfStart: '2024-03-01', status: 'unverified' });
  });
});
