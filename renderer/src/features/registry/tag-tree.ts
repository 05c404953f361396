/**
 * Builds the tag hierarchy from `/` in tag names. A level that no tag names
 * by itself (`regulation` when only `regulation/CSAP` exists) still appears as
 * a node without a tag, so the tree always shows the whole path.
 */
import type { Tag } from '@shared/domain';

export interface TagNode {
  /** Full path of this level, e.g. `regulation/CSAP`. */
  path: string;
  /** Last level of the path, e.g. `CSAP`. */
  label: string;
  depth: number;
  tag?: Tag;
  children: TagNode[];
}

/** The tag forest, each level sorted by label (locale-aware, so Hangul sorts as Koreans expect). */
export function buildTagTree(tags: readonly Tag[]): TagNode[] {
  const root: TagNode = { path: '', label: '', depth: -1, children: [] };
  const byPath = new Map<string, TagNode>([['', root]]);
  const nodeFor = (path: string): TagNode => {
    const found = byPath.get(path);
    if (found) return found;
    const cut = path.lastIndexOf('/');
    const parent = nodeFor(cut < 0 ? '' : path.slice(0, cut));
    const node: TagNode = { path, label: path.slice(cut + 1), depth: parent.depth + 1, children: [] };
    parent.children.push(node);
    byPath.set(path, node);
    return node;
  };
  for (const t of tags) nodeFor(t.name).tag = t;
  const sort = (n: TagNode) => {
    n.children.sort((a, b) => a.label.localeCompare(b.label, 'ko'));
    n.children.forEach(sort);
  };
  sort(root);
  return root.children;
}

/** The tree as a depth-first list, for rendering as rows. */
export function flattenTagTree(nodes: readonly TagNode[]): TagNode[] {
  const out: TagNode[] = [];
  const walk = (ns: readonly TagNode[]) => {
    for (const n of ns) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(nodes);
  return out;
}
