/**
 * What the import pipeline tells the researcher about a file it accepted:
 * each row it dropped, each value it repaired, each thing worth a look.
 */

/** `dropped`: the row was left out; `fixed`: a value was filled or removed; `warning`: kept as is, but worth knowing. */
export type ProblemSeverity = 'dropped' | 'fixed' | 'warning';

/** One finding, placed like `claims[12].value.amount` so the researcher can find it. */
export interface Problem {
  path: string;
  message: string;
  severity: ProblemSeverity;
}

/** Formats a path such as `['claims', 12, 'value', 'amount']` as `claims[12].value.amount`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = String(part);
      out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}
