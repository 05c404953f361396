import type { AppError } from '@shared/result';

/**
 * Thrown inside an IPC handler to fail with a stable code the renderer can
 * translate (`too-large`, `not-found`, `forbidden`, ...). The IPC wrapper turns it
 * into `{ ok: false, error }`; anything else thrown becomes `io` or `unexpected`.
 */
export class IpcFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}

/** Converts anything a handler threw into the AppError that crosses IPC. */
export function toIpcError(e: unknown): AppError {
  if (e instanceof IpcFailure) return { code: e.code, message: e.message };
  const message = e instanceof Error ? e.message : String(e);
  // Node's fs errors carry `syscall`; report them as I/O problems, not as bugs.
  if (e && typeof e === 'object' && 'syscall' in e) return { code: 'io', message };
  return { code: 'unexpected', message };
}
