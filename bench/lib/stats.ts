/** Summaries of repeated measurements: median with min and max, and percentiles. */

/** Median, min and max of a sample (all NaN for an empty one). */
export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** The value below which `p` (0..1) of the sorted sample lies (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function summarize(values: number[]): Summary {
  if (!values.length) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}
