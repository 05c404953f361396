/**
 * Splits article text into runs for rendering highlights as plain text spans
 * (never HTML). Overlapping claims produce runs covered by several claims.
 */
export interface Highlight {
  id: string;
  start: number;
  end: number;
}

export interface Run {
  start: number;
  end: number;
  /** Claim ids covering this run, in the order given. */
  ids: string[];
}

export function toRuns(length: number, highlights: Highlight[]): Run[] {
  const cuts = new Set<number>([0, length]);
  for (const h of highlights) {
    if (h.end <= h.start) continue;
    cuts.add(Math.max(0, Math.min(length, h.start)));
    cuts.add(Math.max(0, Math.min(length, h.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    runs.push({ start, end, ids: highlights.filter((h) => h.end > h.start && h.start < end && h.end > start).map((h) => h.id) });
  }
  return runs;
}

/** Text offset of a DOM point inside `root`, counting only text (the reader renders text only). */
export function textOffset(root: Node, node: Node, offset: number): number {
  const range = root.ownerDocument!.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}
