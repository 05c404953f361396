import { describe, it, expect } from 'vitest';
import { isTrustedUrl, originOf, trustedOrigins } from './app-origin';

describe('originOf', () => {
  it('builds origins for the app scheme, which Node reports as "null"', () => {
    expect(originOf('app://dossier/index.html#/compare')).toBe('app://dossier');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });
});

describe('trustedOrigins', () => {
  it('always trusts app://dossier and adds only a local dev server', () => {
    expect(trustedOrigins()).toEqual(['app://dossier']);
    expect(trustedOrigins('http://localhost:5173')).toEqual(['app://dossier', 'http://localhost:5173']);
    expect(trustedOrigins('http://127.0.0.1:5174/')).toEqual(['app://dossier', 'http://127.0.0.1:5174']);
    expect(trustedOrigins('https://example.com')).toEqual(['app://dossier']);
    expect(trustedOrigins('http://localhost.evil.com:5173')).toEqual(['app://dossier']);
  });
});

describe('isTrustedUrl', () => {
  const origins = trustedOrigins('http://localhost:5173');
  it('matches origins exactly, never by prefix', () => {
    expect(isTrustedUrl('app://dossier/index.html', origins)).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/', origins)).toBe(true);
    expect(isTrustedUrl('app://dossier.evil/index.html', origins)).toBe(false);
    expect(isTrustedUrl('app://dossierx/', origins)).toBe(false);
    expect(isTrustedUrl('http://localhost:5174/', origins)).toBe(false);
    expect(isTrustedUrl('https://localhost:5173/', origins)).toBe(false);
    expect(isTrustedUrl('file:///work/out/renderer/index.html', origins)).toBe(false);
    expect(isTrustedUrl(null, origins)).toBe(false);
  });
});
