/**
 * The whole read side in one call, for the import dialog and the CLI:
 * bytes in, trusted library data and a report out.
 */
import type { Result } from '../result';
import { readBundle, type ReadOptions } from './read';
import { restore, type Restored, type RestoreOptions } from './restore';
import type { Manifest } from './schema';

/** A restored bundle together with the manifest it came with (for exportedBy, exportedAt, selection). */
export interface OpenedBundle extends Restored {
  manifest: Manifest;
}

/** `readBundle` then `restore`. Refuses what `readBundle` refuses; otherwise returns data in which every row is valid. Never throws. */
export function openBundle(bytes: Uint8Array, opts: ReadOptions & RestoreOptions = {}): Result<OpenedBundle> {
  const parsed = readBundle(bytes, opts);
  if (!parsed.ok) return parsed;
  const restored = restore(parsed.value, opts);
  if (!restored.ok) return restored;
  return { ok: true, value: { ...restored.value, manifest: parsed.value.manifest } };
}
