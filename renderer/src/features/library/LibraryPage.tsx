/** The library: every article, sortable, with adding, opening files and the sample dataset. */
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, tableFeatures, useTable } from '@tanstack/react-table';
import type { Article } from '@shared/domain';
import { useDb, usePlatform } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { href } from '../../app/router';
import { VirtualTable } from '../../app/ui/VirtualTable';
import { AddArticleDialog } from './AddArticleDialog';
import { importTextFile } from './commands/import-text-files';
import { SampleDatasetButton } from '../sharing/SampleDatasetButton';
import { BundleButtons } from '../sharing/BundleButtons';

export interface LibraryRow {
  id: string;
  title: string;
  outlet: string;
  publishedAt: string;
  language: Article['language'];
  claimCount: number;
}

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns: { alphanumeric: sortFn_alphanumeric } });
const helper = createColumnHelper<typeof features, LibraryRow>();

export function LibraryPage() {
  const { t } = useTranslation('library');
  const db = useDb();
  const platform = usePlatform();
  const { notify } = useNotify();
  const [adding, setAdding] = useState(false);

  const rows = useLiveQuery(async (): Promise<LibraryRow[]> => {
    const [articles, counts] = await Promise.all([
      db.articles.toArray(),
      db.claims.orderBy('articleId').keys(),
    ]);
    const byArticle = new Map<string, number>();
    for (const k of counts) byArticle.set(String(k), (byArticle.get(String(k)) ?? 0) + 1);
    return articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, language: a.language, claimCount: byArticle.get(a.id) ?? 0 }));
  }, [db]);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('title', {
          header: () => t('fields.title'),
          cell: (c) => (
            <a href={href('reader', c.row.original.id)} data-testid="library-title">
              {c.getValue()}
            </a>
          ),
        }),
        helper.accessor('outlet', { header: () => t('fields.outlet') }),
        helper.accessor('publishedAt', { header: () => t('fields.publishedAt') }),
        helper.accessor('language', { header: () => t('fields.language'), cell: (c) => t(`languages.${c.getValue()}`) }),
        helper.accessor('claimCount', { header: () => t('columns.claims'), meta: { className: 'num' } }),
      ]),
    [t],
  );
  const data = useMemo(() => rows ?? [], [rows]);
  const table = useTable({ features, columns, data, getRowId: (r) => r.id, initialState: { sorting: [{ id: 'publishedAt', desc: true }] } });

  async function openFiles() {
    const files = await platform.openFiles({ filters: [{ name: t('filters.text'), extensions: ['txt', 'md'] }], multiple: true });
    if (!files.length) return;
    const outcomes = [];
    for (const f of files) outcomes.push(await importTextFile(db, f));
    const imported = outcomes.filter((o) => o.status === 'imported').length;
    const dup = outcomes.filter((o) => o.status === 'duplicate').length;
    const failed = outcomes.filter((o) => o.status === 'failed');
    notify({
      kind: failed.length ? 'error' : 'success',
      message: [t('import.summary', { imported, dup, failed: failed.length }), ...failed.map((f) => `${f.name}: ${f.reason}`)].join('\n'),
    });
  }

  if (rows === undefined) return <p className="muted">{t('common:loading')}</p>;

  return (
    <div className="page">
      <div className="toolbar">
        <h1 className="grow">{t('title')}</h1>
        <button type="button" className="primary" onClick={() => setAdding(true)} data-testid="add-article">
          {t('add.open')}
        </button>
        <button type="button" onClick={() => void openFiles()} data-testid="open-files">
          {t('open')}
        </button>
        <BundleButtons />
      </div>
      {rows.length === 0 ? (
        <div className="empty card" data-testid="library-empty">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
          <div className="toolbar" style={{ justifyContent: 'center' }}>
            <SampleDatasetButton />
            <button type="button" onClick={() => setAdding(true)}>
              {t('add.open')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="muted">{t('count', { count: rows.length })}</p>
          <VirtualTable table={table} label={t('title')} testId="library-table" height="calc(100vh - 150px)" />
        </>
      )}
      <AddArticleDialog open={adding} onClose={() => setAdding(false)} />
    </div>
  );
}
