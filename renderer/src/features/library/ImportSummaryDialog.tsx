/**
 * The end of an import: what came in, which files were duplicates (each with
 * a skip-or-merge choice, skip by default) and which failed, with the reason.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/ui/Dialog';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { href } from '../../app/router';
import { summarizeOutcomes, type ImportOutcome } from './commands/import-files';
import { mergeArticleMetadata } from './commands/edit-article';
import type { ImportSummary } from './use-file-import';

type Dup = Extract<ImportOutcome, { status: 'duplicate' }>;

export function ImportSummaryDialog({ summary, onClose }: { summary: ImportSummary; onClose: () => void }) {
  const { t } = useTranslation('library');
  const db = useDb();
  const { notify, notifyError } = useNotify();
  const counts = summarizeOutcomes(summary.outcomes);
  const dups = summary.outcomes.filter((o): o is Dup => o.status === 'duplicate');
  const [choice, setChoice] = useState<Record<number, 'skip' | 'merge'>>({});
  const [busy, setBusy] = useState(false);

  async function finish() {
    const merges = dups.filter((_, i) => choice[i] === 'merge');
    if (!merges.length) return onClose();
    setBusy(true);
    try {
      const undos: Array<() => Promise<void>> = [];
      let filled = 0;
      for (const d of merges) {
        const r = await mergeArticleMetadata(db, d.existingId, d.incoming);
        filled += r.filled.length;
        undos.push(r.undo);
      }
      notify({
        kind: 'success',
        message: t('import.merged', { count: merges.length, fields: filled }),
        undo: async () => {
          for (const u of undos.reverse()) await u();
        },
      });
      onClose();
    } catch (e) {
      notifyError(t('import.mergeFailed'), e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open title={t('import.summaryTitle')} onClose={onClose} testId="import-summary" wide>
      <p data-testid="import-counts">
        {t('import.summary', { imported: counts.imported, dup: counts.duplicate, failed: counts.failed })}
        {summary.cancelled && ` ${t('import.cancelledRest', { count: summary.notStarted })}`}
      </p>
      {counts.imported > 0 && (
        <section>
          <h3>{t('import.importedHeading', { count: counts.imported })}</h3>
          <ul className="import-list" data-testid="import-imported">
            {summary.outcomes.map((o, i) =>
              o.status === 'imported' ? (
                <li key={i}>
                  <a href={href('reader', o.articleId)} onClick={onClose}>
                    {o.title}
                  </a>{' '}
                  <span className="muted">{o.name}</span>
                </li>
              ) : null,
            )}
          </ul>
        </section>
      )}
      {dups.length > 0 && (
        <section>
          <h3>{t('import.duplicateHeading', { count: dups.length })}</h3>
          <ul className="import-list" data-testid="import-duplicates">
            {dups.map((d, i) => (
              <li key={i} data-testid="import-duplicate">
                <span>
                  <strong>{d.name}</strong> — {t(d.reason === 'url' ? 'duplicate.byUrl' : 'duplicate.byText', { title: d.existingTitle })}
                </span>
                <select value={choice[i] ?? 'skip'} onChange={(e) => setChoice((c) => ({ ...c, [i]: e.target.value as 'skip' | 'merge' }))} aria-label={t('import.dupChoice', { name: d.name })} data-testid="dup-choice">
                  <option value="skip">{t('import.skip')}</option>
                  <option value="merge">{t('import.merge')}</option>
                </select>
              </li>
            ))}
          </ul>
        </section>
      )}
      {counts.failed > 0 && (
        <section>
          <h3>{t('import.failedHeading', { count: counts.failed })}</h3>
          <ul className="import-list" data-testid="import-failed">
            {summary.outcomes.map((o, i) =>
              o.status === 'failed' ? (
                <li key={i} data-testid="import-failure">
                  <strong>{o.name}</strong>: <span data-testid="import-failure-reason">{t(`import.reasons.${o.code}`)}</span>{' '}
                  <span className="muted" title={o.detail}>
                    ({o.detail})
                  </span>
                </li>
              ) : null,
            )}
          </ul>
        </section>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void finish()} disabled={busy} data-testid="import-summary-done">
          {dups.some((_, i) => choice[i] === 'merge') ? t('import.applyMerge') : t('common:actions.close')}
        </button>
      </div>
    </Dialog>
  );
}
