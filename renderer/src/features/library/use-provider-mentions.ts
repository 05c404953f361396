/**
 * Fills the mention cache for articles whose content it has not scanned,
 * a batch at a time between paints, so a first open of a large library never
 * blocks the page for long. Returns a number that changes after each batch,
 * for memoised rows to pick up the new mentions.
 */
import { useEffect, useState } from 'react';
import type { Provider } from '@shared/domain';
import type { DossierDb } from '../../db/database';
import { unscanned, type ArticleColumns, type MentionCache } from './library-rows';

/** Articles read and scanned per batch (about 10–20 ms of work for typical news articles). */
export const MENTION_BATCH = 150;
/** Longest run of scanning between yields to the browser, so a scroll or a keypress never waits a frame for it. */
const SLICE_MS = 8;
/** Batches between re-renders: each re-render rebuilds and re-sorts every row, so not after every batch. */
const BATCHES_PER_RENDER = 10;

export function useProviderMentions(db: DossierDb, columns: readonly ArticleColumns[] | undefined, providers: readonly Provider[] | undefined, cache: MentionCache): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!columns || !providers) return;
    let cancelled = false;
    // A changed registry empties the cache; the batches below rescan and bump the version.
    cache.setRegistry(providers);
    const todo = unscanned(columns, cache);
    if (!todo.length) return;
    void (async () => {
      for (let i = 0; i < todo.length && !cancelled; i += MENTION_BATCH) {
        const articles = await db.articles.bulkGet(todo.slice(i, i + MENTION_BATCH));
        if (cancelled) return;
        // Scanning one article takes about a millisecond: yield every few so frames keep coming while 10,000 are scanned.
        let sliceStart = performance.now();
        for (const a of articles) {
          if (a) cache.compute(a, providers);
          if (performance.now() - sliceStart > SLICE_MS) {
            await new Promise((resolve) => setTimeout(resolve, 0));
            if (cancelled) return;
            sliceStart = performance.now();
          }
        }
        const last = i + MENTION_BATCH >= todo.length;
        if (last || (i / MENTION_BATCH) % BATCHES_PER_RENDER === 0) setVersion((v) => v + 1);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [db, columns, providers, cache]);
  return version;
}
