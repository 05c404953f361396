/** The results table as plain text (terminal) and as Markdown (docs/performance.md). */
import { fmtValue, type Row } from './harness';

const HEAD = ['figure', 'median', 'min', 'max', 'baseline', 'ratio', 'target', 'met?'];

function cells(r: Row): string[] {
  if (r.notMeasured) return [r.figure, `not measured: ${r.notMeasured}`, '', '', '', '', r.target, '—'];
  const v = r.value!;
  const f = (x: number) => fmtValue(r.unit, x);
  return [
    r.figure,
    f(v.median),
    f(v.min),
    f(v.max),
    r.baseline ? `${f(r.baseline.median)} (${r.baseline.label})` : '—',
    r.ratio !== undefined ? (r.ratio < 0.1 ? `${(1 / r.ratio).toFixed(0)}× faster` : `${r.ratio.toFixed(2)}×`) : '—',
    r.target,
    r.met === null ? '—' : r.met ? 'yes' : 'NO',
  ];
}

/** Fixed-width text table. */
export function formatTable(rows: Row[]): string {
  const body = rows.map(cells);
  const widths = HEAD.map((h, i) => Math.min(60, Math.max(h.length, ...body.map((r) => r[i]!.length))));
  const line = (r: string[]) => r.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join(' | ');
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}

/** Markdown table with the notes underneath. */
export function formatMarkdown(rows: Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const table = [`| ${HEAD.join(' | ')} |`, `|${HEAD.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`)];
  const notes = rows.filter((r) => r.note).map((r) => `- *${r.figure}*: ${r.note}`);
  return [...table, '', ...notes].join('\n');
}
