/**
 * The library: every article in a virtualised, sortable, filterable table
 * with multi-select for bulk tagging and deletion; search across the library;
 * import of many files by the open dialog or by dropping them on the page.
 */
import { useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useAfterFirstPaint } from '../../app/use-after-paint';
import { useTranslation } from 'react-i18next';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type RowSelectionState,
} from '@tanstack/react-table';
import { localName, type Lang } from '@shared/domain';
import { useDb, usePlatform } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { href, navigate } from '../../app/router';
import { VirtualTable } from '../../app/ui/VirtualTable';
import { AddArticleDialog } from './AddArticleDialog';
import { EditArticleDialog } from './EditArticleDialog';
import { ImportSummaryDialog } from './ImportSummaryDialog';
import { deleteArticles } from './commands/add-article';
import { tagArticles } from './commands/edit-article';
import { IMPORT_EXTENSIONS } from './import/file-kind';
import { buildLibraryRows, filterRows, hasFilters, mentionCacheFor, NO_FILTERS, outletsOf, readArticleColumns, readFirstScreen, type LibraryFilters, type LibraryRow } from './library-rows';
import { useProviderMentions } from './use-provider-mentions';
import { readBrowserFiles, useFileImport } from './use-file-import';
import { SearchBox } from '../search/SearchBox';
import { SampleDatasetButton } from '../sharing/SampleDatasetButton';
import { BundleButtons } from '../sharing/BundleButtons';
import { readCount } from '../../db/repositories/table-count';
import { withBoundCells } from '../../app/ui/bound-rows';
import './library.css';

export type { LibraryRow } from './library-rows';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  rowSelectionFeature,
});

/** Rows read through the indexes before the whole table: a couple of screens at 1280×800. */
const FIRST_SCREEN_ROWS = 60;

/** Columns the researcher may hide, in display order. */
const HIDEABLE = ['title', 'outlet', 'publishedAt', 'language', 'claimCount', 'providers', 'tags'] as const;
type Hideable = (typeof HIDEABLE)[number];
const helper = createColumnHelper<typeof features, LibraryRow>();

