/**
 * CSV for spreadsheets: RFC 4180 quoting and a UTF-8 byte-order mark, because
 * Excel opens BOM-less UTF-8 CSV as the local code page and turns Korean text
 * into mojibake.
 */
import { strToU8 } from 'fflate';

const NEEDS_QUOTES = /[",\r\n]|^[ \t]|[ \t]$/;

/** One field, quoted when it holds a comma, quote, CR or LF, or starts or ends with a space or tab. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as RFC 4180 CSV: CRLF between records, and after the last. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

const BOM = '\uFEFF';

/** Prefixes the UTF-8 byte-order mark (once). */
export function withBom(csv: string): string {
  return csv.startsWith(BOM) ? csv : BOM + csv;
}

/** UTF-8 bytes of the CSV with a BOM, ready to save as a `.csv` file. */
export function csvBytes(csv: string): Uint8Array {
  return strToU8(withBom(csv));
}
