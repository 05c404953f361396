import path from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import type { OpenedFile } from '@shared/ipc';
import { IpcFailure } from './ipc-failure';

/** Largest file `file:open` reads into memory and sends over IPC. */
export const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024;

const MB = 1024 * 1024;

/**
 * Reads the files the user picked. Sizes are checked before anything is read, so
 * one oversized file fails the call with a message naming it instead of filling
 * memory. A Buffer is copied into a plain Uint8Array so it clones cleanly over IPC.
 */
export async function readOpenedFiles(paths: readonly string[], maxBytes = MAX_OPEN_FILE_BYTES): Promise<OpenedFile[]> {
  for (const p of paths) {
    const { size } = await stat(p);
    if (size > maxBytes) {
      throw new IpcFailure(
        'too-large',
        `${path.basename(p)} is ${(size / MB).toFixed(1)} MB; Dossier opens files up to ${(maxBytes / MB).toFixed(0)} MB`,
      );
    }
  }
  const files: OpenedFile[] = [];
  for (const p of paths) {
    const buf = await readFile(p);
    files.push({ name: path.basename(p), bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) });
  }
  return files;
}

/**
 * A suggested file name made safe for a save dialog's default path: no
 * directories, no characters Windows refuses, never empty, and ending in `ext`
 * when one is given.
 */
export function safeFileName(suggested: string, ext?: string): string {
  let name = Array.from(suggested.replace(/[/\\]/g, '-').replace(/[<>:"|?*]/g, ''))
    .filter((ch) => ch.charCodeAt(0) >= 0x20)
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200);
  if (!name) name = 'dossier';
  if (ext && !name.toLowerCase().endsWith(`.${ext.toLowerCase()}`)) name = `${name}.${ext}`;
  return name;
}

/**
 * Paths the user saved through a dialog in this session. `shell:open-path` opens
 * only these, so a compromised renderer cannot ask the OS to open arbitrary files.
 */
export class SavedPaths {
  readonly #paths = new Set<string>();

  add(filePath: string): void {
    this.#paths.add(path.resolve(filePath));
  }

  has(filePath: string): boolean {
    return this.#paths.has(path.resolve(filePath));
  }
}
