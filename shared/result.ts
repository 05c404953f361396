/**
 * The shape every fallible call takes across a boundary (IPC, workers, import
 * pipeline). Thrown errors lose their class when structured-cloned, so failures
 * travel as data with a stable `code` the UI can translate.
 */
export interface AppError {
  /** Stable machine-readable code, e.g. `canceled`, `invalid-payload`, `io`. */
  code: string;
  /** Human-readable English detail for logs and tooltips; UI text comes from i18n by `code`. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: string, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** Turns anything thrown into an AppError without losing its message. */
export function toAppError(e: unknown, code = 'unexpected'): AppError {
  if (e && typeof e === 'object' && 'code' in e && 'message' in e && typeof (e as AppError).code === 'string') {
    return { code: (e as AppError).code, message: String((e as AppError).message) };
  }
  return { code, message: e instanceof Error ? e.message : String(e) };
}
