/**
 * The compare matrix: providers × attributes, each cell summarising the claims
 * about that provider and attribute. Pure and allocation-light so the UI can
 * rebuild it in a `useMemo` on every data change: claims are grouped once
 * (O(claims)), then each non-empty cell is summarised on its own claims only.
 */
import type { Attribute, Claim, CompareView, Id, Provider, ProviderKind, ProviderOrigin } from '../domain';
import { EMPTY_CELL, selectCellValue, type CellSummary } from './cell';
import { dayFloor } from './period';
import { normalizeForCompare } from './conflict';
import { toBaseQuantity } from './units';

/** A built matrix. Providers are the rows and attributes the columns; `transposed` tells the UI to draw it the other way. */
export interface Matrix {
  rows: Provider[];
  columns: Attribute[];
  /**
   * Non-empty cells only, keyed by `cellKey(providerId, attributeId)`, in row-major order;
   * read them with `getCell`. Summaries are computed on first read (see `LazyCells`).
   */
  cells: ReadonlyMap<string, CellSummary>;
  transposed: boolean;
}

/** What `buildMatrix` works from: the library's records and the view selecting from them. */
export interface BuildMatrixInput {
  providers: readonly Provider[];
  attributes: readonly Attribute[];
  claims: readonly Claim[];
  view: CompareView;
}

/**
 * The cells of a matrix, summarised on first read and then kept. A virtualised table reads
 * only the cells on screen, so a 200 × 50 matrix over 100,000 claims costs one grouping pass
 * up front instead of 10,000 summaries; sorting reads one column, export reads them all.
 * Behaves as a read-only Map in row-major order; results never depend on read order.
 */
class LazyCells implements ReadonlyMap<string, CellSummary> {
  readonly #buckets: ReadonlyMap<string, Claim[]>;
  readonly #summaries = new Map<string, CellSummary>();

  constructor(buckets: ReadonlyMap<string, Claim[]>) {
    this.#buckets = buckets;
  }

  get size(): number {
    return this.#buckets.size;
  }

  has(key: string): boolean {
    return this.#buckets.has(key);
  }

  get(key: string): CellSummary | undefined {
    let summary = this.#summaries.get(key);
    if (summary) return summary;
    const bucket = this.#buckets.get(key);
    if (!bucket) return undefined;
    summary = selectCellValue(bucket);
    this.#summaries.set(key, summary);
    return summary;
  }

  *entries(): MapIterator<[string, CellSummary]> {
    for (const key of this.#buckets.keys()) yield [key, this.get(key)!];
  }

  keys(): MapIterator<string> {
    return this.#buckets.keys();
  }

  *values(): MapIterator<CellSummary> {
    for (const key of this.#buckets.keys()) yield this.get(key)!;
  }

  [Symbol.iterator](): MapIterator<[string, CellSummary]> {
    return this.entries();
  }

  forEach(fn: (value: CellSummary, key: string, map: ReadonlyMap<string, CellSummary>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) fn.call(thisArg, value, key, this);
  }
}

/** The key of a cell in `Matrix.cells`. */
export function cellKey(providerId: Id, attributeId: Id): string {
  return `${providerId}|${attributeId}`;
}

/** The summary of a cell; `EMPTY_CELL` when no claim speaks to it. */
export function getCell(matrix: Matrix, providerId: Id, attributeId: Id): CellSummary {
  return matrix.cells.get(cellKey(providerId, attributeId)) ?? EMPTY_CELL;
}

function pickInOrder<T extends { id: Id }>(all: readonly T[], ids: readonly Id[]): T[] {
  if (ids.length === 0) return [...all];
  const byId = new Map(all.map((x) => [x.id, x]));
  const seen = new Set<Id>();
  const out: T[] = [];
  for (const id of ids) {
    const x = byId.get(id);
    if (x && !seen.has(id)) {
      seen.add(id);
      out.push(x);
    }
  }
  return out;
}

/**
 * Builds the matrix a view selects.
 *
 * Rows: providers passing every filter the view sets — `origin`, `kind`, `tagId` (a provider
 * passes when any of its non-orphaned claims carries the tag) and `providerIds` (when non-empty:
 * only those, in that order; otherwise the order of `providers`). Ids the library no longer
 * has are skipped.
 * Columns: `attributeIds` in that order when non-empty, otherwise all attributes in order.
 * Cells: every non-orphaned claim counts in the cell of each provider it names (a claim about
 * two providers appears in both rows), summarised by `selectCellValue` when first read.
 * Pure: the same input gives the same rows, columns and cell summaries, so callers can memoise
 * on the inputs. Claims and records are read, never changed; don't mutate them while a matrix
 * built from them is in use (its cells are summarised lazily).
 */
export function buildMatrix({ providers, attributes, claims, view }: BuildMatrixInput): Matrix {
  const candidates = pickInOrder(providers, view.providerIds).filter(
    (p) => (!view.origin || p.origin === view.origin) && (!view.kind || p.kind === view.kind),
  );
  const columns = pickInOrder(attributes, view.attributeIds);
  const candidateIds = new Set(candidates.map((p) => p.id));
  const tagged = new Set<Id>();
  // Nested maps keyed by the ids themselves: no key string is built per claim, and the ids'
  // hashes are cached by the engine, which keeps grouping 100,000 claims cheap.
  const byAttribute = new Map<Id, Map<Id, Claim[]>>();
  for (const a of columns) byAttribute.set(a.id, new Map());

  for (const claim of claims) {
    if (claim.orphaned) continue;
    if (view.tagId && claim.tagIds.includes(view.tagId)) for (const p of claim.providerIds) tagged.add(p);
    const byProvider = byAttribute.get(claim.attributeId);
    if (!byProvider) continue;
    const ps = claim.providerIds;
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      if (!candidateIds.has(p) || (i > 0 && ps.indexOf(p) !== i)) continue;
      const bucket = byProvider.get(p);
      if (bucket) bucket.push(claim);
      else byProvider.set(p, [claim]);
    }
  }

  const rows = view.tagId ? candidates.filter((p) => tagged.has(p.id)) : candidates;
  const buckets = new Map<string, Claim[]>();
  for (const p of rows) {
    for (const a of columns) {
      const bucket = byAttribute.get(a.id)!.get(p.id);
      if (bucket) buckets.set(cellKey(p.id, a.id), bucket);
    }
  }
  const cells = new LazyCells(buckets);
  return { rows, columns, cells, transposed: !!view.transposed };
}

/**
 * The matrix without rows and columns that have no claims at all (a "hide empty" toggle).
 * Reads only which cells exist, so no cell is summarised; cells are shared.
 */
export function dropEmptyLines(matrix: Matrix): Matrix {
  const rows = matrix.rows.filter((p) => matrix.columns.some((a) => matrix.cells.has(cellKey(p.id, a.id))));
  const columns = matrix.columns.filter((a) => rows.some((p) => matrix.cells.has(cellKey(p.id, a.id))));
  return { ...matrix, rows, columns };
}

/** Sort direction for `sortRows`. */
export type SortDirection = 'asc' | 'desc';

type SortKey = number | string | null;

function sortKey(cell: CellSummary, attribute: Attribute | undefined): SortKey {
  const v = cell.current?.value;
  if (!v) return null;
  switch (v.kind) {
    case 'quantity': {
      const amount = toBaseQuantity(v).lo;
      return Number.isFinite(amount) ? amount : null;
    }
    case 'date':
      return dayFloor(v.date) ?? normalizeForCompare(v.date);
    case 'category': {
      const i = attribute?.categories?.indexOf(v.category) ?? -1;
      return i >= 0 ? i : normalizeForCompare(v.category);
    }
    case 'text':
      return normalizeForCompare(v.text);
  }
}

function compareKeys(a: SortKey & {}, b: SortKey & {}): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The matrix with its rows ordered by the shown value of one attribute: quantities by
 * amount in their base unit (a range by its low end; `percent` and `ratio` alike), dates by
 * day, categories by their position in the attribute's `categories` (unknown ones after,
 * alphabetically), texts alphabetically. Rows without a value come last in either direction;
 * ties keep their previous order. Returns a new matrix sharing the cells.
 */
