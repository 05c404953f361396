/**
 * Usage counts for the registry tabs, read from the multi-entry indexes
 * (keys only), so counting 100,000 claims does not load the claims themselves.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { IndexableType } from 'dexie';
import { useDb } from '../../app/context';

function tally(keys: IndexableType[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(String(k), (m.get(String(k)) ?? 0) + 1);
  return m;
}

export interface UsageCounts {
  claimsByProvider: Map<string, number>;
  claimsByAttribute: Map<string, number>;
  claimsByTag: Map<string, number>;
  articlesByTag: Map<string, number>;
}

/** Live usage counts; `undefined` while loading. */
export function useUsageCounts(): UsageCounts | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [p, a, t, at] = await Promise.all([
      db.claims.orderBy('providerIds').keys(),
      db.claims.orderBy('attributeId').keys(),
      db.claims.orderBy('tagIds').keys(),
      db.articles.orderBy('tagIds').keys(),
    ]);
    return { claimsByProvider: tally(p), claimsByAttribute: tally(a), claimsByTag: tally(t), articlesByTag: tally(at) };
  }, [db]);
}
