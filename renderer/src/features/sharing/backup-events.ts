/**
 * "The list of backups changed": backups are written from several places
 * (import, restore, the daily timer, an undo whose panel has since been
 * unmounted), so the Settings list subscribes here instead of trusting the
 * code that wrote them to refresh it.
 */
const listeners = new Set<() => void>();

/** Subscribes; returns the unsubscribe function. */
export function onBackupsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every subscriber that backups were written or deleted. */
export function backupsChanged(): void {
  for (const l of listeners) l();
}
