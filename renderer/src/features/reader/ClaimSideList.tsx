/** The reader's side list: claims placed in the text (edit, delete) and orphaned claims (re-attach to a selection). */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim, Lang } from '@shared/domain';
import { formatAsOf, formatValue } from '@shared/format/value';

export interface ClaimSideListProps {
  placed: Claim[];
  orphaned: Claim[];
  activeClaimId?: string;
  hasSelection: boolean;
  lang: Lang;
  title: (c: Claim) => string;
  onActivate: (c: Claim) => void;
  onEdit: (c: Claim) => void;
  onDelete: (c: Claim) => void;
  onReattach: (c: Claim) => void;
}

export function ClaimSideList(p: ClaimSideListProps) {
  const { t } = useTranslation('reader');
  const listRef = useRef<HTMLUListElement>(null);

  // Keep the claim chosen in the text visible in the list.
  useEffect(() => {
    if (!p.activeClaimId) return;
    listRef.current?.querySelector(`[data-claim-id="${CSS.escape(p.activeClaimId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [p.activeClaimId]);

  return (
    <section className="card" aria-label={t('claimsHere')}>
      <h2>{t('claimsHere')}</h2>
      {p.placed.length === 0 && p.orphaned.length === 0 && <p className="muted">{t('noClaims')}</p>}
      <ul className="claim-list" data-testid="reader-claims" ref={listRef}>
        {p.placed.map((claim) => (
          <li key={claim.id} className="claim-item" data-claim-id={claim.id} aria-current={p.activeClaimId === claim.id ? 'true' : undefined} data-testid="reader-claim">
            <button type="button" className="ghost" style={{ padding: 0, border: 0, textAlign: 'left' }} onClick={() => p.onActivate(claim)}>
              <strong>{p.title(claim)}</strong>
            </button>
            <div>
              {formatValue(claim.value, p.lang)} <span className={`badge status-${claim.status}`}>{t(`claims:status.${claim.status}`)}</span>{' '}
              <span className="muted">{formatAsOf(claim.asOf, p.lang)}</span>
            </div>
            {claim.statement && <div style={{ fontSize: 13 }}>{claim.statement}</div>}
            <blockquote>“{claim.target.quote.exact}”</blockquote>
            <div className="row-actions">
              <button type="button" onClick={() => p.onEdit(claim)} data-testid="reader-claim-edit">
                {t('common:actions.edit')}
              </button>
              <button type="button" className="danger" onClick={() => p.onDelete(claim)} data-testid="reader-claim-delete">
                {t('common:actions.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {p.orphaned.length > 0 && (
        <>
          <h2 style={{ marginTop: 12 }}>{t('orphaned')}</h2>
          <p className="muted" style={{ fontSize: 13 }}>
            {t('orphanedHint')}
          </p>
          <ul className="claim-list" data-testid="orphaned-claims">
            {p.orphaned.map((c) => (
              <li key={c.id} className="claim-item" data-testid="orphaned-claim">
                <strong>{p.title(c)}</strong>
                <blockquote>“{c.target.quote.exact}”</blockquote>
                <div className="row-actions">
                  <button type="button" disabled={!p.hasSelection} onClick={() => p.onReattach(c)} title={p.hasSelection ? undefined : t('reattachHint')} data-testid="orphan-reattach">
                    {t('reattach')}
                  </button>
                  <button type="button" onClick={() => p.onEdit(c)}>
                    {t('common:actions.edit')}
                  </button>
                  <button type="button" className="danger" onClick={() => p.onDelete(c)}>
                    {t('common:actions.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
