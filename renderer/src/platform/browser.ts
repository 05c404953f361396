/**
 * Platform for plain Chromium (and any browser): a file input for opening,
 * Blob downloads for saving, the page's own print for PDFs, and backups kept
 * in a separate IndexedDB database (and downloadable from Settings).
 */
import type { AppInfo, OpenedFile, SavedFile } from '@shared/ipc';
import { isAllowedExternalUrl } from '@shared/security';
import { createBrowserBackups } from './browser-backups';
import { PlatformError, type OpenFilesOptions, type Platform, type PrintOptions, type SaveFileOptions } from '@shared/platform';

/** Shows a file input and resolves with the chosen files, or [] when the user cancels. */
export function pickFiles(options: OpenFilesOptions): Promise<OpenedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple;
    input.accept = options.filters
      .flatMap((f) => f.extensions)
      .filter((e) => e !== '*')
      .map((e) => `.${e}`)
      .join(',');
    input.style.display = 'none';
    input.dataset.testid = 'platform-file-input';
    document.body.appendChild(input);
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve([]);
    });
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      done();
      Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))).then(resolve, reject);
    });
    input.click();
  });
}

/** Starts a download of the bytes under the suggested name. */
export function downloadBytes(name: string, data: Uint8Array, type = 'application/octet-stream'): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function createBrowserPlatform(appVersion: string): Platform {
  return {
    kind: 'browser',
    async appInfo(): Promise<AppInfo> {
      return {
        name: 'Dossier',
        version: appVersion,
        platform: navigator.platform || 'web',
        shell: 'browser',
        backupsLocation: 'IndexedDB (dossier-backups)',
      };
    },
    openFiles: pickFiles,
    async saveFile(o: SaveFileOptions): Promise<SavedFile | null> {
      downloadBytes(o.suggestedName, o.data);
      return { name: o.suggestedName };
    },
    async printToPdf(o: PrintOptions): Promise<SavedFile | null> {
      // The browser has no silent printToPDF: open the same print page and let it call window.print().
      const url = `${location.pathname}${location.search}${o.route}${o.route.includes('?') ? '&' : '?'}autoprint=1`;
      const w = window.open(url, '_blank');
      if (!w) throw new PlatformError('popup-blocked', 'The print window was blocked by the browser.');
      return null;
    },
    async openPath() {
      // Downloads have no path the page can open.
    },
    async openExternal(url: string) {
      if (!isAllowedExternalUrl(url)) throw new PlatformError('forbidden', `Only https links can be opened: ${url}`);
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    backups: createBrowserBackups(),
  };
}
