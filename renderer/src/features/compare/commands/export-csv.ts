/** Exports the compare view on screen as CSV for spreadsheets (UTF-8 with BOM, so Excel reads Korean). */
import type { Lang } from '@shared/domain';
import type { Platform } from '@shared/platform';
import type { SavedFile } from '@shared/ipc';
import type { Matrix } from '@shared/compare/matrix';
import { matrixToCsvRows } from '@shared/compare/csv';
import { csvBytes, toCsv } from '@shared/csv';

export const CSV_FILTER = { name: 'CSV', extensions: ['csv'] };

/** The matrix as CSV bytes: RFC 4180, CRLF, BOM, cells as `cellText`, fields defused against formulas. */
export function compareCsvBytes(matrix: Matrix, lang: Lang): Uint8Array {
  return csvBytes(toCsv(matrixToCsvRows(matrix, lang)));
}

/** Saves the matrix as `<name>.csv` through the platform's save dialog; null when cancelled. */
export async function exportCompareCsv(platform: Platform, matrix: Matrix, lang: Lang, name: string): Promise<SavedFile | null> {
  // eslint-disable-next-line no-control-regex
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim() || 'compare';
  return platform.saveFile({ suggestedName: `${base}.csv`, filters: [CSV_FILTER], data: compareCsvBytes(matrix, lang) });
}
