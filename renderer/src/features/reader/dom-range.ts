/** Maps text offsets in the reader's text root to a DOM selection, the inverse of `textOffset`. */

/** Selects [start, end) of `root`'s text content in the window selection; false when out of range. */
export function selectTextRange(root: HTMLElement, start: number, end: number): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let pos = 0;
  let from: [Node, number] | null = null;
  let to: [Node, number] | null = null;
  while (walker.nextNode()) {
    const n = walker.currentNode as Text;
    const len = n.data.length;
    if (!from && start < pos + len) from = [n, start - pos];
    if (from && end <= pos + len) {
      to = [n, end - pos];
      break;
    }
    pos += len;
  }
  if (!from || !to) return false;
  const range = root.ownerDocument.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  const sel = root.ownerDocument.defaultView?.getSelection();
  if (!sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  (from[0].parentElement ?? root).scrollIntoView({ block: 'center' });
  return true;
}
