import type { IpcMainInvokeEvent } from 'electron';
import { parseIpcRequest, type IpcChannel, type IpcRequest, type IpcResponse, type IpcResponses } from '@shared/ipc';
import { isTrustedUrl, originOf } from './app-origin';
import { toIpcError } from './ipc-failure';

/** A handler body: gets the validated request, returns the plain value (or throws IpcFailure). */
export type IpcHandlerFn<C extends IpcChannel> = (
  request: IpcRequest<C>,
  event: IpcMainInvokeEvent,
) => IpcResponses[C] | Promise<IpcResponses[C]>;

/** The part of `ipcMain` the wrapper needs; tests pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

/**
 * Runs one handler call: refuses a sender frame outside the app's origins,
 * validates the payload with the shared schema, and wraps the value or the
 * failure into a Result, because thrown errors lose their class over IPC.
 */
export async function runIpcHandler<C extends IpcChannel>(
  channel: C,
  event: IpcMainInvokeEvent,
  payload: unknown,
  fn: IpcHandlerFn<C>,
  origins: readonly string[],
): Promise<IpcResponse<C>> {
  // senderFrame is null when the frame navigated away or was destroyed mid-call.
  const senderUrl = event.senderFrame?.url;
  if (!isTrustedUrl(senderUrl, origins)) {
    return {
      ok: false,
      error: { code: 'forbidden', message: `${channel}: sender ${originOf(senderUrl) ?? 'unknown'} is not the Dossier app` },
    };
  }
  const parsed = parseIpcRequest(channel, payload === undefined ? null : payload);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, value: await fn(parsed.value, event) };
  } catch (e) {
    return { ok: false, error: toIpcError(e) };
  }
}

/** A typed `handle(channel, fn)` bound to one ipcMain and the trusted origins. */
export type Handle = <C extends IpcChannel>(channel: C, fn: IpcHandlerFn<C>) => void;

/** Creates the typed `handle` helper over `ipcMain.handle`. */
export function createHandle(ipcMain: IpcMainLike, origins: readonly string[]): Handle {
  return (channel, fn) => {
    ipcMain.handle(channel, (event, payload) => runIpcHandler(channel, event, payload, fn, origins));
  };
}
