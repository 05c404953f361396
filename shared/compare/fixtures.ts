/**
 * Builders for claims, providers and attributes in unit tests of compare and
 * briefing code. Test-only, but kept as plain shared TypeScript so both test
 * folders can import it without a separate build setup.
 */
import type { Attribute, Claim, ClaimValue, Provider } from '../domain';

let seq = 0;

/** A claim with sensible defaults; override what the test is about. */
export function makeClaim(over: Partial<Claim> & { value?: ClaimValue } = {}): Claim {
  seq += 1;
  return {
    id: over.id ?? `c${seq}`,
    articleId: 'a1',
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'quoted passage', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 14 },
    },
    statement: 'statement',
    providerIds: ['p1'],
    attributeId: 'revenue',
    value: { kind: 'quantity', amount: 1e12, unit: 'KRW', original: '1조원' },
    status: 'unverified',
    confidence: 'medium',
    tagIds: [],
    note: '',
    author: 'tester',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...over,
  };
}

/** A quantity value. */
export function qty(amount: number, unit: string, original = '', amountMax?: number): ClaimValue {
  return amountMax === undefined
    ? { kind: 'quantity', amount, unit, original }
    : { kind: 'quantity', amount, amountMax, unit, original };
}

/** A provider; `ko`/`en` names default to the id. */
export function makeProvider(id: string, over: Partial<Provider> = {}): Provider {
  return { id, name: { ko: id, en: id }, aliases: [], origin: 'domestic', country: 'KR', kind: 'csp', ...over };
}

/** An attribute; defaults to a KRW quantity. */
export function makeAttribute(id: string, over: Partial<Attribute> = {}): Attribute {
  return { id, name: { ko: id, en: id }, valueType: 'quantity', unit: 'KRW', description: '', ...over };
}
