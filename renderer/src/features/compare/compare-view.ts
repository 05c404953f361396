/**
 * The compare screen's state, apart from React: which providers and attributes
 * are hidden and in what order, turned into the matrix on screen and into the
 * `CompareView` that saved views, CSV export and briefing snapshots store.
 *
 * One visibility map and one order list hold providers and attributes alike
 * (their ids never collide): the column chooser edits whichever is on the
 * column axis, and a provider hidden while transposed stays hidden as a row.
 */
import type { CompareView, Id, ProviderKind, ProviderOrigin } from '@shared/domain';
import { dropEmptyLines, sortRows, type Matrix, type SortDirection } from '@shared/compare/matrix';

/** Filters that select rows before anything is hidden. */
export interface CompareFilters {
  origin?: ProviderOrigin;
  kind?: ProviderKind;
  tagId?: Id;
}

/** Hidden and ordered ids; the shape of TanStack's column visibility and order states. */
export interface AxisState {
  /** Only `false` hides; a missing id is visible (TanStack's rule). */
  visibility: Record<Id, boolean>;
  /** Ids first in this order; the rest keep their registry order after them. */
  order: Id[];
}

/** `items` without hidden ones, ordered by `order` (stable for ids it does not list). */
export function applyAxis<T extends { id: Id }>(items: readonly T[], axis: AxisState): T[] {
  const rank = new Map(axis.order.map((id, i) => [id, i]));
  return items
    .filter((x) => axis.visibility[x.id] !== false)
    .map((x, i) => ({ x, i, r: rank.get(x.id) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r - b.r))
    .map((e) => e.x);
}

/**
 * The candidate matrix (filters applied; lines without evidence dropped unless `showEmpty`)
 * cut down to what is on screen: hidden providers and attributes removed, both ordered, and
 * rows sorted when a sort is set. Cells are shared with `base`.
 */
export function visibleMatrix(base: Matrix, axis: AxisState, showEmpty: boolean, sort: { attributeId: Id; dir: SortDirection } | null): Matrix {
  const candidates = showEmpty ? base : dropEmptyLines(base);
  let m: Matrix = { ...candidates, rows: applyAxis(candidates.rows, axis), columns: applyAxis(candidates.columns, axis) };
  if (sort && m.columns.some((a) => a.id === sort.attributeId)) m = sortRows(m, sort.attributeId, sort.dir);
  return m;
}

/** The view a matrix on screen shows, with explicit provider and attribute lists in drawn order. */
export function viewOf(matrix: Matrix, filters: CompareFilters): CompareView {
  return {
    providerIds: matrix.rows.map((p) => p.id),
    attributeIds: matrix.columns.map((a) => a.id),
    ...(filters.origin ? { origin: filters.origin } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.tagId ? { tagId: filters.tagId } : {}),
    ...(matrix.transposed ? { transposed: true } : {}),
  };
}

/**
 * The screen state a saved view restores: its filters, orientation, and — when it lists ids —
 * those providers and attributes shown in that order with every other one of `allIds` hidden.
 */
export function axisFromView(view: CompareView, allProviderIds: readonly Id[], allAttributeIds: readonly Id[]): AxisState {
  const visibility: Record<Id, boolean> = {};
  const hideOthers = (listed: readonly Id[], all: readonly Id[]) => {
    if (listed.length === 0) return;
    const keep = new Set(listed);
    for (const id of all) if (!keep.has(id)) visibility[id] = false;
  };
  hideOthers(view.providerIds, allProviderIds);
  hideOthers(view.attributeIds, allAttributeIds);
  return { visibility, order: [...view.providerIds, ...view.attributeIds] };
}
