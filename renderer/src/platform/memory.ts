/**
 * In-memory Platform for unit tests: files to open are queued, saved files and
 * prints are recorded so tests can assert on them.
 */
import type { BackupEntry, OpenedFile, SavedFile } from '@shared/ipc';
import { PlatformError, type Platform, type PrintOptions, type SaveFileOptions } from '@shared/platform';

export interface MemoryPlatform extends Platform {
  /** Files the next openFiles call returns. */
  nextOpen: OpenedFile[];
  saved: SaveFileOptions[];
  printed: PrintOptions[];
  opened: string[];
}

export function createMemoryPlatform(): MemoryPlatform {
  const backups = new Map<string, { entry: BackupEntry; data: Uint8Array }>();
  const p: MemoryPlatform = {
    kind: 'memory',
    nextOpen: [],
    saved: [],
    printed: [],
    opened: [],
    async appInfo() {
      return { name: 'Dossier', version: '0.0.0-test', platform: 'test', shell: 'memory', backupsLocation: 'memory' };
    },
    async openFiles() {
      const files = p.nextOpen;
      p.nextOpen = [];
      return files;
    },
    async saveFile(o): Promise<SavedFile> {
      p.saved.push(o);
      return { name: o.suggestedName, path: `/memory/${o.suggestedName}` };
    },
    async printToPdf(o): Promise<SavedFile> {
      p.printed.push(o);
      return { name: o.suggestedName, path: `/memory/${o.suggestedName}` };
    },
    async openPath(path) {
      p.opened.push(path);
    },
    async openExternal(url) {
      p.opened.push(url);
    },
    backups: {
      async list() {
        return [...backups.values()].map((b) => b.entry).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      },
      async write(name, data) {
        const entry = { name, size: data.byteLength, createdAt: new Date().toISOString() };
        backups.set(name, { entry, data });
        return entry;
      },
      async read(name) {
        const b = backups.get(name);
        if (!b) throw new PlatformError('not-found', `No backup named ${name}.`);
        return b.data;
      },
      async delete(name) {
        backups.delete(name);
      },
    },
  };
  return p;
}
