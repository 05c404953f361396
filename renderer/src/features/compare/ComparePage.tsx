/**
 * Compare providers side by side: providers as rows, attributes as columns (or
 * transposed). Each cell shows the current value, its as-of date, how many
 * claims support it, and a conflict badge; clicking a cell opens its evidence.
 *
 * Columns are chosen, ordered and hidden through TanStack's visibility and
 * ordering features, the first column pinned through its pinning feature; rows
 * are filtered by origin, kind and tag, optionally banded by origin or kind,
 * sorted by an attribute's normalised value. The view on screen can be saved by
 * name, charted, exported as CSV and added to a briefing.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  columnOrderingFeature,
  columnPinningFeature,
  columnVisibilityFeature,
  createColumnHelper,
  tableFeatures,
  useTable,
  type ColumnOrderState,
  type ColumnPinningState,
  type ColumnVisibilityState,
  type Updater,
} from '@tanstack/react-table';
import { localName, type Lang, type ProviderKind, type ProviderOrigin, type SavedView } from '@shared/domain';
import { buildMatrix, groupRows, layoutMatrix, type AxisEntry, type SortDirection } from '@shared/compare/matrix';
import type { CellSummary } from '@shared/compare/cell';
import { formatAsOf, formatValue } from '@shared/format/value';
import { useDb, usePlatform } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { VirtualTable } from '../../app/ui/VirtualTable';
import { useLookups } from '../claims/use-lookups';
import { EvidencePanel } from './EvidencePanel';
import { ColumnChooser } from './ColumnChooser';
import { CompareChart, type ChartChoice } from './CompareChart';
import { SavedViewsBar } from './SavedViewsBar';
import { AddToBriefingDialog } from './AddToBriefingDialog';
import { applyAxis, axisFromView, viewOf, visibleMatrix, type AxisState, type CompareFilters } from './compare-view';
import { exportCompareCsv } from './commands/export-csv';
import { readAllClaims } from '../../db/repositories/all-claims';
import './compare.css';

const features = tableFeatures({ columnVisibilityFeature, columnOrderingFeature, columnPinningFeature });

/** A table row: a provider or attribute, or the heading of a band of rows. */
type Row = AxisEntry | { type: 'group'; id: string; label: string; count: number };
const helper = createColumnHelper<typeof features, Row>();

const AXIS_COLUMN = 'axis';
/**
 * Width of each value column. Columns are virtualised (only those in view render), which
 * needs one width for all; this one fits a value, its badges and "as of · n of m sources".
 */
const COLUMN_WIDTH = 208;

function axisLabel(e: AxisEntry, lang: Lang): string {
  return e.type === 'provider' ? localName(e.provider.name, lang) : localName(e.attribute.name, lang);
}

function resolve<T>(updater: Updater<T>, old: T): T {
  return typeof updater === 'function' ? (updater as (o: T) => T)(old) : updater;
}

