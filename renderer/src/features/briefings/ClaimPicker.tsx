/** Picks claims for a briefing section: search by provider, attribute, value or quote; checked ones are in. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName, type Claim, type Lang } from '@shared/domain';
import { formatValue } from '@shared/format/value';
import type { Lookups } from '../claims/use-lookups';

export function ClaimPicker({ claims, lookups, selected, onChange, lang }: { claims: readonly Claim[]; lookups: Lookups; selected: string[]; onChange: (ids: string[]) => void; lang: Lang }) {
  const { t } = useTranslation('briefings');
  const [q, setQ] = useState('');
  const label = (c: Claim) =>
    `${c.providerIds.map((id) => lookups.providers.get(id)).map((p) => (p ? localName(p.name, lang) : '?')).join(', ')} · ${
      lookups.attributes.get(c.attributeId) ? localName(lookups.attributes.get(c.attributeId)!.name, lang) : c.attributeId
    } · ${formatValue(c.value, lang)}`;
  const shown = useMemo(() => {
    const f = q.trim().toLowerCase();
    return f ? claims.filter((c) => `${label(c)} ${c.target.quote.exact} ${c.statement}`.toLowerCase().includes(f)) : claims;
    // label depends only on lookups and lang
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [claims, q, lookups, lang]);
  const set = new Set(selected);
  return (
    <div>
      <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('pickerFilter')} aria-label={t('pickerFilter')} style={{ width: '100%' }} data-testid="claim-picker-filter" />
      <ul style={{ listStyle: 'none', padding: 0, maxHeight: 220, overflow: 'auto', margin: '6px 0' }} data-testid="claim-picker">
        {shown.map((c) => (
          <li key={c.id}>
            <label>
              <input
                type="checkbox"
                checked={set.has(c.id)}
                onChange={(e) => onChange(e.target.checked ? [...selected, c.id] : selected.filter((x) => x !== c.id))}
                data-testid="claim-pick"
              />{' '}
              {label(c)} <span className="muted">“{c.target.quote.exact.slice(0, 80)}”</span>
            </label>
          </li>
        ))}
      </ul>
      <span className="muted">{t('pickedCount', { count: selected.length })}</span>
    </div>
  );
}
