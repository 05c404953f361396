/** Every claim in the library as a sortable table, each row linked to its quote in the reader. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, tableFeatures, useTable } from '@tanstack/react-table';
import { localName, type Claim, type Lang } from '@shared/domain';
import { formatValue } from '@shared/format/value';
import { useDb } from '../../app/context';
import { href } from '../../app/router';
import { VirtualTable } from '../../app/ui/VirtualTable';
import { useLookups } from './use-lookups';

export interface ClaimRow {
  id: string;
  articleId: string;
  providers: string;
  attribute: string;
  value: string;
  /** Normalised amount for numeric sorting; undefined for non-quantities. */
  amount: number | undefined;
  asOf: string;
  status: Claim['status'];
  tags: string;
  source: string;
  quote: string;
}

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns: { alphanumeric: sortFn_alphanumeric } });
const helper = createColumnHelper<typeof features, ClaimRow>();

export function ClaimsPage() {
  const { t, i18n } = useTranslation('claims');
  const lang = i18n.language as Lang;
  const db = useDb();
  const lookups = useLookups();
  const claims = useLiveQuery(() => db.claims.toArray(), [db]);
  const articles = useLiveQuery(async () => new Map((await db.articles.toArray()).map((a) => [a.id, { title: a.title, outlet: a.outlet }])), [db]);

  const data = useMemo<ClaimRow[]>(() => {
    if (!claims || !lookups || !articles) return [];
    return claims.map((c) => {
      const a = articles.get(c.articleId);
      return {
        id: c.id,
        articleId: c.articleId,
        providers: c.providerIds.map((id) => lookups.providers.get(id)).map((p) => (p ? localName(p.name, lang) : '?')).join(', '),
        attribute: (() => {
          const at = lookups.attributes.get(c.attributeId);
          return at ? localName(at.name, lang) : c.attributeId;
        })(),
        value: formatValue(c.value, lang),
        amount: c.value.kind === 'quantity' ? c.value.amount : undefined,
        asOf: c.asOf ? (c.asOf.end ? `${c.asOf.start} – ${c.asOf.end}` : c.asOf.start) : '',
        status: c.status,
        tags: c.tagIds.map((id) => lookups.tags.get(id)?.name ?? '').filter(Boolean).join(', '),
        source: a ? [a.title, a.outlet].filter(Boolean).join(' — ') : '',
        quote: c.target.quote.exact,
      };
    });
  }, [claims, lookups, articles, lang]);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('providers', { header: () => t('fields.providers') }),
        helper.accessor('attribute', { header: () => t('fields.attribute') }),
        helper.accessor('amount', {
          id: 'value',
          header: () => t('fields.value'),
          sortUndefined: 'last',
          cell: (c) => c.row.original.value,
          meta: { className: 'num' },
        }),
        helper.accessor('asOf', { header: () => t('fields.asOf') }),
        helper.accessor('status', { header: () => t('fields.status'), cell: (c) => <span className={`badge status-${c.getValue()}`}>{t(`status.${c.getValue()}`)}</span> }),
        helper.accessor('tags', { header: () => t('fields.tags') }),
        helper.accessor('source', {
          header: () => t('fields.source'),
          cell: (c) => (
            <a href={`${href('reader', c.row.original.articleId)}?claim=${encodeURIComponent(c.row.original.id)}`} title={c.row.original.quote} data-testid="claim-source">
              {c.getValue()}
            </a>
          ),
        }),
      ]),
    [t],
  );
  const table = useTable({ features, columns, data, getRowId: (r) => r.id });

  if (!claims || !lookups || !articles) return <p className="muted">{t('common:loading')}</p>;
  return (
    <div className="page">
      <div className="toolbar">
        <h1 className="grow">{t('title')}</h1>
        <span className="muted">{t('count', { count: claims.length })}</span>
      </div>
      {claims.length === 0 ? (
        <div className="empty card">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </div>
      ) : (
        <VirtualTable table={table} label={t('title')} testId="claims-table" height="calc(100vh - 120px)" />
      )}
    </div>
  );
}
