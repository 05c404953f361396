/**
 * `validate` and `convert`: the bundle pipeline from a terminal, for
 * colleagues without the app and for checking files before sharing them.
 * Both run exactly the code the app's import runs (shared/bundle).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { openBundle, type OpenedBundle, type Problem } from '@shared/bundle';
import { csvBytes } from '@shared/csv';
import { claimsToCsv } from '@shared/interop/claims-csv';
import { toCslJson } from '@shared/interop/csl';
import { toW3cAnnotations } from '@shared/interop/w3c';
import { LIBRARY_TABLES, type Lang } from '@shared/domain';
import { strToU8 } from 'fflate';

const VALIDATE_USAGE = 'Usage: dossier validate <file.dossier>';
const CONVERT_USAGE = 'Usage: dossier convert <file.dossier> --to w3c|csv|csl-json [--out FILE] [--lang en|ko]';
const FORMATS = ['w3c', 'csv', 'csl-json'] as const;
type Format = (typeof FORMATS)[number];

const out = (text: string) => void process.stdout.write(text);
const err = (text: string) => void process.stderr.write(text);

/** Reads and restores a bundle, printing the refusal when there is one. */
async function open(file: string): Promise<OpenedBundle | null> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    err(`${file}: cannot read the file (${e instanceof Error ? e.message : String(e)})\n`);
    return null;
  }
  const opened = openBundle(bytes);
  if (!opened.ok) {
    err(`${file}: refused [${opened.error.code}]\n  ${opened.error.message}\n`);
    return null;
  }
  return opened.value;
}

function problemLine(p: Problem): string {
  return `${p.severity.padEnd(7)} ${p.path}: ${p.message}\n`;
}

function tally(problems: readonly Problem[]): Record<Problem['severity'], number> {
  const t = { dropped: 0, fixed: 0, warning: 0 };
  for (const p of problems) t[p.severity]++;
  return t;
}

/**
 * `validate <file>`: prints every problem with its place and a summary.
 * Exit 0 for a valid bundle (nothing dropped), 1 for a refused file or dropped
 * rows, 2 for a usage error.
 */
export async function runValidate(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    err(`${VALIDATE_USAGE}\n`);
    return args[0] === '--help' || args[0] === '-h' ? 0 : 2;
  }
  const file = args[0]!;
  const bundle = await open(file);
  if (!bundle) return 1;
  for (const p of bundle.problems) out(problemLine(p));
  const t = tally(bundle.problems);
  const counts = LIBRARY_TABLES.map((table) => `${bundle.data[table].length} ${table}`).join(', ');
  out(
    `${file}: format ${bundle.formatVersion}, exported by ${bundle.manifest.exportedBy || 'unknown'} at ${bundle.manifest.exportedAt}\n` +
      `  ${counts}\n` +
      `  ${t.dropped} dropped, ${t.fixed} fixed, ${t.warning} warnings: ${t.dropped === 0 ? 'valid' : 'NOT valid (rows would be dropped on import)'}\n`,
  );
  return t.dropped === 0 ? 0 : 1;
}

interface ConvertArgs {
  file: string;
  to: Format;
  outFile?: string;
  lang: Lang;
}

function parseConvertArgs(args: string[]): ConvertArgs | string {
  let file: string | undefined;
  let to: string | undefined;
  let outFile: string | undefined;
  let lang: string = 'en';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => args[++i];
    if (a === '--to') to = value();
    else if (a.startsWith('--to=')) to = a.slice(5);
    else if (a === '--out') outFile = value();
    else if (a.startsWith('--out=')) outFile = a.slice(6);
    else if (a === '--lang') lang = value() ?? '';
    else if (a.startsWith('--lang=')) lang = a.slice(7);
    else if (a.startsWith('-')) return `Unknown option "${a}".`;
    else if (file === undefined) file = a;
    else return `Unexpected argument "${a}".`;
  }
  if (!file) return 'Missing the bundle file.';
  if (!to || !(FORMATS as readonly string[]).includes(to)) return `--to must be one of ${FORMATS.join(', ')}${to ? ` (got "${to}")` : ''}.`;
  if (outFile === '') return '--out needs a file name.';
  if (lang !== 'en' && lang !== 'ko') return `--lang must be en or ko (got "${lang}").`;
  return { file, to: to as Format, outFile, lang };
}

/** The converted document: text for stdout, bytes for a file (CSV files get a BOM so Excel reads Korean). */
function render(bundle: OpenedBundle, a: ConvertArgs): { text: string; bytes: Uint8Array } {
  switch (a.to) {
    case 'csv': {
      const csv = claimsToCsv(bundle.data, { lang: a.lang });
      return { text: csv, bytes: csvBytes(csv) };
    }
    case 'w3c': {
      const name = basename(a.file);
      const doc = toW3cAnnotations(bundle.data, {
        id: `urn:dossier:collection:${encodeURIComponent(name)}`,
        label: `Claims from ${name}${bundle.manifest.exportedBy ? ` by ${bundle.manifest.exportedBy}` : ''}`,
        lang: a.lang,
      });
      const text = `${JSON.stringify(doc, null, 2)}\n`;
      return { text, bytes: strToU8(text) };
    }
    case 'csl-json': {
      const text = `${JSON.stringify(toCslJson(bundle.data.articles), null, 2)}\n`;
      return { text, bytes: strToU8(text) };
    }
  }
}

/**
 * `convert <file> --to w3c|csv|csl-json [--out FILE] [--lang en|ko]`: writes
 * the claims (W3C annotations, CSV) or the articles (CSL-JSON) to FILE or
 * stdout. Rows that restore drops are left out and counted on stderr.
 * Exit 0 on success, 1 for a refused file or a write error, 2 for usage.
 */
export async function runConvert(args: string[]): Promise<number> {
  if (args[0] === '--help' || args[0] === '-h') {
    err(`${CONVERT_USAGE}\n`);
    return 0;
  }
  const parsed = parseConvertArgs(args);
  if (typeof parsed === 'string') {
    err(`${parsed}\n${CONVERT_USAGE}\n`);
    return 2;
  }
  const bundle = await open(parsed.file);
  if (!bundle) return 1;
  const t = tally(bundle.problems);
  if (t.dropped) err(`${parsed.file}: ${t.dropped} rows were dropped and are not in the output; run "validate" for details.\n`);
  const { text, bytes } = render(bundle, parsed);
  if (!parsed.outFile) {
    out(text);
    return 0;
  }
  try {
    await writeFile(parsed.outFile, bytes);
  } catch (e) {
    err(`${parsed.outFile}: cannot write (${e instanceof Error ? e.message : String(e)})\n`);
    return 1;
  }
  err(`Wrote ${parsed.outFile}\n`);
  return 0;
}
