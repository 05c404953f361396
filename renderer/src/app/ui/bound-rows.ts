/**
 * VirtualTable calls `row.getVisibleCells ?? row.getAllCells` detached from the
 * row, which TanStack Table 9's prototype methods do not survive. This view of
 * a table hands out plain rows (id, original and a bound `getVisibleCells`:
 * all VirtualTable reads), re-made only when the row model changes. Plain
 * object literals rather than `Object.create` wrappers: with 100,000 rows the
 * wrappers cost most of a second and made every key lookup slow.
 */
interface CellRow {
  id: string;
  original: unknown;
  getAllCells: () => unknown[];
}
interface ViewRow {
  id: string;
  original: unknown;
  getVisibleCells: () => unknown[];
}
interface RowModel {
  rows: CellRow[];
}
interface ViewModel {
  rows: ViewRow[];
}

/** A proxy of `table` whose getRowModel() rows can be called detached. */
export function withBoundCells<T extends object>(table: T): T {
  let lastModel: RowModel | null = null;
  let lastView: ViewModel | null = null;
  return new Proxy(table, {
    get(target, prop, receiver) {
      if (prop === 'getRowModel') {
        return () => {
          const model = (target as unknown as { getRowModel: () => RowModel }).getRowModel();
          if (model !== lastModel) {
            lastModel = model;
            lastView = { ...model, rows: model.rows.map((row) => ({ id: row.id, original: row.original, getVisibleCells: () => row.getAllCells() })) };
          }
          return lastView;
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}
