/**
 * Every claim in the library as a virtualised table: filter by provider,
 * attribute, status, tag and text; sort (values by normalised amount); group by
 * provider, attribute or tag; select many for bulk status and tag edits (with
 * undo); edit a claim; open its source scrolled to the quote.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useAfterFirstPaint } from '../../app/use-after-paint';
import { createColumnHelper, rowSortingFeature, tableFeatures, useTable, type SortingState } from '@tanstack/react-table';
import { CLAIM_STATUSES, localName, type ClaimStatus, type Lang } from '@shared/domain';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { href } from '../../app/router';
import { ShareButton } from '../sharing/ShareDialog';
import { VirtualTable } from '../../app/ui/VirtualTable';
import { ensureTags, parseTagNames } from '../../db/repositories/tags';
import { ClaimEditorDialog, type ClaimEditorTarget } from './ClaimEditorDialog';
import { updateClaims } from './commands/edit-claims';
import { retagClaims } from './commands/update-claim';
import { buildClaimRows, filterClaimRows, groupClaimRows, sortClaimRows, type ArticleInfo, type ClaimRow, type GroupBy, type SortColumn } from './claim-rows';
import { useLookups } from './use-lookups';
import { readFirstClaims } from './read-first-claims';
import { withBoundCells } from '../../app/ui/bound-rows';
import { readAllClaims } from '../../db/repositories/all-claims';
import { readCount } from '../../db/repositories/table-count';
import './claims.css';

export type { ClaimRow } from './claim-rows';

const features = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof features, ClaimRow>();
const GROUPS: GroupBy[] = ['none', 'provider', 'attribute', 'tag'];

/** Rows read before the whole table: a couple of screens at 1280×800. */
const FIRST_SCREEN_ROWS = 60;

