/**
 * Renders a TanStack Table (v9) instance as an accessible <table> whose body is
 * virtualised with TanStack Virtual: only the visible rows are in the DOM, with
 * spacer rows keeping the scroll height, so 10,000 rows scroll smoothly. Wide
 * tables can virtualise their columns too (`columnWidth`): only the columns in
 * view are rendered, with spacer cells keeping the scroll width.
 */
import { useCallback, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';

/* The table's feature set differs per screen; this component needs only the core row/header API. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyTable = any;

export interface VirtualTableProps {
  table: AnyTable;
  rowHeight?: number;
  height?: number | string;
  testId?: string;
  onRowActivate?: (row: { original: unknown; id: string }) => void;
  isRowSelected?: (id: string) => boolean;
  empty?: ReactNode;
  label: string;
  /**
   * One line per row: fixed column widths (a column's `meta.width`), cells cut with an
   * ellipsis and their text as a tooltip. Rows then all measure `rowHeight`, so the
   * virtualiser never re-lays out its whole list when a row scrolls in (with rows of
   * varying height, each newly measured row recomputes every row's offset: at 100,000
   * rows that made frames take seconds).
   */
  singleLine?: boolean;
  /**
   * Renders only the columns in view, every column after the first `leadColumns` being this
   * many pixels wide (the lead columns are always rendered, so a pinned first column stays).
   * For wide tables whose cells are costly: 50 columns of compare cells are 50 components a
   * row, of which a screen shows about seven.
   */
  columnWidth?: number;
  /** Columns always rendered before the virtualised ones (with `columnWidth`). */
  leadColumns?: number;
}

/** Columns rendered beyond each edge of the view, so a short horizontal scroll shows no blank. */
const COLUMN_OVERSCAN = 2;

