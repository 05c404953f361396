/**
 * The print page's `@page` rules, generated because two parts vary per
 * briefing: the paper size and the running header (the briefing's title in the
 * top margin box). The title is user text inside a CSS string, so it is escaped
 * here rather than trusted.
 */
import type { PageSize } from '@shared/domain';

/**
 * A CSS string literal (with its quotes) holding `text` verbatim: backslash, quotes, line
 * breaks, control characters and `<` (so the rule can never close a `<style>` element) are
 * written as CSS hex escapes.
 */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  const body = text.replace(/[\\"'<>\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase()} `);
  return `"${body}"`;
}

/** The font margin boxes use: they do not inherit the body's font, so it is named again. */
export const PRINT_FONT = "'Noto Sans KR', sans-serif";

/** Longest running header before it is cut with an ellipsis, so it never wraps into the page. */
const MAX_HEADER_CHARS = 80;

/**
 * `@page` rules for a briefing: paper size (`A4` or US `letter`), 20 mm × 16 mm margins,
 * the title centred in the top margin and `n / N` page numbers in the bottom margin, both in
 * the bundled Korean font; the cover page (the first) carries neither.
 */
export function pageCss(title: string, pageSize: PageSize): string {
  const chars = [...title.replace(/\s+/g, ' ').trim()];
  const header = chars.length > MAX_HEADER_CHARS ? `${chars.slice(0, MAX_HEADER_CHARS - 1).join('')}…` : chars.join('');
  const size = pageSize === 'Letter' ? 'letter' : 'A4';
  const box = `font-family: ${PRINT_FONT}; font-size: 8pt; color: #555;`;
  return [
    `@page {`,
    `  size: ${size};`,
    `  margin: 20mm 16mm;`,
    `  @top-center { content: ${cssString(header)}; ${box} }`,
    `  @bottom-center { content: counter(page) " / " counter(pages); ${box} }`,
    `}`,
    `@page :first {`,
    `  @top-center { content: none; }`,
    `  @bottom-center { content: none; }`,
    `}`,
  ].join('\n');
}
