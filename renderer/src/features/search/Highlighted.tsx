/** A snippet with its matches wrapped in <mark>, built from text slices (never innerHTML). */
import type { Snippet } from '@shared/text/search-index';

/** The snippet cut into plain and highlighted parts, in order; out-of-range or overlapping ranges are clamped. */
export function snippetParts(snippet: Snippet): Array<{ text: string; hit: boolean }> {
  const parts: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const [s0, e0] of snippet.highlights) {
    const s = Math.max(at, Math.min(s0, snippet.text.length));
    const e = Math.max(s, Math.min(e0, snippet.text.length));
    if (s > at) parts.push({ text: snippet.text.slice(at, s), hit: false });
    if (e > s) parts.push({ text: snippet.text.slice(s, e), hit: true });
    at = e;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), hit: false });
  return parts;
}

export function Highlighted({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippetParts(snippet).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
