import { describe, expect, it } from 'vitest';
import type { Article, Provider } from '@shared/domain';
import { buildLibraryRows, filterRows, MentionCache, NO_FILTERS, outletsOf } from './library-rows';

const providers: Provider[] = [
  { id: 'naver', name: { ko: '네이버클라우드', en: 'Naver Cloud' }, aliases: ['네이버클라우드', '네이버'], origin: 'domestic', country: 'KR', kind: 'csp' },
  { id: 'aws', name: { ko: 'AWS', en: 'AWS' }, aliases: ['AWS', '아마존웹서비스'], origin: 'foreign', country: 'US', kind: 'csp' },
];

function article(id: string, text: string, extra: Partial<Article> = {}): Article {
  return { id, title: id, outlet: '', author: '', publishedAt: '', url: '', language: 'ko', text, contentHash: `h-${text}`, source: { kind: 'paste' }, tagIds: [], createdAt: '', updatedAt: '', ...extra };
}

describe('buildLibraryRows', () => {
  it('keeps text out of rows, counts claims and lists mentioned providers in order of first mention', () => {
    const rows = buildLibraryRows([article('a', 'AWS와 네이버클라우드는 경쟁한다.'), article('b', '무관한 글')], new Map([['a', 3]]), providers, new MentionCache());
    expect(rows[0]).toMatchObject({ id: 'a', claimCount: 3, providerIds: ['aws', 'naver'] });
    expect(rows[1]).toMatchObject({ claimCount: 0, providerIds: [] });
    expect(Object.keys(rows[0]!)).not.toContain('text');
  });

  it('scans each content once and rescans when the registry changes', () => {
    const cache = new MentionCache();
    const a = article('a', '네이버는 투자를 늘렸다.');
    buildLibraryRows([a, { ...a, id: 'copy' }], new Map(), providers, cache);
    expect(cache.size).toBe(1);
    // Same hash, different text: the cached answer is reused (proof that no rescan happened).
    expect(cache.providersOf({ ...a, text: 'AWS' }, providers)).toEqual(['naver']);
    const renamed = [{ ...providers[0]!, aliases: ['엔클라우드'] }, providers[1]!];
    expect(cache.providersOf({ ...a, text: 'AWS' }, renamed)).toEqual(['aws']);
  });
});

describe('filterRows', () => {
  const rows = buildLibraryRows(
    [
      article('a', 'AWS 소식', { outlet: '갑일보', publishedAt: '2024-01-10', language: 'ko', tagIds: ['t1'] }),
      article('b', 'Naver news', { outlet: '을신문', publishedAt: '2024-03-01', language: 'en' }),
      article('c', '네이버 소식', { outlet: '갑일보' }),
    ],
    new Map(),
    providers,
    new MentionCache(),
  );
  const ids = (f: Partial<typeof NO_FILTERS>) => filterRows(rows, { ...NO_FILTERS, ...f }).map((r) => r.id);

  it('filters by outlet, language, provider, tag and an inclusive date range that excludes undated rows', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ outlet: '갑일보' })).toEqual(['a', 'c']);
    expect(ids({ language: 'en' })).toEqual(['b']);
    expect(ids({ providerId: 'naver' })).toEqual(['c']);
    expect(ids({ tagId: 't1' })).toEqual(['a']);
    expect(ids({ from: '2024-01-10', to: '2024-02-01' })).toEqual(['a']);
    expect(ids({ to: '2024-12-31' })).toEqual(['a', 'b']);
    expect(ids({ outlet: '갑일보', providerId: 'aws' })).toEqual(['a']);
    expect(outletsOf(rows)).toEqual(['갑일보', '을신문']);
  });
});