export function ComparePage() {
  const { t, i18n } = useTranslation('compare');
  const lang = i18n.language as Lang;
  const db = useDb();
  const platform = usePlatform();
  const { notify, notifyError } = useNotify();
  const lookups = useLookups();
  // Shared with the other pages that read every claim, and kept while the library revision holds.
  const claims = useLiveQuery(() => readAllClaims(db), [db]);
  const [filters, setFilters] = useState<CompareFilters>({});
  const [transposed, setTransposed] = useState(false);
  const [showEmpty, setShowEmpty] = useState(false);
  const [groupBy, setGroupBy] = useState<'' | 'origin' | 'kind'>('');
  const [sort, setSort] = useState<{ attributeId: string; dir: SortDirection } | null>(null);
  const [axis, setAxis] = useState<AxisState>({ visibility: {}, order: [] });
  const [pinned, setPinned] = useState(true);
  const [open, setOpen] = useState<{ providerId: string; attributeId: string } | null>(null);
  const [chart, setChart] = useState<ChartChoice | null>(null);
  const [adding, setAdding] = useState(false);

  const providers = useMemo(() => (lookups ? [...lookups.providers.values()] : []), [lookups]);
  const attributes = useMemo(() => (lookups ? [...lookups.attributes.values()] : []), [lookups]);

  // Grouping claims is the expensive step (O(claims)); it reruns only when data or filters change.
  const base = useMemo(() => {
    if (!lookups || !claims) return null;
    return buildMatrix({ providers, attributes, claims, view: { providerIds: [], attributeIds: [], ...filters, transposed } });
  }, [lookups, claims, providers, attributes, filters, transposed]);

  const matrix = useMemo(() => (base ? visibleMatrix(base, axis, showEmpty, transposed ? null : sort) : null), [base, axis, showEmpty, sort, transposed]);
  const layout = useMemo(() => (matrix ? layoutMatrix(matrix) : null), [matrix]);

  // Column candidates: everything on the column axis that the filters let through, hidden or not.
  const columnCandidates = useMemo((): AxisEntry[] => {
    if (!base || !matrix) return [];
    const keepEmpty = { visibility: {}, order: axis.order };
    const withEvidence = showEmpty ? base : { ...base, rows: base.rows.filter((p) => base.columns.some((a) => base.cells.has(`${p.id}|${a.id}`))), columns: base.columns.filter((a) => base.rows.some((p) => base.cells.has(`${p.id}|${a.id}`))) };
    return transposed
      ? applyAxis(withEvidence.rows, keepEmpty).map((p) => ({ type: 'provider' as const, id: p.id, provider: p }))
      : applyAxis(withEvidence.columns, keepEmpty).map((a) => ({ type: 'attribute' as const, id: a.id, attribute: a }));
  }, [base, matrix, axis.order, showEmpty, transposed]);

  const data = useMemo((): Row[] => {
    if (!layout || !matrix) return [];
    if (!groupBy || transposed) return layout.rows;
    const rows: Row[] = [];
    for (const g of groupRows(matrix, groupBy)) {
      rows.push({ type: 'group', id: `group-${g.key}`, label: t(groupBy === 'origin' ? `origins.${g.key}` : `kinds.${g.key}`), count: g.rows.length });
      for (const p of g.rows) rows.push({ type: 'provider', id: p.id, provider: p });
    }
    return rows;
  }, [layout, matrix, groupBy, transposed, t]);

  const columns = useMemo(() => {
    if (!layout) return [];
    return helper.columns([
      helper.display({
        id: AXIS_COLUMN,
        header: () => (transposed ? t('attribute') : t('provider')),
        cell: (c) => {
          const row = c.row.original;
          if (row.type === 'group')
            return (
              <strong className="group-label" data-testid="compare-group">
                {row.label} <span className="muted">({row.count})</span>
              </strong>
            );
          return <strong>{axisLabel(row, lang)}</strong>;
        },
        meta: { className: 'axis-cell' },
      }),
      ...columnCandidates.map((col) =>
        helper.display({
          id: col.id,
          header: () =>
            col.type === 'attribute' ? (
              <button
                type="button"
                className="sort"
                onClick={() => setSort((s) => (s?.attributeId === col.id ? (s.dir === 'asc' ? { attributeId: col.id, dir: 'desc' } : null) : { attributeId: col.id, dir: 'asc' }))}
                title={t('sortBy')}
                data-testid="compare-sort"
              >
                {axisLabel(col, lang)} {sort?.attributeId === col.id ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
              </button>
            ) : (
              axisLabel(col, lang)
            ),
          cell: (c) => {
            const row = c.row.original;
            if (row.type === 'group') return null;
            const summary = layout.cell(row, col);
            const providerId = row.type === 'provider' ? row.id : col.id;
            const attributeId = row.type === 'attribute' ? row.id : col.id;
            return <CellView summary={summary} lang={lang} onOpen={() => setOpen({ providerId, attributeId })} active={open?.providerId === providerId && open.attributeId === attributeId} t={t} />;
          },
        }),
      ),
    ]);
  }, [layout, columnCandidates, lang, t, transposed, sort, open]);

  const columnVisibility = useMemo((): ColumnVisibilityState => {
    const v: ColumnVisibilityState = {};
    for (const c of columnCandidates) if (axis.visibility[c.id] === false) v[c.id] = false;
    return v;
  }, [columnCandidates, axis.visibility]);
  const columnOrder = useMemo((): ColumnOrderState => [AXIS_COLUMN, ...columnCandidates.map((c) => c.id)], [columnCandidates]);
  const columnPinning = useMemo((): ColumnPinningState => ({ start: pinned ? [AXIS_COLUMN] : [], end: [] }), [pinned]);

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (r) => r.id,
    state: { columnVisibility, columnOrder, columnPinning },
    onColumnVisibilityChange: (u: Updater<ColumnVisibilityState>) => {
      const next = resolve(u, columnVisibility);
      setAxis((a) => {
        const visibility = { ...a.visibility };
        for (const c of columnCandidates) {
          if (next[c.id] === false) visibility[c.id] = false;
          else delete visibility[c.id];
        }
        return { ...a, visibility };
      });
    },
    onColumnOrderChange: (u: Updater<ColumnOrderState>) => {
      const next = resolve(u, columnOrder).filter((id) => id !== AXIS_COLUMN);
      setAxis((a) => ({ ...a, order: [...a.order.filter((id) => !next.includes(id)), ...next] }));
    },
    onColumnPinningChange: (u: Updater<ColumnPinningState>) => setPinned((resolve(u, columnPinning).start ?? []).includes(AXIS_COLUMN)),
  });

  const currentView = useCallback(() => (matrix ? viewOf(matrix, filters) : { providerIds: [], attributeIds: [] }), [matrix, filters]);

  function loadView(saved: SavedView) {
    const v = saved.view;
    setFilters({ ...(v.origin ? { origin: v.origin } : {}), ...(v.kind ? { kind: v.kind } : {}), ...(v.tagId ? { tagId: v.tagId } : {}) });
    setTransposed(!!v.transposed);
    setAxis(axisFromView(v, providers.map((p) => p.id), attributes.map((a) => a.id)));
    setSort(null);
    setOpen(null);
  }

  async function exportCsv() {
    if (!matrix) return;
    try {
      const saved = await exportCompareCsv(platform, matrix, lang, `${t('csvName')} ${new Date().toISOString().slice(0, 10)}`);
      if (saved) notify({ kind: 'success', message: t('csvSaved', { name: saved.name }) });
    } catch (e) {
      notifyError(t('errors.exportFailed'), e);
    }
  }

  if (!matrix || !lookups || !claims || !base) return <p className="muted">{t('common:loading')}</p>;
  const openCell = open && matrix.cells.get(`${open.providerId}|${open.attributeId}`);
  const tags = [...lookups.tags.values()].sort((a, b) => a.name.localeCompare(b.name));
  const chartAttribute = chart ? lookups.attributes.get(chart.attributeId) : undefined;

  return (
    <div className="page compare-page">
      <div className="toolbar">
        <h1 className="grow">{t('title')}</h1>
        <SavedViewsBar current={currentView} onLoad={loadView} />
      </div>
      <div className="toolbar compare-controls">
        <label>
          {t('origin')}{' '}
          <select value={filters.origin ?? ''} onChange={(e) => setFilters((f) => ({ ...f, origin: (e.target.value || undefined) as ProviderOrigin | undefined }))} data-testid="compare-origin">
            <option value="">{t('all')}</option>
            <option value="domestic">{t('origins.domestic')}</option>
            <option value="foreign">{t('origins.foreign')}</option>
          </select>
        </label>
        <label>
          {t('kind')}{' '}
          <select value={filters.kind ?? ''} onChange={(e) => setFilters((f) => ({ ...f, kind: (e.target.value || undefined) as ProviderKind | undefined }))} data-testid="compare-kind">
            <option value="">{t('all')}</option>
            {(['csp', 'msp', 'ai', 'other'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tag')}{' '}
          <select value={filters.tagId ?? ''} onChange={(e) => setFilters((f) => ({ ...f, tagId: e.target.value || undefined }))} data-testid="compare-tag">
            <option value="">{t('all')}</option>
            {tags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('groupBy')}{' '}
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as '' | 'origin' | 'kind')} disabled={transposed} data-testid="compare-group-by">
            <option value="">{t('groups.none')}</option>
            <option value="origin">{t('origin')}</option>
            <option value="kind">{t('kind')}</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={transposed} onChange={(e) => setTransposed(e.target.checked)} data-testid="compare-transpose" /> {t('transpose')}
        </label>
        <label>
          <input type="checkbox" checked={showEmpty} onChange={(e) => setShowEmpty(e.target.checked)} /> {t('showEmpty')}
        </label>
        <ColumnChooser
          items={columnCandidates.map((c) => ({ id: c.id, label: axisLabel(c, lang) }))}
          axis={axis}
          onChange={setAxis}
          pinned={pinned}
          onPinnedChange={(p) => table.getColumn(AXIS_COLUMN)?.pin(p ? 'start' : false)}
          transposed={transposed}
        />
        <span className="grow" />
        <button type="button" onClick={() => setChart((c) => (c ? null : { type: 'bar', attributeId: matrix.columns.find((a) => a.valueType === 'quantity')?.id ?? '' }))} aria-pressed={!!chart} data-testid="toggle-chart">
          {t('chart.toggle')}
        </button>
        <button type="button" onClick={() => void exportCsv()} disabled={matrix.rows.length === 0} data-testid="export-csv">
          {t('exportCsv')}
        </button>
        <button type="button" className="primary" onClick={() => setAdding(true)} disabled={matrix.rows.length === 0} data-testid="add-to-briefing">
          {t('addToBriefing.button')}
        </button>
      </div>
      {chart && <CompareChart matrix={matrix} claims={claims} attributes={attributes} providers={providers} choice={chart} onChange={setChart} lang={lang} />}
      {base.cells.size === 0 ? (
        <div className="empty card">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </div>
      ) : (
        <div className={`compare-grid${pinned ? ' pinned' : ''}`} style={{ gridTemplateColumns: openCell ? 'minmax(0, 1fr) 380px' : '1fr' }}>
          <VirtualTable table={table} label={t('title')} testId="compare-table" rowHeight={64} columnWidth={COLUMN_WIDTH} height={chart ? 'calc(100vh - 480px)' : 'calc(100vh - 170px)'} />
          {openCell && open && <EvidencePanel cell={openCell} providerId={open.providerId} attributeId={open.attributeId} lookups={lookups} onClose={() => setOpen(null)} />}
        </div>
      )}
      {adding && (
        <AddToBriefingDialog
          open={adding}
          onClose={() => setAdding(false)}
          table={{ kind: 'compare', title: t('addToBriefing.defaultTableTitle'), view: currentView() }}
          chart={chartAttribute ? { kind: 'chart', title: localName(chartAttribute.name, lang), attributeId: chartAttribute.id, providerIds: matrix.rows.map((p) => p.id) } : null}
        />
      )}
    </div>
  );
}

