/**
 * Claim suggestions for the open article: sentences that name a provider and
 * state an amount, a date or a grade. Accept opens the claim editor pre-filled
 * on the suggested passage; Dismiss hides the suggestion for this article.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@shared/domain';
import type { Suggestion } from '@shared/text/suggestions';
import { formatAsOf, formatValue } from '@shared/format/value';

export interface SuggestionsPanelProps {
  suggestions: Suggestion[];
  lang: Lang;
  providerNames: (ids: string[]) => string;
  attributeName: (id: string) => string;
  onAccept: (s: Suggestion) => void;
  onDismiss: (s: Suggestion) => void;
  onShow: (s: Suggestion) => void;
}

const PAGE = 20;

export function SuggestionsPanel(p: SuggestionsPanelProps) {
  const { t } = useTranslation('reader');
  const [shown, setShown] = useState(PAGE);
  return (
    <section className="card" aria-label={t('suggestions.title')} data-testid="suggestions">
      <h2>
        {t('suggestions.title')} <span className="muted">({p.suggestions.length})</span>
      </h2>
      {p.suggestions.length === 0 && <p className="muted">{t('suggestions.none')}</p>}
      <ul className="claim-list">
        {p.suggestions.slice(0, shown).map((s) => (
          <li key={s.id} className="suggestion" data-testid="suggestion">
            <div>
              <strong>{p.providerNames(s.providerIds)}</strong> · {s.attributeId ? p.attributeName(s.attributeId) : <span className="muted">{t('suggestions.noAttribute')}</span>}
            </div>
            <div>
              {s.value ? formatValue(s.value, p.lang) : '—'} <span className="muted">{formatAsOf(s.asOf, p.lang)}</span>
            </div>
            <p className="muted">
              <button type="button" className="ghost" style={{ padding: 0, border: 0, textAlign: 'left', color: 'inherit' }} onClick={() => p.onShow(s)} title={t('suggestions.show')}>
                {s.sentence.length > 160 ? `${s.sentence.slice(0, 160)}…` : s.sentence}
              </button>
            </p>
            <div className="row-actions">
              <button type="button" className="primary" onClick={() => p.onAccept(s)} data-testid="suggestion-accept">
                {t('suggestions.accept')}
              </button>
              <button type="button" onClick={() => p.onDismiss(s)} data-testid="suggestion-dismiss">
                {t('suggestions.dismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {p.suggestions.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)} style={{ marginTop: 8 }}>
          {t('suggestions.more', { count: p.suggestions.length - shown })}
        </button>
      )}
    </section>
  );
}
