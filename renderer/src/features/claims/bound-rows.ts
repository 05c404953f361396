/**
 * VirtualTable calls `row.getVisibleCells ?? row.getAllCells` detached from the
 * row, which TanStack Table 9's prototype methods do not survive. This view of
 * a table hands out rows with a bound `getVisibleCells`, re-wrapping only when
 * the row model itself changes (so 100,000 rows are not re-wrapped per render).
 */
interface CellRow {
  getAllCells: () => unknown[];
}
interface RowModel {
  rows: CellRow[];
}

/** A proxy of `table` whose getRowModel() rows can be called detached. */
export function withBoundCells<T extends object>(table: T): T {
  let lastModel: RowModel | null = null;
  let lastView: RowModel | null = null;
  return new Proxy(table, {
    get(target, prop, receiver) {
      if (prop === 'getRowModel') {
        return () => {
          const model = (target as unknown as { getRowModel: () => RowModel }).getRowModel();
          if (model !== lastModel) {
            lastModel = model;
            lastView = { ...model, rows: model.rows.map((row) => Object.create(row, { getVisibleCells: { value: () => row.getAllCells() } }) as CellRow) };
          }
          return lastView;
        };
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}
