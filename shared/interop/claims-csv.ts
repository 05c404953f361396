/**
 * Claims as a spreadsheet: one row per claim with its providers, value,
 * status and source article spelled out, for colleagues who live in Excel.
 */
import { localName, type Lang, type LibraryData } from '../domain';
import { toCsv } from '../csv';
import { asOfText, valueText } from './value-text';

/** Column headers, in order. */
export const CLAIMS_CSV_COLUMNS = [
  'id',
  'providers',
  'attribute',
  'value',
  'amount',
  'amount_max',
  'unit',
  'as_of',
  'status',
  'confidence',
  'tags',
  'statement',
  'quote',
  'article_title',
  'outlet',
  'date',
  'url',
  'author',
] as const;

export interface ClaimsCsvOptions {
  /** Language for provider and attribute names. Default `en`. */
  lang?: Lang;
}

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `@` or `-` as a formula
 * (CSV injection); a leading apostrophe makes them show it as text. Negative
 * numbers (`-3.5`) are left alone.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+@\t\r]|^-(?![\d.])/.test(cell) ? `'${cell}` : cell;
}

/** Header plus one row per claim, as strings, in the order of `data.claims`. */
export function claimsCsvRows(data: LibraryData, opts: ClaimsCsvOptions = {}): string[][] {
  const lang = opts.lang ?? 'en';
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const providers = new Map(data.providers.map((p) => [p.id, localName(p.name, lang)]));
  const attributes = new Map(data.attributes.map((a) => [a.id, localName(a.name, lang)]));
  const tags = new Map(data.tags.map((t) => [t.id, t.name]));
  const names = (ids: readonly string[], from: Map<string, string>) => ids.map((id) => from.get(id) ?? id).join('; ');
  const rows: string[][] = [[...CLAIMS_CSV_COLUMNS]];
  for (const c of data.claims) {
    const article = articles.get(c.articleId);
    const quantity = c.value.kind === 'quantity' ? c.value : undefined;
    const text = (s: string) => neutralizeFormula(s);
    rows.push([
      c.id,
      text(names(c.providerIds, providers)),
      text(attributes.get(c.attributeId) ?? c.attributeId),
      text(valueText(c.value)),
      quantity ? String(quantity.amount) : '',
      quantity?.amountMax !== undefined ? String(quantity.amountMax) : '',
      quantity ? quantity.unit : '',
      asOfText(c.asOf),
      c.status,
      c.confidence,
      text(names(c.tagIds, tags)),
      text(c.statement),
      text(c.target.quote.exact),
      text(article?.title ?? ''),
      text(article?.outlet ?? ''),
      article?.publishedAt ?? '',
      text(article?.url ?? ''),
      text(c.author),
    ]);
  }
  return rows;
}

/** Claims as RFC 4180 CSV text (no BOM; wrap with `csvBytes` to save for Excel). */
export function claimsToCsv(data: LibraryData, opts: ClaimsCsvOptions = {}): string {
  return toCsv(claimsCsvRows(data, opts));
}