export function ClaimsPage() {
  const { t, i18n } = useTranslation('claims');
  const lang = i18n.language as Lang;
  const db = useDb();
  const { notify, notifyError } = useNotify();
  const lookups = useLookups();
  // First the first claims through the primary key, so rows show at once; the whole table is read after they
  // are painted. Explicit read transactions: results read inside one skip the live-query cache's deep copy.
  const [fullDone, setFullDone] = useState(false);
  const firstScreen = useLiveQuery(() => (fullDone ? null : readFirstClaims(db, FIRST_SCREEN_ROWS)), [db, fullDone]);
  const startFull = useAfterFirstPaint(firstScreen !== undefined);
  const allClaims = useLiveQuery(async () => (startFull ? await readAllClaims(db) : undefined), [db, startFull]);
  const allArticles = useLiveQuery(
    async () =>
      startFull
        ? await db.transaction('r', db.articles, async () => {
            const m = new Map<string, ArticleInfo>();
            await db.articles.each((a) => void m.set(a.id, { title: a.title, outlet: a.outlet }));
            return m;
          })
        : undefined,
    [db, startFull],
  );
  const total = useLiveQuery(async () => (startFull && !fullDone ? await readCount(db, 'claims') : undefined), [db, startFull, fullDone]);
  const complete = !!allClaims && !!allArticles;
  // Derived during render (React's pattern for state from earlier renders): the first screen's query stops once the table is whole.
  if (complete && !fullDone) setFullDone(true);
  const early = complete ? null : firstScreen;
  const claims = complete ? allClaims : early?.claims;
  const articles = complete ? allArticles : early?.articles;
  // A library that fits on the first screen is already whole: no "loading the rest" for it.
  const partial = early && (total === undefined || early.claims.length < total) ? early : null;
  const [sorting, setSorting] = useState<SortingState>([]);
  const [providerId, setProviderId] = useState('');
  const [attributeId, setAttributeId] = useState('');
  const [status, setStatus] = useState<ClaimStatus | ''>('');
  const [tagId, setTagId] = useState('');
  const [text, setText] = useState('');
  const deferredText = useDeferredValue(text);
  const [groupBy, setGroupBy] = useState<GroupBy>('none');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkStatus, setBulkStatus] = useState<ClaimStatus>('verified');
  const [bulkTags, setBulkTags] = useState('');
  const [bulkRemoveTag, setBulkRemoveTag] = useState('');
  const [editor, setEditor] = useState<ClaimEditorTarget | null>(null);

  const claimById = useMemo(() => new Map((claims ?? []).map((c) => [c.id, c])), [claims]);
  const allRows = useMemo(() => (claims && lookups && articles ? buildClaimRows(claims, lookups, articles, lang) : []), [claims, lookups, articles, lang]);
  const filtered = useMemo(
    () => filterClaimRows(allRows, { providerId: providerId || undefined, attributeId: attributeId || undefined, status: status || undefined, tagId: tagId || undefined, text: deferredText }),
    [allRows, providerId, attributeId, status, tagId, deferredText],
  );
  const sorted = useMemo(() => sortClaimRows(filtered, sorting[0] ? { id: sorting[0].id as SortColumn, desc: sorting[0].desc } : undefined), [filtered, sorting]);
  const groupLabel = useCallback(
    (key: string) => {
      if (!lookups) return key;
      if (groupBy === 'provider') {
        const p = lookups.providers.get(key);
        return p ? localName(p.name, lang) : key;
      }
      if (groupBy === 'attribute') {
        const a = lookups.attributes.get(key);
        return a ? localName(a.name, lang) : key;
      }
      return lookups.tags.get(key)?.name ?? key;
    },
    [lookups, groupBy, lang],
  );
  const data = useMemo(() => groupClaimRows(sorted, groupBy, groupLabel, collapsed, t('table.noTag')), [sorted, groupBy, groupLabel, collapsed, t]);
  const claimOfRow = useMemo(() => new Map(data.map((r) => [r.rowId, r.id])), [data]);
  const visibleIds = useMemo(() => [...new Set(filtered.map((r) => r.id))], [filtered]);
  const allSelected = visibleIds.length > 0 && visibleIds.every((id) => selected.has(id));

  const toggle = useCallback((id: string) => {
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  }, []);
  const toggleGroup = useCallback((key: string) => {
    setCollapsed((s) => {
      const n = new Set(s);
      if (n.has(key)) n.delete(key);
      else n.add(key);
      return n;
    });
  }, []);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: 'select',
          header: () => null,
          meta: { className: 'select-cell', width: 36 },
          cell: (c) => {
            const r = c.row.original;
            if (r.group) {
              return (
                <button type="button" className="ghost" style={{ padding: '0 4px', border: 0 }} onClick={() => toggleGroup(r.group!.key)} aria-expanded={!collapsed.has(r.group.key)} aria-label={r.group.label} data-testid="group-toggle">
                  {collapsed.has(r.group.key) ? '▸' : '▾'}
                </button>
              );
            }
            return <input type="checkbox" checked={selected.has(r.id)} onChange={() => toggle(r.id)} aria-label={t('table.select')} data-testid="claim-select" />;
          },
        }),
        helper.accessor('providers', {
          header: () => t('fields.providers'),
          meta: { width: '12%' },
          cell: (c) =>
            c.row.original.group ? (
              <span data-testid="group-label">
                {c.row.original.group.label} <span className="muted">({c.row.original.group.count})</span>
              </span>
            ) : (
              c.getValue()
            ),
        }),
        helper.accessor('attribute', { header: () => t('fields.attribute'), meta: { width: '12%' } }),
        helper.accessor('amount', { id: 'value', header: () => t('fields.value'), cell: (c) => c.row.original.value, meta: { className: 'num nowrap', width: 120 } }),
        helper.accessor('asOf', { header: () => t('fields.asOf'), meta: { className: 'nowrap', width: 180 } }),
        helper.accessor('status', {
          header: () => t('fields.status'),
          meta: { width: 104 },
          cell: (c) => (c.row.original.group ? null : <span className={`badge status-${c.getValue()}`}>{t(`status.${c.getValue()}`)}</span>),
        }),
        helper.accessor('tags', {
          header: () => t('fields.tags'),
          meta: { width: '11%' },
          cell: (c) =>
            c.row.original.tagIds.map((id) => {
              const tag = lookups?.tags.get(id);
              return tag ? (
                <span key={id} className="tag-chip" style={{ ['--tag' as string]: tag.color }}>
                  {tag.name}
                </span>
              ) : null;
            }),
        }),
        helper.accessor('source', {
          header: () => t('fields.source'),
          cell: (c) =>
            c.row.original.group ? null : (
              <a href={`${href('reader', c.row.original.articleId)}?claim=${encodeURIComponent(c.row.original.id)}`} title={c.row.original.quote} data-testid="claim-source">
                {c.getValue()}
              </a>
            ),
        }),
        helper.display({
          id: 'actions',
          header: () => null,
          meta: { width: 72 },
          cell: (c) => {
            const claim = claimById.get(c.row.original.id);
            return claim ? (
              <button type="button" onClick={() => setEditor({ mode: 'edit', claim })} data-testid="claim-edit">
                {t('common:actions.edit')}
              </button>
            ) : null;
          },
        }),
      ]),
    [t, selected, toggle, collapsed, toggleGroup, lookups, claimById],
  );
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (r) => r.rowId,
    manualSorting: true,
    state: { sorting },
    onSortingChange: setSorting,
  });

  const viewTable = useMemo(() => withBoundCells(table), [table]);

  async function bulk(action: (ids: string[]) => Promise<() => Promise<void>>, message: string) {
    const ids = [...selected];
    try {
      const undo = await action(ids);
      notify({ kind: 'success', message: t(message, { count: ids.length }), undo });
    } catch (e) {
      notifyError(t('errors.saveFailed'), e);
    }
  }

  if (!claims || !lookups || !articles) return <p className="muted">{t('common:loading')}</p>;
  const providerOptions = [...lookups.providers.values()].sort((a, b) => localName(a.name, lang).localeCompare(localName(b.name, lang), lang));
  const attributeOptions = [...lookups.attributes.values()].sort((a, b) => localName(a.name, lang).localeCompare(localName(b.name, lang), lang));
  const tagOptions = [...lookups.tags.values()].sort((a, b) => a.name.localeCompare(b.name, 'ko'));

  return (
    <div className="page">
      <div className="toolbar">
        <h1 className="grow" style={{ margin: 0 }}>
          {t('title')}
        </h1>
        <span className="muted" data-testid="claims-count" data-loading={partial ? 'true' : undefined} role="status">
          {partial
            ? total !== undefined
              ? t('loadingRest', { count: total, shown: claims.length })
              : t('common:loading')
            : filtered.length === claims.length
              ? t('count', { count: claims.length })
              : t('countFiltered', { shown: filtered.length, count: claims.length })}
        </span>
      </div>
      {claims.length === 0 ? (
        <div className="empty card">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </div>
      ) : (
        <>
          <div className="claims-filters" role="search">
            <label className="field grow" style={{ flex: 1 }}>
              {t('filters.text')}
              <input type="search" value={text} onChange={(e) => setText(e.target.value)} data-testid="claims-filter-text" />
            </label>
            <label className="field">
              {t('fields.providers')}
              <select value={providerId} onChange={(e) => setProviderId(e.target.value)} data-testid="claims-filter-provider">
                <option value="">{t('filters.all')}</option>
                {providerOptions.map((p) => (
                  <option key={p.id} value={p.id}>
                    {localName(p.name, lang)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              {t('fields.attribute')}
              <select value={attributeId} onChange={(e) => setAttributeId(e.target.value)} data-testid="claims-filter-attribute">
                <option value="">{t('filters.all')}</option>
                {attributeOptions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {localName(a.name, lang)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              {t('fields.status')}
              <select value={status} onChange={(e) => setStatus(e.target.value as ClaimStatus | '')} data-testid="claims-filter-status">
                <option value="">{t('filters.all')}</option>
                {CLAIM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              {t('fields.tags')}
              <select value={tagId} onChange={(e) => setTagId(e.target.value)} data-testid="claims-filter-tag">
                <option value="">{t('filters.all')}</option>
                {tagOptions.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              {t('filters.groupBy')}
              <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)} data-testid="claims-group-by">
                {GROUPS.map((g) => (
                  <option key={g} value={g}>
                    {t(`filters.group.${g}`)}
                  </option>
                ))}
              </select>
            </label>
            <label style={{ alignSelf: 'center' }}>
              <input
                type="checkbox"
                checked={allSelected}
                onChange={() => setSelected(allSelected ? new Set() : new Set(visibleIds))}
                data-testid="claims-select-all"
              />{' '}
              {t('table.selectAll', { count: visibleIds.length })}
            </label>
          </div>
          {selected.size > 0 && (
            <div className="bulk-bar" role="region" aria-label={t('bulk.label')} data-testid="bulk-bar">
              <strong>{t('bulk.selected', { count: selected.size })}</strong>
              <select value={bulkStatus} onChange={(e) => setBulkStatus(e.target.value as ClaimStatus)} aria-label={t('fields.status')} data-testid="bulk-status">
                {CLAIM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => void bulk((ids) => updateClaims(db, ids, { status: bulkStatus }), 'bulk.statusDone')} data-testid="bulk-status-apply">
                {t('bulk.setStatus')}
              </button>
              <input value={bulkTags} onChange={(e) => setBulkTags(e.target.value)} placeholder={t('tagsPlaceholder')} aria-label={t('bulk.addTags')} data-testid="bulk-tags" />
              <button
                type="button"
                disabled={!bulkTags.trim()}
                onClick={() =>
                  void bulk(async (ids) => {
                    const add = await ensureTags(db, parseTagNames(bulkTags));
                    setBulkTags('');
                    return retagClaims(db, ids, { add });
                  }, 'bulk.tagsAdded')
                }
                data-testid="bulk-tags-add"
              >
                {t('bulk.addTags')}
              </button>
              <select value={bulkRemoveTag} onChange={(e) => setBulkRemoveTag(e.target.value)} aria-label={t('bulk.removeTag')} data-testid="bulk-tag-remove">
                <option value="">{t('bulk.removeTag')}</option>
                {tagOptions.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
              </select>
              <button type="button" disabled={!bulkRemoveTag} onClick={() => void bulk((ids) => retagClaims(db, ids, { remove: [bulkRemoveTag] }), 'bulk.tagRemoved')} data-testid="bulk-tag-remove-apply">
                {t('common:actions.remove')}
              </button>
              <ShareButton scope={{ kind: 'claims', claimIds: [...selected] }} />
              <button type="button" className="ghost" onClick={() => setSelected(new Set())}>
                {t('bulk.clear')}
              </button>
            </div>
          )}
          <VirtualTable
            table={viewTable}
            label={t('title')}
            testId="claims-table"
            height="calc(100vh - 220px)"
            singleLine
            rowHeight={33}
            isRowSelected={(rowId) => selected.has(claimOfRow.get(rowId) ?? '')}
            onRowActivate={(row) => {
              const r = row.original as ClaimRow;
              const claim = claimById.get(r.id);
              if (claim && !r.group) setEditor({ mode: 'edit', claim });
            }}
            empty={<p className="muted">{t('filters.noMatch')}</p>}
          />
        </>
      )}
      <ClaimEditorDialog target={editor} onClose={() => setEditor(null)} />
    </div>
  );
}
