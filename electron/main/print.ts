import path from 'node:path';
import type { PrintToPDFOptions } from 'electron';
import { PRINT_ROUTE, type IpcRequest, type SavedFile } from '@shared/ipc';
import { IpcFailure } from './ipc-failure';
import { safeFileName } from './files';

/** How long the print page may take to load and lay out before printing gives up. */
export const PRINT_READY_TIMEOUT_MS = 60_000;

/** What the print page reports through `print:ready`. */
export type PrintReadyReport = IpcRequest<'print:ready'>;

interface Pending {
  resolve(): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Pairs each hidden print window with the `print:ready` call from that same
 * window (matched by webContents id), so no other page can trigger or fake a print.
 */
export class PrintReadyRegistry {
  readonly #pending = new Map<number, Pending>();

  /** Resolves when window `id` reports ready; rejects on a failure report or after `timeoutMs`. */
  expect(id: number, timeoutMs: number, route: string): Promise<void> {
    this.forget(id);
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(
          new IpcFailure(
            'print-timeout',
            `The print page ${route} did not report ready within ${Math.round(timeoutMs / 1000)} s`,
          ),
        );
      }, timeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
    });
  }

  /** Delivers a report from window `id`; false when no print is waiting on that window. */
  signal(id: number, report: PrintReadyReport): boolean {
    const pending = this.#pending.get(id);
    if (!pending) return false;
    this.forget(id);
    if (report.ok) pending.resolve();
    else pending.reject(new IpcFailure('print-failed', report.message || 'The print page could not lay out the briefing'));
    return true;
  }

  /** Stops waiting on window `id` without settling (the caller already gave up). */
  forget(id: number): void {
    const pending = this.#pending.get(id);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.#pending.delete(id);
  }

  get size(): number {
    return this.#pending.size;
  }
}

/** The slice of a BrowserWindow the print flow uses; tests pass a fake. */
export interface PrintWindow {
  readonly webContents: {
    readonly id: number;
    once(event: 'did-fail-load', listener: (event: unknown, code: number, description: string) => void): unknown;
    once(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
}

export interface PrintDeps {
  /** Creates the hidden window with the secure web preferences and the app preload. */
  createWindow(): PrintWindow;
  registry: PrintReadyRegistry;
  /** `app://dossier/index.html` in production, the dev server's page while developing. */
  pageUrl: string;
  showSaveDialog(defaultPath: string): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  /** Called with every path written, so `shell:open-path` may open it later. */
  onSaved(filePath: string): void;
  defaultDir: string;
  timeoutMs?: number;
}

/**
 * Renders a print route off-screen and saves it as a PDF: load the page in a
 * hidden window, wait for that window's `print:ready`, `printToPDF` with the page's
 * own CSS page size (its @page margin boxes carry page numbers and running
 * headers, so no Chromium header/footer), then ask where to save. Resolves to
 * null when the user cancels the save dialog.
 */
export async function printRouteToPdf(request: IpcRequest<'pdf:print'>, deps: PrintDeps): Promise<SavedFile | null> {
  // Re-checked here because this route is appended to a URL the app loads.
  if (!PRINT_ROUTE.test(request.route)) throw new IpcFailure('invalid-payload', `pdf:print: route: not a print route`);
  const timeoutMs = deps.timeoutMs ?? PRINT_READY_TIMEOUT_MS;
  const win = deps.createWindow();
  const id = win.webContents.id;
  let pdf: Uint8Array;
  try {
    const ready = deps.registry.expect(id, timeoutMs, request.route);
    const broken = new Promise<never>((_, reject) => {
      win.webContents.once('did-fail-load', (_e, code, description) =>
        reject(new IpcFailure('print-failed', `The print page failed to load (${code} ${description})`)),
      );
      win.webContents.once('render-process-gone', (_e, details) =>
        reject(new IpcFailure('print-failed', `The print page stopped (${details.reason})`)),
      );
    });
    const loaded = win.loadURL(`${deps.pageUrl}${request.route}`).catch((e: unknown) => {
      throw new IpcFailure('print-failed', `The print page failed to load (${e instanceof Error ? e.message : String(e)})`);
    });
    await Promise.race([Promise.all([loaded, ready]), broken]);
    pdf = await win.webContents.printToPDF({
      pageSize: request.pageSize,
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    });
  } finally {
    deps.registry.forget(id);
    if (!win.isDestroyed()) win.destroy();
  }
  const choice = await deps.showSaveDialog(path.join(deps.defaultDir, safeFileName(request.suggestedName, 'pdf')));
  if (choice.canceled || !choice.filePath) return null;
  await deps.writeFile(choice.filePath, pdf);
  deps.onSaved(choice.filePath);
  return { name: path.basename(choice.filePath), path: choice.filePath };
}
