/**
 * What the renderer needs from the shell it runs in. Implemented by
 * `renderer/src/platform/{electron,browser,memory}.ts`; one is chosen at start-up
 * and handed down through React context, which is why the whole app runs in
 * plain Chromium as well as in Electron.
 */
import type { AppInfo, BackupEntry, OpenedFile, SavedFile } from './ipc';
import type { PageSize } from './domain';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenFilesOptions {
  title?: string;
  filters: FileFilter[];
  multiple: boolean;
}

export interface SaveFileOptions {
  suggestedName: string;
  filters: FileFilter[];
  data: Uint8Array;
}

export interface PrintOptions {
  /** Hash route of the print page, e.g. `#/print/briefing/<id>`. */
  route: string;
  suggestedName: string;
  pageSize: PageSize;
}

/** Errors are thrown as `PlatformError` with a stable code (e.g. `canceled` never is: cancel returns null/[]). */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

export interface Platform {
  readonly kind: AppInfo['shell'];
  appInfo(): Promise<AppInfo>;
  /** Shows an open dialog; resolves to `[]` when cancelled. */
  openFiles(options: OpenFilesOptions): Promise<OpenedFile[]>;
  /** Shows a save dialog (or downloads); resolves to `null` when cancelled. */
  saveFile(options: SaveFileOptions): Promise<SavedFile | null>;
  /**
   * Prints the given print route to PDF. Electron renders it off-screen with
   * `printToPDF` and saves through a dialog; the browser opens the route and
   * uses the page's own print. `null` when cancelled.
   */
  printToPdf(options: PrintOptions): Promise<SavedFile | null>;
  /** Opens a saved file with the system viewer; no-op where paths are unknown. */
  openPath(path: string): Promise<void>;
  /** Opens an allow-listed https link in the system browser. */
  openExternal(url: string): Promise<void>;
  readonly backups: {
    list(): Promise<BackupEntry[]>;
    write(name: string, data: Uint8Array): Promise<BackupEntry>;
    read(name: string): Promise<Uint8Array>;
    delete(name: string): Promise<void>;
  };
}
