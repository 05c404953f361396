/**
 * Runs a batch of file imports one after another, reporting progress and
 * stopping between files when cancelled. One at a time keeps memory flat (a
 * PDF's text layer can be large) and lets the UI repaint between files.
 */

/** Progress after each step: how many are done, of how many, and the file being read now (empty when finished). */
export interface BatchProgress {
  done: number;
  total: number;
  current: string;
}

export interface BatchOptions {
  onProgress?: (p: BatchProgress) => void;
  signal?: AbortSignal;
  /** Awaited between items so the page can repaint; defaults to a macrotask. */
  yieldEvery?: () => Promise<void>;
}

export interface BatchResult<R> {
  results: R[];
  /** True when the signal stopped the batch before every item ran. */
  cancelled: boolean;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Applies `run` to each item in order. A thrown error becomes `onError(item, e)`
 * so one bad file never ends the batch. Cancelling lets the running item finish
 * (its write is one transaction) and skips the rest.
 */
export async function runBatch<T extends { name: string }, R>(
  items: readonly T[],
  run: (item: T, signal?: AbortSignal) => Promise<R>,
  onError: (item: T, e: unknown) => R,
  opts: BatchOptions = {},
): Promise<BatchResult<R>> {
  const results: R[] = [];
  const total = items.length;
  const pause = opts.yieldEvery ?? macrotask;
  for (let i = 0; i < total; i++) {
    if (opts.signal?.aborted) return { results, cancelled: true };
    const item = items[i]!;
    opts.onProgress?.({ done: i, total, current: item.name });
    await pause();
    try {
      results.push(await run(item, opts.signal));
    } catch (e) {
      results.push(onError(item, e));
    }
  }
  opts.onProgress?.({ done: total, total, current: '' });
  return { results, cancelled: false };
}
