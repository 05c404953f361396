/**
 * Compare providers side by side: providers as rows, attributes as columns (or
 * transposed). Each cell shows the current value, its as-of date, how many
 * claims support it, and a conflict badge; clicking a cell opens its evidence.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { localName, type CompareView, type Lang, type ProviderOrigin } from '@shared/domain';
import { buildMatrix, layoutMatrix, sortRows, type AxisEntry, type SortDirection } from '@shared/compare/matrix';
import type { CellSummary } from '@shared/compare/cell';
import { formatAsOf, formatValue } from '@shared/format/value';
import { useDb } from '../../app/context';
import { VirtualTable } from '../../app/ui/VirtualTable';
import { useLookups } from '../claims/use-lookups';
import { EvidencePanel } from './EvidencePanel';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, AxisEntry>();

function axisLabel(e: AxisEntry, lang: Lang): string {
  return e.type === 'provider' ? localName(e.provider.name, lang) : localName(e.attribute.name, lang);
}

export function ComparePage() {
  const { t, i18n } = useTranslation('compare');
  const lang = i18n.language as Lang;
  const db = useDb();
  const lookups = useLookups();
  const claims = useLiveQuery(() => db.claims.toArray(), [db]);
  const [origin, setOrigin] = useState<ProviderOrigin | ''>('');
  const [transposed, setTransposed] = useState(false);
  const [showEmpty, setShowEmpty] = useState(false);
  const [sort, setSort] = useState<{ attributeId: string; dir: SortDirection } | null>(null);
  const [open, setOpen] = useState<{ providerId: string; attributeId: string } | null>(null);

  const matrix = useMemo(() => {
    if (!lookups || !claims) return null;
    const view: CompareView = { providerIds: [], attributeIds: [], ...(origin ? { origin } : {}), transposed };
    let m = buildMatrix({ providers: [...lookups.providers.values()], attributes: [...lookups.attributes.values()], claims, view });
    if (!showEmpty) {
      // Rows and columns with no evidence at all only add noise; "show all" brings them back.
      const usedP = new Set<string>();
      const usedA = new Set<string>();
      for (const key of m.cells.keys()) {
        const [p, a] = key.split('|');
        usedP.add(p!);
        usedA.add(a!);
      }
      m = { ...m, rows: m.rows.filter((p) => usedP.has(p.id)), columns: m.columns.filter((a) => usedA.has(a.id)) };
    }
    if (sort) m = sortRows(m, sort.attributeId, sort.dir);
    return m;
  }, [lookups, claims, origin, transposed, showEmpty, sort]);

  const layout = useMemo(() => (matrix ? layoutMatrix(matrix) : null), [matrix]);

  const columns = useMemo(() => {
    if (!layout) return [];
    return helper.columns([
      helper.display({
        id: 'axis',
        header: () => (transposed ? t('attribute') : t('provider')),
        cell: (c) => <strong>{axisLabel(c.row.original, lang)}</strong>,
      }),
      ...layout.columns.map((col) =>
        helper.display({
          id: col.id,
          header: () =>
            col.type === 'attribute' ? (
              <button
                type="button"
                className="sort"
                onClick={() => setSort((s) => (s?.attributeId === col.id ? (s.dir === 'asc' ? { attributeId: col.id, dir: 'desc' } : null) : { attributeId: col.id, dir: 'asc' }))}
                title={t('sortBy')}
              >
                {axisLabel(col, lang)} {sort?.attributeId === col.id ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
              </button>
            ) : (
              axisLabel(col, lang)
            ),
          cell: (c) => {
            const row = c.row.original;
            const summary = layout.cell(row, col);
            const providerId = row.type === 'provider' ? row.id : col.id;
            const attributeId = row.type === 'attribute' ? row.id : col.id;
            return <CellView summary={summary} lang={lang} onOpen={() => setOpen({ providerId, attributeId })} active={open?.providerId === providerId && open.attributeId === attributeId} />;
          },
        }),
      ),
    ]);
  }, [layout, lang, t, transposed, sort, open]);

  const data = useMemo(() => layout?.rows ?? [], [layout]);
  const table = useTable({ features, columns, data, getRowId: (r) => r.id });

  if (!matrix || !lookups) return <p className="muted">{t('common:loading')}</p>;
  const openCell = open && matrix.cells.get(`${open.providerId}|${open.attributeId}`);

  return (
    <div className="page">
      <div className="toolbar">
        <h1 className="grow">{t('title')}</h1>
        <label>
          {t('origin')}{' '}
          <select value={origin} onChange={(e) => setOrigin(e.target.value as ProviderOrigin | '')} data-testid="compare-origin">
            <option value="">{t('all')}</option>
            <option value="domestic">{t('origins.domestic')}</option>
            <option value="foreign">{t('origins.foreign')}</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={transposed} onChange={(e) => setTransposed(e.target.checked)} data-testid="compare-transpose" /> {t('transpose')}
        </label>
        <label>
          <input type="checkbox" checked={showEmpty} onChange={(e) => setShowEmpty(e.target.checked)} /> {t('showEmpty')}
        </label>
      </div>
      {matrix.cells.size === 0 ? (
        <div className="empty card">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </div>
      ) : (
        <div style={{ display: 'grid', gridTemplateColumns: openCell ? 'minmax(0, 1fr) 380px' : '1fr', gap: 12, alignItems: 'start' }}>
          <VirtualTable table={table} label={t('title')} testId="compare-table" rowHeight={64} height="calc(100vh - 130px)" />
          {openCell && open && <EvidencePanel cell={openCell} providerId={open.providerId} attributeId={open.attributeId} lookups={lookups} onClose={() => setOpen(null)} />}
        </div>
      )}
    </div>
  );
}

function CellView({ summary, lang, onOpen, active }: { summary: CellSummary; lang: Lang; onOpen: () => void; active: boolean }) {
  const { t } = useTranslation('compare');
  if (!summary.current) return <span className="muted">—</span>;
  const c = summary.current;
  return (
    <button type="button" className="ghost" onClick={onOpen} aria-pressed={active} data-testid="compare-cell" style={{ textAlign: 'left', padding: 2, width: '100%' }}>
      <span style={{ fontWeight: 700, textDecoration: c.status === 'outdated' ? 'line-through' : undefined }} data-testid="compare-value">
        {formatValue(c.value, lang)}
      </span>{' '}
      {summary.conflict && (
        <span className="badge conflict" data-testid="conflict-badge" title={summary.conflict.description}>
          {t('conflict')}
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
