/**
 * Locale-independent number formatting. `Intl` output differs between ICU
 * builds (Electron, Node small-icu, Chromium), and exported CSV or Markdown must
 * be byte-identical wherever it is produced, so digits are grouped by hand.
 */

/** Groups the integer part with commas: `13000` → `13,000`, `-1234.5` → `-1,234.5`. */
export function groupDigits(text: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!m) return text;
  const [, sign, int, frac] = m;
  return `${sign}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ?? ''}`;
}

/**
 * A number with at most `maxFraction` decimals, trailing zeros dropped, digits grouped:
 * `decimal(1.4600, 3)` → `1.46`, `decimal(13000)` → `13,000`, `decimal(70.00000001, 2)` → `70`.
 */
export function decimal(n: number, maxFraction = 2): string {
  if (!Number.isFinite(n)) return String(n);
  let fixed = n.toFixed(maxFraction);
  if (fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '');
  if (fixed === '-0') fixed = '0';
  return groupDigits(fixed);
}
