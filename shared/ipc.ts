/**
 * The one IPC contract between the renderer (through the preload bridge) and the
 * main process. Each channel has a zod schema for its request, which main uses to
 * validate every payload, and a TypeScript type for its response. Responses are
 * always wrapped in `Result` because thrown errors lose their class over IPC.
 */
import { z } from 'zod';
import type { Result } from './result';

/** Bytes cross IPC as a Uint8Array (structured clone keeps it); typed loosely so any backing buffer fits. */
const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'expected bytes (Uint8Array)' });

const fileFilter = z.object({
  name: z.string().max(200),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,16}$/i)).max(20),
});

/** The only routes the main process will load in its hidden print window. */
export const PRINT_ROUTE = /^#\/print\/briefing\/[A-Za-z0-9_-]{1,64}(\?[A-Za-z0-9=&_-]{0,200})?$/;

/** Backup file names the main process will read or write: no paths, no traversal. */
export const BACKUP_NAME = /^dossier-backup-[0-9TZ:.-]{10,40}(-[a-z0-9-]{1,40})?\.dossier$/;

export const ipcRequestSchemas = {
  'app:info': z.null(),
  'file:open': z.object({
    title: z.string().max(200).optional(),
    filters: z.array(fileFilter).max(10),
    multiple: z.boolean(),
  }),
  'file:save': z.object({
    suggestedName: z.string().min(1).max(255),
    filters: z.array(fileFilter).max(10),
    data: bytes,
  }),
  'pdf:print': z.object({
    route: z.string().regex(PRINT_ROUTE),
    suggestedName: z.string().min(1).max(255),
    pageSize: z.enum(['A4', 'Letter']),
  }),
  'shell:open-path': z.object({ path: z.string().min(1).max(4096) }),
  'shell:open-external': z.object({ url: z.string().url().max(2048) }),
  'backups:list': z.null(),
  'backups:write': z.object({ name: z.string().regex(BACKUP_NAME), data: bytes }),
  'backups:read': z.object({ name: z.string().regex(BACKUP_NAME) }),
  'backups:delete': z.object({ name: z.string().regex(BACKUP_NAME) }),
  'print:ready': z.object({ ok: z.boolean(), message: z.string().max(2000).optional() }),
} as const;

export type IpcChannel = keyof typeof ipcRequestSchemas;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcRequestSchemas)[C]>;

/** Facts about the running app, shown in Settings. */
export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  shell: 'electron' | 'browser' | 'memory';
  /** Where backups are kept, or a description of it in the browser. */
  backupsLocation: string;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file the user saved; `path` is known only to the desktop shell. */
export interface SavedFile {
  name: string;
  path?: string;
}

export interface BackupEntry {
  name: string;
  size: number;
  createdAt: string;
}

export interface IpcResponses {
  'app:info': AppInfo;
  'file:open': OpenedFile[];
  /** `null` when the user cancelled the dialog. */
  'file:save': SavedFile | null;
  'pdf:print': SavedFile | null;
  'shell:open-path': null;
  'shell:open-external': null;
  'backups:list': BackupEntry[];
  'backups:write': BackupEntry;
  'backups:read': Uint8Array;
  'backups:delete': null;
  'print:ready': null;
}

export type IpcResponse<C extends IpcChannel> = Result<IpcResponses[C]>;

/** Validates a request; returns the parsed value or a readable error naming the field. */
export function parseIpcRequest<C extends IpcChannel>(channel: C, payload: unknown): Result<IpcRequest<C>> {
  const schema = ipcRequestSchemas[channel];
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data as IpcRequest<C> };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length ? issue.path.join('.') : 'payload';
  return { ok: false, error: { code: 'invalid-payload', message: `${channel}: ${where}: ${issue?.message ?? 'invalid'}` } };
}

/**
 * The object the preload exposes as `window.dossier`. Named functions only; the
 * renderer never sees `ipcRenderer`.
 */
export interface DossierBridge {
  appInfo(): Promise<IpcResponse<'app:info'>>;
  openFiles(req: IpcRequest<'file:open'>): Promise<IpcResponse<'file:open'>>;
  saveFile(req: IpcRequest<'file:save'>): Promise<IpcResponse<'file:save'>>;
  printToPdf(req: IpcRequest<'pdf:print'>): Promise<IpcResponse<'pdf:print'>>;
  openPath(req: IpcRequest<'shell:open-path'>): Promise<IpcResponse<'shell:open-path'>>;
  openExternal(req: IpcRequest<'shell:open-external'>): Promise<IpcResponse<'shell:open-external'>>;
  listBackups(): Promise<IpcResponse<'backups:list'>>;
  writeBackup(req: IpcRequest<'backups:write'>): Promise<IpcResponse<'backups:write'>>;
  readBackup(req: IpcRequest<'backups:read'>): Promise<IpcResponse<'backups:read'>>;
  deleteBackup(req: IpcRequest<'backups:delete'>): Promise<IpcResponse<'backups:delete'>>;
  /** Called by the print page when it has laid out (or failed to). */
  printReady(req: IpcRequest<'print:ready'>): Promise<IpcResponse<'print:ready'>>;
}