export function VirtualTable({ table, rowHeight = 36, height = '70vh', testId, onRowActivate, isRowSelected, empty, label, singleLine = false, columnWidth, leadColumns = 1 }: VirtualTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows as Array<{ id: string; original: unknown; getVisibleCells?: () => unknown[]; getAllCells: () => unknown[] }>;
  // A stable key function: a new one each render makes the virtualiser re-measure every row.
  const getItemKey = useCallback((i: number) => rows[i]?.id ?? i, [rows]);
  // TanStack Virtual returns functions the React Compiler cannot memoise; this component does not rely on it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey,
    // One-line rows are short and cheap to add as they scroll in; fewer spare rows means less to lay
    // out when a jump replaces the whole window.
    overscan: singleLine ? 4 : 8,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items.length ? items[0]!.start : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const headerGroups = table.getHeaderGroups() as Array<{ id: string; headers: Array<{ id: string; isPlaceholder: boolean; colSpan: number; column: { columnDef: { meta?: { width?: number | string } }; getCanSort?: () => boolean; getIsSorted?: () => false | 'asc' | 'desc'; getToggleSortingHandler?: () => ((e: unknown) => void) | undefined; getSize?: () => number } }> }>;
  const leafCount = headerGroups.at(-1)?.headers.length ?? 1;
  // Column virtualisation needs one header row (no spanning group headers) and something to virtualise.
  const virtualColumns = columnWidth !== undefined && headerGroups.length === 1 && leafCount > leadColumns;
  const lead = virtualColumns ? leadColumns : leafCount;
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: virtualColumns ? leafCount - lead : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => columnWidth ?? 0,
    overscan: COLUMN_OVERSCAN,
  });
  const colItems = virtualColumns ? columnVirtualizer.getVirtualItems() : [];
  const firstCol = colItems[0]?.index ?? 0;
  const lastCol = colItems.at(-1)?.index ?? -1;
  const padLeft = virtualColumns ? firstCol * columnWidth : 0;
  const padRight = virtualColumns ? (leafCount - lead - 1 - lastCol) * columnWidth : 0;
  /** The leaf columns to render, by position: the lead columns, then those in view. */
  const shown = <T,>(all: T[]): T[] => (virtualColumns ? [...all.slice(0, lead), ...all.slice(lead + firstCol, lead + lastCol + 1)] : all);
  // Spacer cells count as columns of the rendered table.
  const colCount = virtualColumns ? lead + (lastCol - firstCol + 1) + (padLeft > 0 ? 1 : 0) + (padRight > 0 ? 1 : 0) : leafCount;
  const spacer = (key: string, width: number, header = false) =>
    width > 0 ? (header ? <th key={key} aria-hidden="true" className="col-spacer" style={{ width, minWidth: width, padding: 0 }} /> : <td key={key} aria-hidden="true" className="col-spacer" style={{ width, minWidth: width, padding: 0 }} />) : null;
  const columnStyle = virtualColumns ? { width: columnWidth, minWidth: columnWidth, maxWidth: columnWidth } : undefined;

  return (
    <div className="table-wrap" ref={scrollRef} style={{ height, contain: 'strict' }} data-testid={testId}>
      <table className={singleLine ? 'data single-line' : 'data'} aria-label={label} aria-rowcount={rows.length + 1} aria-colcount={virtualColumns ? leafCount : undefined}>
        <thead>
          {headerGroups.map((g) => (
            <tr key={g.id}>
              {shown(g.headers).map((h, i) => {
                const sorted = h.column.getIsSorted?.() ?? false;
                const canSort = h.column.getCanSort?.() ?? false;
                const style = singleLine && h.column.columnDef.meta?.width !== undefined ? { width: h.column.columnDef.meta.width } : i >= lead ? columnStyle : undefined;
                return [
                  i === lead ? spacer('pad-left', padLeft, true) : null,
                  <th key={h.id} colSpan={h.colSpan} style={style} aria-colindex={virtualColumns ? (i < lead ? i : i + firstCol) + 1 : undefined} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                    {h.isPlaceholder ? null : canSort ? (
                      <button type="button" className="sort" onClick={h.column.getToggleSortingHandler?.()} title={t('table.sort')}>
                        <table.FlexRender header={h} /> {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </button>
                    ) : (
                      <table.FlexRender header={h} />
                    )}
                  </th>,
                ];
              })}
              {spacer('pad-right', padRight, true)}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={colCount}>{empty}</td>
            </tr>
          ) : null}
          {padTop > 0 && (
            <tr aria-hidden="true" style={{ height: padTop }}>
              <td colSpan={colCount} style={{ padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            // Call as methods: TanStack's row API needs its `this`.
            const cells = (row.getVisibleCells ? row.getVisibleCells() : row.getAllCells()) as Array<{ id: string; getValue?: () => unknown; column: { id: string; columnDef: { meta?: { className?: string } } } }>;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                // One-line rows are exactly rowHeight tall, so they are not measured: measuring found
                // half-pixel differences from collapsed borders, and each one made the virtualiser
                // recompute every row's offset (10,000-100,000 of them) and lay the page out again.
                ref={singleLine ? undefined : virtualizer.measureElement}
                style={singleLine ? { height: rowHeight } : undefined}
                aria-rowindex={item.index + 2}
                aria-selected={isRowSelected ? isRowSelected(row.id) : undefined}
                tabIndex={onRowActivate ? 0 : undefined}
                onDoubleClick={onRowActivate ? () => onRowActivate(row) : undefined}
                onKeyDown={
                  onRowActivate
                    ? (e) => {
                        if (e.key === 'Enter' && e.target === e.currentTarget) onRowActivate(row);
                      }
                    : undefined
                }
              >
                {shown(cells).map((cell, i) => [
                  i === lead ? spacer('pad-left', padLeft) : null,
                  <td key={cell.id} className={cell.column.columnDef.meta?.className} title={singleLine ? tooltipOf(cell) : undefined} style={i >= lead ? columnStyle : undefined}>
                    {/* A fixed-height line box: a glyph from a fallback font cannot make one row taller than the rest. */}
                    {singleLine ? (
                      <div className="cell-line">
                        <table.FlexRender cell={cell} />
                      </div>
                    ) : (
                      <table.FlexRender cell={cell} />
                    )}
                  </td>,
                ])}
                {spacer('pad-right', padRight)}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" style={{ height: padBottom }}>
              <td colSpan={colCount} style={{ padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** A cut-off cell's full text for its tooltip: its value when that is text. */
function tooltipOf(cell: { getValue?: () => unknown }): string | undefined {
  const v = cell.getValue?.();
  return typeof v === 'string' && v ? v : undefined;
}
