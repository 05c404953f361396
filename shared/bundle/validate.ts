/**
 * Row validation with messages a researcher can act on: each names the place
 * (`claims[12].value.amount`) and says what was expected in plain words,
 * instead of zod's developer-facing defaults.
 */
import type { z } from 'zod';
import type { LibraryData, LibraryTable } from '../domain';
import { formatPath, type Problem } from './problem';
import { tableSchemas } from './schema';

type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
  undefined: 'nothing',
};

/** Names what a JSON value is, for "found …" in messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `text of ${value.length.toLocaleString('en-US')} characters` : `text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'a non-finite number';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, key)) return { found: false, value: undefined };
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: cur };
}

function listWords(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** Turns one zod issue into plain English; `input` is the row it came from, so the message can say what was found. */
export function describeIssue(issue: Issue, input: unknown): string {
  const at = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const want = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (!at.found || at.value === undefined) return `missing (expected ${want})`;
      return `expected ${want}, found ${describeValue(at.value)}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum).toLocaleString('en-US');
      if (issue.origin === 'string') {
        const len = typeof at.value === 'string' ? `${at.value.length.toLocaleString('en-US')} characters` : 'too many characters';
        return `text is too long (${len}; at most ${max} allowed)`;
      }
      if (issue.origin === 'array') {
        const len = Array.isArray(at.value) ? `${at.value.length.toLocaleString('en-US')} items` : 'too many items';
        return `list is too long (${len}; at most ${max} allowed)`;
      }
      return `must be at most ${max}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `text is too short (at least ${issue.minimum} characters)`;
      if (issue.origin === 'array') return `list needs at least ${issue.minimum} items`;
      return `must be at least ${issue.minimum}${at.found ? `, found ${describeValue(at.value)}` : ''}`;
    case 'invalid_value':
      return `expected one of ${listWords(issue.values)}, found ${at.found ? describeValue(at.value) : 'nothing'}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return at.found
          ? `unknown kind ${describeValue(at.value)} (expected one of ${listWords(options)})`
          : `missing (expected one of ${listWords(options)})`;
      }
      return at.found ? `does not match any allowed shape (found ${describeValue(at.value)})` : 'missing';
    case 'invalid_format':
      return `${issue.message}${at.found ? `, found ${describeValue(at.value)}` : ''}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `unexpected fields ${listWords(issue.keys)}`;
    case 'invalid_key':
    case 'invalid_element':
      return 'has an invalid entry';
    case 'custom':
      return `${issue.message}${at.found ? `, found ${describeValue(at.value)}` : ''}`;
    default:
      return (issue as { message: string }).message;
  }
}

/** Outcome of validating one row: the parsed row, or why it must be dropped. */
export type RowCheck<T> = { ok: true; row: T } | { ok: false; problem: Problem };

/**
 * Validates one row of `table`; `base` is its place (e.g. `['claims', 12]`).
 * A failing row yields one `dropped` problem placed at its first fault, with
 * up to three further faults named in the message, so each dropped row is one line.
 */
export function validateRow<T extends LibraryTable>(
  table: T,
  row: unknown,
  base: readonly PropertyKey[],
): RowCheck<LibraryData[T][number]> {
  const parsed = tableSchemas[table].safeParse(row);
  if (parsed.success) return { ok: true, row: parsed.data as unknown as LibraryData[T][number] };
  const [first, ...rest] = parsed.error.issues.map((issue) => ({
    path: formatPath([...base, ...issue.path]),
    message: describeIssue(issue, row),
  }));
  let message = first!.message;
  if (rest.length) {
    const more = rest.slice(0, 3).map((p) => `${p.path}: ${p.message}`);
    if (rest.length > 3) more.push(`${rest.length - 3} more`);
    message += `; also ${more.join('; ')}`;
  }
  return { ok: false, problem: { path: first!.path, message: `${message} (row dropped)`, severity: 'dropped' } };
}

/** Validates every row of one table, keeping the rows that pass; each failing row is reported once as `dropped`. */
export function validateTable<T extends LibraryTable>(
  table: T,
  rows: readonly unknown[],
): { rows: LibraryData[T][number][]; problems: Problem[] } {
  const kept: LibraryData[T][number][] = [];
  const problems: Problem[] = [];
  rows.forEach((row, index) => {
    const check = validateRow(table, row, [table, index]);
    if (check.ok) kept.push(check.row);
    else problems.push(check.problem);
  });
  return { rows: kept, problems };
}
