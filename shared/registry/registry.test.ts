import { describe, it, expect } from 'vitest';
import { STARTER_PROVIDERS } from './providers';
import { STARTER_ATTRIBUTES } from './attributes';
import { findProviderMentions } from '../text/aliases';

describe('STARTER_PROVIDERS', () => {
  it('has unique, prefixed ids and ISO country codes', () => {
    const ids = STARTER_PROVIDERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of STARTER_PROVIDERS) {
      expect(p.id).toMatch(/^prov-[a-z0-9-]+$/);
      expect(p.country).toMatch(/^[A-Z]{2}$/);
      expect(p.name.ko && p.name.en).toBeTruthy();
      expect(p.origin === 'domestic').toBe(p.country === 'KR');
    }
  });

  it('never gives one alias to two providers', () => {
    const seen = new Map<string, string>();
    for (const p of STARTER_PROVIDERS) {
      for (const a of p.aliases) {
        const key = a.toLowerCase().replace(/\s+/g, '');
        const owner = seen.get(key);
        if (owner !== undefined) expect(owner, `${a} is on ${owner} and ${p.id}`).toBe(p.id);
        seen.set(key, p.id);
      }
    }
  });

  it('finds every alias as a mention of its own provider when written alone', () => {
    for (const p of STARTER_PROVIDERS) {
      for (const a of p.aliases) {
        const ms = findProviderMentions(`${a} `, STARTER_PROVIDERS);
        expect(ms.map((m) => m.providerId), a).toEqual([p.id]);
      }
    }
  });

  it('does not list products as company aliases', () => {
    const all = STARTER_PROVIDERS.flatMap((p) => p.aliases.map((a) => a.toLowerCase()));
    expect(all).not.toContain('챗gpt');
    expect(all).not.toContain('chatgpt');
  });
});

describe('STARTER_ATTRIBUTES', () => {
  it('has unique ids and the value shapes the analysers produce', () => {
    const ids = STARTER_ATTRIBUTES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const byId = new Map(STARTER_ATTRIBUTES.map((a) => [a.id, a]));
    expect(byId.get('attr-csap-grade')).toMatchObject({ valueType: 'category', categories: ['상', '중', '하'] });
    expect(byId.get('attr-csap-certified')?.valueType).toBe('date');
    expect(byId.get('attr-market-share')).toMatchObject({ valueType: 'quantity', unit: 'ratio' });
    expect(byId.get('attr-ai-rnd-investment')).toMatchObject({ valueType: 'quantity', unit: 'KRW' });
    expect(byId.get('attr-mau')).toMatchObject({ valueType: 'quantity', unit: 'persons' });
    expect(byId.get('attr-gpu-count')).toMatchObject({ valueType: 'quantity', unit: 'count' });
    for (const id of ['attr-datacenter-location', 'attr-hq-jurisdiction', 'attr-partnership']) expect(byId.get(id)?.valueType).toBe('text');
    for (const a of STARTER_ATTRIBUTES) {
      expect(a.name.ko && a.name.en && a.description).toBeTruthy();
      expect(a.valueType === 'quantity').toBe(a.unit !== undefined);
    }
  });
});