export function LibraryPage() {
  const { t, i18n } = useTranslation('library');
  const lang: Lang = i18n.language.startsWith('ko') ? 'ko' : 'en';
  const db = useDb();
  const platform = usePlatform();
  const { notify, notifyError } = useNotify();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [bulkTag, setBulkTag] = useState('');
  // Visibility is applied by leaving hidden columns out of the definitions: VirtualTable renders every defined cell.
  const [hidden, setHidden] = useState<ReadonlySet<Hideable>>(() => new Set());
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);
  const cache = mentionCacheFor(db);
  const imp = useFileImport();

  // First the newest articles through the indexes, so the first rows show at once; the whole table is read
  // after they are painted (reading 10,000 articles takes most of a second and would delay that frame).
  const [fullDone, setFullDone] = useState(false);
  const firstScreen = useLiveQuery(() => (fullDone ? null : readFirstScreen(db, FIRST_SCREEN_ROWS)), [db, fullDone]);
  const startFull = useAfterFirstPaint(firstScreen !== undefined);
  // The whole table: every article's columns (texts dropped at once) and claim counts; mentions fill in by batches.
  const snapshot = useLiveQuery(async () => {
    if (!startFull) return undefined;
    const [columns, claimKeys] = await Promise.all([readArticleColumns(db), db.claims.orderBy('articleId').keys()]);
    const counts = new Map<string, number>();
    for (const k of claimKeys) counts.set(String(k), (counts.get(String(k)) ?? 0) + 1);
    return { columns, counts };
  }, [db, startFull]);
  // Derived during render (React's pattern for state from earlier renders): the first screen's query stops once the table is whole.
  if (snapshot && !fullDone) setFullDone(true);
  const early = snapshot ? null : firstScreen;
  // Counted after the first rows are painted: a count walks every key and holds up other reads meanwhile.
  const total = useLiveQuery(async () => (fullDone || !startFull ? null : await readCount(db, 'articles')), [db, fullDone, startFull]);
  // A library that fits on the first screen is already whole: no "loading the rest" for it.
  const partial = early && (total == null || early.columns.length < total) ? early : null;
  const providers = useLiveQuery(() => db.providers.toArray(), [db]);
  const tags = useLiveQuery(() => db.tags.toArray(), [db]);
  const providerName = useMemo(() => new Map((providers ?? []).map((p) => [p.id, localName(p.name, lang)])), [providers, lang]);
  const mentionsVersion = useProviderMentions(db, snapshot?.columns, providers, cache);
  const source = snapshot ?? early;
  const rows = useMemo(
    () => (source ? buildLibraryRows(source.columns, source.counts, cache) : undefined),
    // mentionsVersion changes when the cache gained entries; the cache itself is a stable object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [source, cache, mentionsVersion],
  );
  const tagById = useMemo(() => new Map((tags ?? []).map((tg) => [tg.id, tg])), [tags]);

  const data = useMemo(() => filterRows(rows ?? [], filters), [rows, filters]);
  const visibleIds = useMemo(() => new Set(data.map((r) => r.id)), [data]);
  const selectedIds = useMemo(() => Object.keys(rowSelection).filter((id) => rowSelection[id] && visibleIds.has(id)), [rowSelection, visibleIds]);

  const columns = useMemo(
    () =>
      helper.columns(([
        helper.display({
          id: 'select',
          meta: { width: 36 },
          header: ({ table }) => (
            <input
              type="checkbox"
              aria-label={t('table.selectAll')}
              checked={table.getIsAllRowsSelected()}
              ref={(el) => {
                if (el) el.indeterminate = table.getIsSomeRowsSelected() && !table.getIsAllRowsSelected();
              }}
              onChange={table.getToggleAllRowsSelectedHandler()}
              data-testid="select-all"
            />
          ),
          cell: ({ row }) => (
            <input
              type="checkbox"
              aria-label={t('table.selectRow', { title: row.original.title })}
              checked={row.getIsSelected()}
              // The click event carries Shift for range selection; change events may not.
              onClick={row.getToggleSelectedHandler()}
              onChange={() => {}}
              data-testid="row-select"
            />
          ),
        }),
        helper.accessor('title', {
          header: () => t('fields.title'),
          sortFn: 'alphanumeric',
          cell: (c) => (
            <a href={href('reader', c.row.original.id)} data-testid="library-title" tabIndex={-1}>
              {c.getValue()}
            </a>
          ),
        }),
        helper.accessor('outlet', { header: () => t('fields.outlet'), sortFn: 'alphanumeric', meta: { className: 'nowrap', width: '12%' } }),
        helper.accessor('publishedAt', { header: () => t('fields.publishedAt'), sortFn: 'basic', meta: { className: 'nowrap', width: 104 } }),
        helper.accessor('language', { header: () => t('fields.language'), cell: (c) => t(`languages.${c.getValue()}`), meta: { className: 'nowrap', width: 76 } }),
        helper.accessor('claimCount', { header: () => t('columns.claims'), sortFn: 'basic', meta: { className: 'num nowrap', width: 64 } }),
        helper.accessor((r) => r.providerIds?.length ?? -1, {
          id: 'providers',
          header: () => t('columns.providers'),
          sortFn: 'basic',
          meta: { width: '18%' },
          cell: (c) => {
            const ids = c.row.original.providerIds;
            if (!ids) return <span className="muted" aria-label={t('columns.scanning')}>…</span>;
            const names = ids.map((id) => providerName.get(id) ?? id).join(', ');
            // The row is one line: the title shows the whole list.
            return (
              <span className="provider-list" title={names}>
                {names}
              </span>
            );
          },
        }),
        helper.accessor((r) => r.tagIds.length, {
          id: 'tags',
          header: () => t('columns.tags'),
          sortFn: 'basic',
          meta: { width: '16%' },
          cell: (c) => {
            const tags = c.row.original.tagIds.map((id) => tagById.get(id)).filter((tag) => tag !== undefined);
            // The row is one line: the title names every tag when the chips do not fit.
            return (
              <span title={tags.map((tag) => tag.name).join(', ')}>
                {tags.map((tag) => (
                  <span key={tag.id} className="tag-chip" style={{ ['--tag' as string]: tag.color }} data-testid="row-tag">
                    {tag.name}
                  </span>
                ))}
              </span>
            );
          },
        }),
        helper.display({
          id: 'actions',
          meta: { width: 52 },
          header: () => <span className="sr-only">{t('columns.actions')}</span>,
          cell: ({ row }) => (
            <button type="button" className="ghost" onClick={() => setEditing(row.original.id)} aria-label={t('edit.openFor', { title: row.original.title })} title={t('edit.open')} data-testid="row-edit">
              ✎
            </button>
          ),
        }),
      ] as const).filter((c) => !hidden.has((c.id ?? (c as { accessorKey?: string }).accessorKey) as Hideable))),
    [t, providerName, tagById, hidden],
  );

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (r) => r.id,
    state: { rowSelection },
    onRowSelectionChange: setRowSelection,
    initialState: { sorting: [{ id: 'publishedAt', desc: true }] },
  });

  // VirtualTable calls `row.getAllCells` detached from its row, which TanStack Table 9's prototype methods
  // do not survive; hand it plain rows with a bound getVisibleCells, re-made only when the row model
  // changes (a new rows array each render made the virtualiser recompute 10,000 row offsets a frame).
  const viewTable = useMemo(() => withBoundCells(table), [table]);

  async function openFiles() {
    try {
      const files = await platform.openFiles({ filters: [{ name: t('filters.importable'), extensions: [...IMPORT_EXTENSIONS] }], multiple: true });
      await imp.run(files);
    } catch (e) {
      notifyError(t('import.failedToOpen'), e);
    }
  }

  function isFileDrag(e: DragEvent) {
    return [...e.dataTransfer.types].includes('Files');
  }

  async function onDrop(e: DragEvent) {
    if (!isFileDrag(e)) return;
    e.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    try {
      await imp.run(await readBrowserFiles(e.dataTransfer.files));
    } catch (err) {
      notifyError(t('import.failedToOpen'), err);
    }
  }

  async function applyBulkTag() {
    if (!bulkTag.trim() || !selectedIds.length) return;
    try {
      const r = await tagArticles(db, selectedIds, bulkTag);
      notify({ kind: 'success', message: t('bulk.tagged', { count: r.changed, tag: bulkTag.trim() }), undo: r.undo });
      setBulkTag('');
    } catch (e) {
      notifyError(t('bulk.tagFailed'), e);
    }
  }

  async function bulkDelete() {
    const ids = selectedIds;
    if (!ids.length) return;
    try {
      const undo = await deleteArticles(db, ids);
      setRowSelection({});
      notify({ kind: 'info', message: t('bulk.deleted', { count: ids.length }), undo });
    } catch (e) {
      notifyError(t('bulk.deleteFailed'), e);
    }
  }

  /** Arrow keys move between rows, Enter opens, Space toggles selection (rows are focusable through VirtualTable). */
  function onTableKey(e: KeyboardEvent<HTMLDivElement>) {
    const tr = (e.target as HTMLElement).closest('tr[data-index]') as HTMLTableRowElement | null;
    if (!tr || e.target !== tr) return;
    const index = Number(tr.dataset.index);
    const model = table.getRowModel().rows;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = Math.max(0, Math.min(model.length - 1, index + (e.key === 'ArrowDown' ? 1 : -1)));
      const target = tr.parentElement?.querySelector<HTMLTableRowElement>(`tr[data-index="${next}"]`);
      target?.focus();
    } else if (e.key === ' ') {
      e.preventDefault();
      model[index]?.toggleSelected();
    }
  }

  if (rows === undefined) return <p className="muted">{t('common:loading')}</p>;
  const outlets = outletsOf(rows);
  const setFilter = (k: keyof LibraryFilters) => (e: { target: { value: string } }) => setFilters((f) => ({ ...f, [k]: e.target.value }));

  return (
    <div
      className={`page library-page${dragging ? ' dragging' : ''}`}
      data-testid="library-page"
      onDragEnter={(e) => {
        if (!isFileDrag(e)) return;
        dragDepth.current++;
        setDragging(true);
      }}
      onDragOver={(e) => {
        if (!isFileDrag(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        dragDepth.current = Math.max(0, dragDepth.current - 1);
        if (!dragDepth.current) setDragging(false);
      }}
      onDrop={(e) => void onDrop(e)}
    >
      {dragging && (
        <div className="drop-zone" data-testid="drop-zone" aria-live="polite">
          <p>{t('import.dropHere')}</p>
          <p className="muted">{t('import.kinds')}</p>
        </div>
      )}
      <div className="toolbar">
        <h1 className="grow">{t('title')}</h1>
        <button type="button" className="primary" onClick={() => setAdding(true)} data-testid="add-article">
          {t('add.open')}
        </button>
        <button type="button" onClick={() => void openFiles()} data-testid="open-files" disabled={!!imp.progress}>
          {t('open')}
        </button>
        <BundleButtons />
      </div>
      <SearchBox />
      {imp.progress && (
        <div className="card import-progress" data-testid="import-progress" role="status">
          <progress value={imp.progress.done} max={imp.progress.total} aria-label={t('import.progressLabel')} />
          <span>
            {t('import.progress', { done: imp.progress.done, total: imp.progress.total })}
            {imp.progress.current && <span className="muted"> — {imp.progress.current}</span>}
          </span>
          <button type="button" onClick={imp.cancel} data-testid="import-cancel">
            {t('common:actions.cancel')}
          </button>
        </div>
      )}
      {rows.length === 0 ? (
        <div className="empty card" data-testid="library-empty">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
          <p className="muted">{t('import.dropHint')}</p>
          <div className="toolbar" style={{ justifyContent: 'center' }}>
            <SampleDatasetButton />
            <button type="button" onClick={() => setAdding(true)}>
              {t('add.open')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <div className="toolbar library-filters" role="group" aria-label={t('filters.label')}>
            <select value={filters.outlet} onChange={setFilter('outlet')} aria-label={t('fields.outlet')} data-testid="filter-outlet">
              <option value="">{t('filters.anyOutlet')}</option>
              {outlets.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
            <label className="inline">
              {t('filters.from')}
              <input type="date" value={filters.from} onChange={setFilter('from')} data-testid="filter-from" />
            </label>
            <label className="inline">
              {t('filters.to')}
              <input type="date" value={filters.to} onChange={setFilter('to')} data-testid="filter-to" />
            </label>
            <select value={filters.providerId} onChange={setFilter('providerId')} aria-label={t('columns.providers')} data-testid="filter-provider">
              <option value="">{t('filters.anyProvider')}</option>
              {(providers ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {localName(p.name, lang)}
                </option>
              ))}
            </select>
            <select value={filters.tagId} onChange={setFilter('tagId')} aria-label={t('columns.tags')} data-testid="filter-tag">
              <option value="">{t('filters.anyTag')}</option>
              {(tags ?? []).map((tg) => (
                <option key={tg.id} value={tg.id}>
                  {tg.name}
                </option>
              ))}
            </select>
            <select value={filters.language} onChange={setFilter('language')} aria-label={t('fields.language')} data-testid="filter-language">
              <option value="">{t('filters.anyLanguage')}</option>
              {(['ko', 'en', 'other'] as const).map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
            {hasFilters(filters) && (
              <button type="button" className="ghost" onClick={() => setFilters(NO_FILTERS)} data-testid="filter-clear">
                {t('filters.clear')}
              </button>
            )}
            <span className="grow" />
            <details className="column-menu">
              <summary data-testid="column-menu">{t('table.columns')}</summary>
              <div className="card">
                {HIDEABLE.map((id) => (
                  <label key={id} className="inline">
                    <input
                      type="checkbox"
                      checked={!hidden.has(id)}
                      onChange={() =>
                        setHidden((h) => {
                          const next = new Set(h);
                          if (!next.delete(id)) next.add(id);
                          return next;
                        })
                      }
                      data-testid={`column-toggle-${id}`}
                    />
                    {t(`columnNames.${id}`)}
                  </label>
                ))}
              </div>
            </details>
          </div>
          <div className="toolbar library-bulk" data-testid="bulk-bar">
            <span className="muted" data-testid="library-count" data-loading={partial ? 'true' : undefined} role="status">
              {partial
                ? total != null ? t('loadingRest', { count: total, shown: rows.length }) : t('common:loading')
                : hasFilters(filters)
                  ? t('countFiltered', { count: data.length, total: rows.length })
                  : t('count', { count: rows.length })}
              {selectedIds.length > 0 && ` · ${t('bulk.selected', { count: selectedIds.length })}`}
            </span>
            {selectedIds.length > 0 && (
              <form
                className="toolbar"
                onSubmit={(e) => {
                  e.preventDefault();
                  void applyBulkTag();
                }}
              >
                <input value={bulkTag} onChange={(e) => setBulkTag(e.target.value)} placeholder={t('bulk.tagPlaceholder')} aria-label={t('bulk.tagLabel')} data-testid="bulk-tag-input" />
                <button type="submit" disabled={!bulkTag.trim()} data-testid="bulk-tag">
                  {t('bulk.tag')}
                </button>
                <button type="button" className="danger" onClick={() => void bulkDelete()} data-testid="bulk-delete">
                  {t('bulk.delete', { count: selectedIds.length })}
                </button>
              </form>
            )}
          </div>
          <div onKeyDown={onTableKey}>
            <VirtualTable
              table={viewTable}
              label={t('title')}
              testId="library-table"
              height="calc(100vh - 250px)"
              singleLine
              rowHeight={33}
              onRowActivate={(row) => navigate('reader', row.id)}
              isRowSelected={(id) => !!rowSelection[id]}
              empty={<p className="muted">{t('filters.noMatch')}</p>}
            />
          </div>
        </>
      )}
      <AddArticleDialog open={adding} onClose={() => setAdding(false)} />
      {editing && <EditArticleDialog articleId={editing} open onClose={() => setEditing(null)} />}
      {imp.summary && <ImportSummaryDialog summary={imp.summary} onClose={imp.closeSummary} />}
    </div>
  );
}
