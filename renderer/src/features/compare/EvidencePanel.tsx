/**
 * Every claim behind one compare cell: quote, source, date and status. The
 * researcher can prefer one claim for the cell, change statuses, and jump to
 * the quote in the reader.
 */
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { CLAIM_STATUSES, localName, type ClaimStatus, type Lang } from '@shared/domain';
import type { CellSummary } from '@shared/compare/cell';
import { formatAsOf, formatValue } from '@shared/format/value';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { href } from '../../app/router';
import { updateClaims } from '../claims/commands/edit-claims';
import type { Lookups } from '../claims/use-lookups';

export function EvidencePanel({ cell, providerId, attributeId, lookups, onClose }: { cell: CellSummary; providerId: string; attributeId: string; lookups: Lookups; onClose: () => void }) {
  const { t, i18n } = useTranslation('compare');
  const lang = i18n.language as Lang;
  const db = useDb();
  const { notify, notifyError } = useNotify();
  const articles = useLiveQuery(async () => new Map((await db.articles.bulkGet([...new Set(cell.claims.map((c) => c.articleId))])).filter((a) => !!a).map((a) => [a!.id, a!])), [db, cell]);
  const conflicting = new Set(cell.conflict?.claimIds ?? []);
  const provider = lookups.providers.get(providerId);
  const attribute = lookups.attributes.get(attributeId);

  async function prefer(id: string) {
    try {
      // Preferring is exclusive within the cell: clear the others in the same transaction.
      const undo = await updateClaims(
        db,
        cell.claims.map((c) => c.id),
        (c) => ({ preferred: c.id === id ? true : undefined }),
      );
      notify({ kind: 'success', message: t('preferredSet'), undo });
    } catch (e) {
      notifyError(t('errors.saveFailed'), e);
    }
  }

  async function unprefer(id: string) {
    try {
      const undo = await updateClaims(db, [id], { preferred: undefined });
      notify({ kind: 'success', message: t('preferredCleared'), undo });
    } catch (e) {
      notifyError(t('errors.saveFailed'), e);
    }
  }

  async function setStatus(id: string, status: ClaimStatus) {
    try {
      const undo = await updateClaims(db, [id], { status });
      notify({ kind: 'success', message: t('statusSet', { status: t(`claims:status.${status}`) }), undo });
    } catch (e) {
      notifyError(t('errors.saveFailed'), e);
    }
  }

  return (
    <aside className="card" aria-label={t('evidence')} data-testid="evidence-panel" style={{ position: 'sticky', top: 0, maxHeight: 'calc(100vh - 40px)', overflow: 'auto' }}>
      <div className="toolbar">
        <h2 className="grow" style={{ margin: 0 }}>
          {provider ? localName(provider.name, lang) : providerId} · {attribute ? localName(attribute.name, lang) : attributeId}
        </h2>
        <button type="button" className="ghost" onClick={onClose} aria-label={t('common:actions.close')}>
          ×
        </button>
      </div>
      {cell.conflict && (
        <p className="error-text" role="note" data-testid="evidence-conflict">
          {t('conflictExplain', { count: cell.conflict.claimIds.length })}
        </p>
      )}
      <ol style={{ paddingLeft: 18, display: 'flex', flexDirection: 'column', gap: 10 }}>
        {cell.claims.map((c) => {
          const a = articles?.get(c.articleId);
          return (
            <li key={c.id} data-testid="evidence-claim" data-claim-id={c.id}>
              <div>
                <strong>{formatValue(c.value, lang)}</strong> {formatAsOf(c.asOf, lang) && <span className="muted">({formatAsOf(c.asOf, lang)})</span>}{' '}
                <span className={`badge status-${c.status}`}>{t(`claims:status.${c.status}`)}</span>
                {c.id === cell.current?.id && <span className="badge"> {t('shown')}</span>}
                {c.preferred && <span className="badge"> ★ {t('preferred')}</span>}
                {conflicting.has(c.id) && <span className="badge conflict">{t('conflict')}</span>}
              </div>
              <blockquote style={{ margin: '4px 0' }}>“{c.target.quote.exact}”</blockquote>
              <div className="muted" style={{ fontSize: 12 }}>
                {a ? [a.title, a.outlet, a.publishedAt].filter(Boolean).join(' · ') : ''}
              </div>
              <div className="toolbar" style={{ marginTop: 4 }}>
                <a href={`${href('reader', c.articleId)}?claim=${encodeURIComponent(c.id)}`}>{t('openQuote')}</a>
                {c.preferred ? (
                  <button type="button" onClick={() => void unprefer(c.id)} data-testid="evidence-unprefer">
                    {t('unprefer')}
                  </button>
                ) : (
                  <button type="button" onClick={() => void prefer(c.id)} data-testid="evidence-prefer">
                    {t('prefer')}
                  </button>
                )}
                <label>
                  <span className="sr-only">{t('claims:fields.status')}</span>
                  <select value={c.status} onChange={(e) => void setStatus(c.id, e.target.value as ClaimStatus)} data-testid="evidence-status">
                    {CLAIM_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`claims:status.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
