import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import type { IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { isAllowedExternalUrl } from '@shared/security';
import { createHandle } from './ipc-handle';
import { IpcFailure } from './ipc-failure';
import { createBackupStore, type BackupStore } from './backups';
import { readOpenedFiles, safeFileName, SavedPaths } from './files';
import { printRouteToPdf, PrintReadyRegistry, type PrintWindow } from './print';
import { createPrintWindowOptions } from './window-options';

export interface IpcHandlerOptions {
  /** Origins whose frames may call the handlers (see app-origin.ts). */
  origins: readonly string[];
  preloadPath: string;
  /** The page print routes are appended to: `app://dossier/index.html` or the dev server's page. */
  pageUrl: string;
  /** Defaults to `<userData>/backups`. */
  backupsDir?: string;
  /** Print timeout override for tests. */
  printTimeoutMs?: number;
}

/** What registration hands back; tests and index.ts reach the session state through it. */
export interface IpcHandlersState {
  savedPaths: SavedPaths;
  backups: BackupStore;
  printRegistry: PrintReadyRegistry;
}

function parentOf(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

/** Registers every channel in the IPC contract on `ipcMain`. Call once, after `ready`. */
export function registerIpcHandlers(options: IpcHandlerOptions): IpcHandlersState {
  const handle = createHandle(ipcMain, options.origins);
  const savedPaths = new SavedPaths();
  const backups = createBackupStore(options.backupsDir ?? path.join(app.getPath('userData'), 'backups'));
  const printRegistry = new PrintReadyRegistry();

  handle('app:info', () => ({
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    shell: 'electron' as const,
    backupsLocation: backups.dir,
  }));

  handle('file:open', async (req, event) => {
    const parent = parentOf(event);
    const opts: OpenDialogOptions = {
      title: req.title,
      filters: req.filters,
      properties: req.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    };
    const result = parent ? await dialog.showOpenDialog(parent, opts) : await dialog.showOpenDialog(opts);
    if (result.canceled) return [];
    return readOpenedFiles(result.filePaths);
  });

  handle('file:save', async (req, event) => {
    const parent = parentOf(event);
    const opts: SaveDialogOptions = {
      defaultPath: path.join(app.getPath('documents'), safeFileName(req.suggestedName)),
      filters: req.filters,
    };
    const result = parent ? await dialog.showSaveDialog(parent, opts) : await dialog.showSaveDialog(opts);
    if (result.canceled || !result.filePath) return null;
    await writeFile(result.filePath, req.data);
    savedPaths.add(result.filePath);
    return { name: path.basename(result.filePath), path: result.filePath };
  });

  handle('pdf:print', (req, event) => {
    const parent = parentOf(event);
    return printRouteToPdf(req, {
      createWindow: () => new BrowserWindow(createPrintWindowOptions(options.preloadPath)) as unknown as PrintWindow,
      registry: printRegistry,
      pageUrl: options.pageUrl,
      showSaveDialog: (defaultPath) => {
        const opts: SaveDialogOptions = { defaultPath, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
        return parent ? dialog.showSaveDialog(parent, opts) : dialog.showSaveDialog(opts);
      },
      writeFile: (filePath, data) => writeFile(filePath, data),
      onSaved: (filePath) => savedPaths.add(filePath),
      defaultDir: app.getPath('documents'),
      timeoutMs: options.printTimeoutMs,
    });
  });

  // A no-op for any window that is not a pending print window (e.g. a print route
  // shown in the main window), so the print page can always report safely.
  handle('print:ready', (req, event) => {
    printRegistry.signal(event.sender.id, req);
    return null;
  });

  handle('shell:open-path', async (req) => {
    if (!savedPaths.has(req.path)) {
      throw new IpcFailure('forbidden', 'Only files saved by Dossier in this session can be opened');
    }
    const error = await shell.openPath(req.path);
    if (error) throw new IpcFailure('io', error);
    return null;
  });

  handle('shell:open-external', async (req) => {
    if (!isAllowedExternalUrl(req.url)) throw new IpcFailure('forbidden', 'Only https links can be opened in the browser');
    await shell.openExternal(req.url);
    return null;
  });

  handle('backups:list', () => backups.list());
  handle('backups:write', (req) => backups.write(req.name, req.data));
  handle('backups:read', (req) => backups.read(req.name));
  handle('backups:delete', async (req) => {
    await backups.delete(req.name);
    return null;
  });

  return { savedPaths, backups, printRegistry };
}