export function sortRows(matrix: Matrix, attributeId: Id, dir: SortDirection): Matrix {
  const attribute = matrix.columns.find((a) => a.id === attributeId);
  const sign = dir === 'asc' ? 1 : -1;
  const keyed = matrix.rows.map((row, index) => ({ row, index, key: sortKey(getCell(matrix, row.id, attributeId), attribute) }));
  keyed.sort((x, y) => {
    if (x.key === null || y.key === null) {
      if (x.key === y.key) return x.index - y.index;
      return x.key === null ? 1 : -1;
    }
    return sign * compareKeys(x.key, y.key) || x.index - y.index;
  });
  return { ...matrix, rows: keyed.map((k) => k.row) };
}

/** A band of rows sharing an origin or kind. */
export interface RowGroup {
  by: 'origin' | 'kind';
  key: ProviderOrigin | ProviderKind;
  rows: Provider[];
}

const GROUP_ORDER = {
  origin: ['domestic', 'foreign'] as const,
  kind: ['csp', 'msp', 'ai', 'other'] as const,
};

/**
 * Splits the rows into bands by origin (domestic, then foreign) or kind (csp, msp, ai, other),
 * keeping the matrix's row order inside each band (so sort first, then group). Empty bands are
 * left out. The UI labels bands through i18n by `key`.
 */
export function groupRows(matrix: Matrix, by: 'origin' | 'kind'): RowGroup[] {
  const groups: RowGroup[] = [];
  for (const key of GROUP_ORDER[by]) {
    const rows = matrix.rows.filter((p) => p[by] === key);
    if (rows.length) groups.push({ by, key, rows });
  }
  return groups;
}

/** One header of the drawn table: a provider or an attribute, depending on orientation. */
export type AxisEntry =
  | { type: 'provider'; id: Id; provider: Provider }
  | { type: 'attribute'; id: Id; attribute: Attribute };

/** The matrix as the table is drawn: row and column headers and a cell lookup that follows the orientation. */
export interface MatrixLayout {
  rows: AxisEntry[];
  columns: AxisEntry[];
  /** The cell at a drawn row and column, whichever of them is the provider. */
  cell(row: AxisEntry, column: AxisEntry): CellSummary;
}

/** The matrix flipped (attributes as rows). Cells are shared; only `transposed` changes. */
export function transposeMatrix(matrix: Matrix): Matrix {
  return { ...matrix, transposed: !matrix.transposed };
}

/** Headers and cell lookup for drawing, honouring `matrix.transposed`, so tables, CSV and print agree. */
export function layoutMatrix(matrix: Matrix): MatrixLayout {
  const providers: AxisEntry[] = matrix.rows.map((p) => ({ type: 'provider', id: p.id, provider: p }));
  const attributes: AxisEntry[] = matrix.columns.map((a) => ({ type: 'attribute', id: a.id, attribute: a }));
  const cell = (row: AxisEntry, column: AxisEntry): CellSummary =>
    row.type === 'provider' ? getCell(matrix, row.id, column.id) : getCell(matrix, column.id, row.id);
  return matrix.transposed ? { rows: attributes, columns: providers, cell } : { rows: providers, columns: attributes, cell };
}
