/**
 * Names why a write to IndexedDB failed, so the UI can say it plainly (the
 * disk is full, the database was closed) instead of showing a raw DOMException.
 * Dexie wraps the browser's errors (an AbortError whose `inner` is the
 * QuotaExceededError, a BulkError whose failures are), so the chain is walked.
 */

/** `quota`: no room left; `closed`: the database was closed or blocked; `other`: anything else. */
export type WriteFailure = 'quota' | 'closed' | 'other';

function names(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 4) return [];
  const err = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const own = typeof err.name === 'string' ? [err.name] : [];
  const failures = Array.isArray(err.failures) ? err.failures.flatMap((f) => names(f, depth + 1)) : [];
  return [...own, ...names(err.inner, depth + 1), ...names(err.cause, depth + 1), ...failures];
}

/** Classifies an error thrown by a Dexie write. */
export function classifyWriteError(e: unknown): WriteFailure {
  const all = names(e);
  if (all.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (all.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError' || n === 'OpenFailedError')) return 'closed';
  return 'other';
}
