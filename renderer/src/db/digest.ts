/**
 * A fingerprint of everything stored: SHA-256 over a canonical JSON of every
 * table of the database but the `meta` bookkeeping. Tests compare it before and after an operation that
 * must not change anything (a refused import, a failed write).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type Dexie from 'dexie';

/** JSON with object keys sorted at every depth, so equal data gives equal text whatever the insertion order. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (ArrayBuffer.isView(value)) return canonicalJson(Array.from(value as Uint8Array));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** Every table's rows in primary-key order, keyed by table name (sorted); the `meta` bookkeeping table is left out (its revision token changes with every write, even one that is undone). */
export async function dumpDatabase(db: Dexie): Promise<Record<string, unknown[]>> {
  const tables = [...db.tables].filter((t) => t.name !== 'meta').sort((a, b) => a.name.localeCompare(b.name));
  return db.transaction('r', tables, async () => {
    const out: Record<string, unknown[]> = {};
    for (const t of tables) out[t.name] = await t.toArray();
    return out;
  });
}

/** SHA-256 (hex) of the canonical JSON of every table: equal digests mean nothing stored changed. */
export async function databaseDigest(db: Dexie): Promise<string> {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(await dumpDatabase(db)))));
}