/**
 * One compare cell. `t` comes from the page: a `useTranslation` per cell cost about
 * half of a filter change's rendering with hundreds of cells on screen.
 */
function CellView({ summary, lang, onOpen, active, t }: { summary: CellSummary; lang: Lang; onOpen: () => void; active: boolean; t: TFunction<'compare'> }) {
  if (!summary.current) return <span className="muted">—</span>;
  const c = summary.current;
  return (
    <button type="button" className="ghost compare-cell" onClick={onOpen} aria-pressed={active} data-testid="compare-cell">
      <span style={{ fontWeight: 700, textDecoration: c.status === 'outdated' ? 'line-through' : undefined }} data-testid="compare-value">
        {formatValue(c.value, lang)}
      </span>{' '}
      {summary.conflict && (
        <span className="badge conflict" data-testid="conflict-badge" title={summary.conflict.description}>
          {t('conflict')}
        </span>
      )}
      {c.preferred && (
        <span className="badge" title={t('preferred')}>
          ★
        </span>
      )}
      {(c.status === 'disputed' || c.status === 'outdated' || c.status === 'unverified') && <span className={`badge status-${c.status}`}>{t(`claims:status.${c.status}`)}</span>}
      <br />
      <span className="muted" style={{ fontSize: 12 }} data-testid="compare-sources">
        {formatAsOf(c.asOf, lang)} · {t('sources', { count: summary.supportCount, total: summary.totalCount })}
      </span>
    </button>
  );
}
