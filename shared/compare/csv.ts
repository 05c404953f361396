/**
 * The compare matrix as spreadsheet rows, for `toCsv` in `shared/csv.ts`.
 */
import { localName, type Lang } from '../domain';
import { formatAsOf, formatValue } from '../format/value';
import { neutralizeFormula } from '../interop/claims-csv';
import type { CellSummary } from './cell';
import { COMPARE_LABELS } from './labels';
import { layoutMatrix, type AxisEntry, type Matrix } from './matrix';

/** A header's display name in the wanted language. */
export function axisLabel(entry: AxisEntry, lang: Lang): string {
  return entry.type === 'provider' ? localName(entry.provider.name, lang) : localName(entry.attribute.name, lang);
}

/**
 * One cell as text: the formatted value, its as-of in parentheses, then bracketed markers for
 * a disputed or outdated shown value and for a conflict:
 * `1조 4,600억 원 (2024-12-02 기준) [상충]` / `KRW 1.46 trillion (as of 2024-12-02) [conflict]`.
 * Empty for an empty cell.
 */
export function cellText(cell: CellSummary, lang: Lang): string {
  if (!cell.current) return '';
  const labels = COMPARE_LABELS[lang];
  let text = formatValue(cell.current.value, lang);
  const asOf = formatAsOf(cell.current.asOf, lang);
  if (asOf) text += ` (${labels.asOfPhrase(asOf)})`;
  if (cell.status === 'disputed' || cell.status === 'outdated') text += ` [${labels.status[cell.status]}]`;
  if (cell.conflict) text += ` [${labels.conflict}]`;
  return text;
}

/**
 * The matrix as it is drawn (honouring `transposed`): a header row with a corner label and
 * the column names, then one row per provider (or attribute) with its name and `cellText`
 * of each cell. Every field is defused against spreadsheet formula injection, since names
 * and values are typed by people or imported. Pass the result to `toCsv`.
 */
export function matrixToCsvRows(matrix: Matrix, lang: Lang): string[][] {
  const layout = layoutMatrix(matrix);
  const labels = COMPARE_LABELS[lang];
  const corner = matrix.transposed ? labels.attribute : labels.provider;
  const header = [corner, ...layout.columns.map((c) => axisLabel(c, lang))];
  const body = layout.rows.map((row) => [axisLabel(row, lang), ...layout.columns.map((col) => cellText(layout.cell(row, col), lang))]);
  return [header, ...body].map((r) => r.map(neutralizeFormula));
}
