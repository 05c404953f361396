/**
 * The claim editor used from the reader: provider(s), attribute, typed value,
 * as-of date or period, status, confidence, tags, statement and note. Values
 * are pre-filled from the selected passage where the text analysis finds them.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { CLAIM_STATUSES, CONFIDENCES, localName, type Attribute, type ClaimStatus, type ClaimValue, type Confidence, type Lang, type Provider } from '@shared/domain';
import { parseQuantity } from '@shared/text/quantity';
import { formatValue } from '@shared/format/value';
import { useDb } from '../../app/context';

export interface ClaimFormValues {
  statement: string;
  providerIds: string[];
  attributeId: string;
  valueText: string;
  asOfStart: string;
  asOfEnd: string;
  status: ClaimStatus;
  confidence: Confidence;
  tags: string;
  note: string;
}

export const EMPTY_CLAIM_FORM: ClaimFormValues = {
  statement: '',
  providerIds: [],
  attributeId: '',
  valueText: '',
  asOfStart: '',
  asOfEnd: '',
  status: 'unverified',
  confidence: 'medium',
  tags: '',
  note: '',
};

/** Turns the value field into a typed value for the attribute, or an error key. */
export function toClaimValue(attribute: Attribute | undefined, text: string): { value?: ClaimValue; error?: string } {
  const raw = text.trim();
  if (!attribute) return { error: 'noAttribute' };
  if (!raw) return { error: 'noValue' };
  switch (attribute.valueType) {
    case 'quantity': {
      const q = parseQuantity(raw, attribute.unit);
      return q ? { value: q } : { error: 'badQuantity' };
    }
    case 'category':
      return attribute.categories?.length && !attribute.categories.includes(raw) ? { error: 'badCategory' } : { value: { kind: 'category', category: raw } };
    case 'date':
      return /^\d{4}-\d{2}(-\d{2})?$/.test(raw) ? { value: { kind: 'date', date: raw } } : { error: 'badDate' };
    default:
      return { value: { kind: 'text', text: raw } };
  }
}

export function ClaimForm({
  values,
  onChange,
  lang,
}: {
  values: ClaimFormValues;
  onChange: (v: ClaimFormValues) => void;
  lang: Lang;
}) {
  const { t } = useTranslation('claims');
  const db = useDb();
  const providers = useLiveQuery(() => db.providers.toArray(), [db]);
  const attributes = useLiveQuery(() => db.attributes.toArray(), [db]);
  const [filter, setFilter] = useState('');
  const set = <K extends keyof ClaimFormValues>(k: K, v: ClaimFormValues[K]) => onChange({ ...values, [k]: v });

  const attribute = attributes?.find((a) => a.id === values.attributeId);
  const parsed = useMemo(() => (values.valueText ? toClaimValue(attribute, values.valueText) : {}), [attribute, values.valueText]);
  const shownProviders = useMemo(() => {
    const f = filter.trim().toLowerCase();
    const list = (providers ?? []).slice().sort((a, b) => localName(a.name, lang).localeCompare(localName(b.name, lang)));
    if (!f) return list;
    return list.filter((p: Provider) => [p.name.ko, p.name.en, ...p.aliases].some((n) => n.toLowerCase().includes(f)));
  }, [providers, filter, lang]);

  if (!providers || !attributes) return <p className="muted">{t('common:loading')}</p>;

  return (
    <div className="form-grid" data-testid="claim-form">
      <fieldset className="wide" style={{ border: '1px solid var(--border)', borderRadius: 6 }}>
        <legend>{t('fields.providers')}</legend>
        <input type="search" placeholder={t('providerFilter')} value={filter} onChange={(e) => setFilter(e.target.value)} aria-label={t('providerFilter')} data-testid="provider-filter" style={{ width: '100%' }} />
        <div style={{ maxHeight: 120, overflow: 'auto', display: 'flex', flexWrap: 'wrap', gap: '2px 12px', marginTop: 6 }}>
          {shownProviders.map((p) => (
            <label key={p.id} title={p.aliases.join(', ')}>
              <input
                type="checkbox"
                checked={values.providerIds.includes(p.id)}
                onChange={(e) => set('providerIds', e.target.checked ? [...values.providerIds, p.id] : values.providerIds.filter((x) => x !== p.id))}
                data-testid={`provider-${p.id}`}
              />{' '}
              {localName(p.name, lang)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        {t('fields.attribute')}
        <select value={values.attributeId} onChange={(e) => set('attributeId', e.target.value)} data-testid="claim-attribute" required>
          <option value="">{t('choose')}</option>
          {attributes.map((a) => (
            <option key={a.id} value={a.id}>
              {localName(a.name, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('fields.value')}
        {attribute?.valueType === 'category' && attribute.categories?.length ? (
          <select value={values.valueText} onChange={(e) => set('valueText', e.target.value)} data-testid="claim-value">
            <option value="">{t('choose')}</option>
            {attribute.categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        ) : (
          <input
            type={attribute?.valueType === 'date' ? 'date' : 'text'}
            value={values.valueText}
            onChange={(e) => set('valueText', e.target.value)}
            data-testid="claim-value"
            placeholder={attribute?.valueType === 'quantity' ? t('quantityPlaceholder') : ''}
          />
        )}
        <span className={parsed.error ? 'error-text' : 'muted'} data-testid="claim-value-preview">
          {parsed.error ? t(`errors.${parsed.error}`) : parsed.value ? `= ${formatValue(parsed.value, lang)}` : '\u00a0'}
        </span>
      </label>
      <label className="field">
        {t('fields.asOf')}
        <input type="date" value={values.asOfStart} onChange={(e) => set('asOfStart', e.target.value)} data-testid="claim-asof" />
      </label>
      <label className="field">
        {t('fields.asOfEnd')}
        <input type="date" value={values.asOfEnd} onChange={(e) => set('asOfEnd', e.target.value)} data-testid="claim-asof-end" />
      </label>
      <label className="field">
        {t('fields.status')}
        <select value={values.status} onChange={(e) => set('status', e.target.value as ClaimStatus)} data-testid="claim-status">
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('fields.confidence')}
        <select value={values.confidence} onChange={(e) => set('confidence', e.target.value as Confidence)} data-testid="claim-confidence">
          {CONFIDENCES.map((c) => (
            <option key={c} value={c}>
              {t(`confidence.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field wide">
        {t('fields.statement')}
        <textarea rows={2} value={values.statement} onChange={(e) => set('statement', e.target.value)} data-testid="claim-statement" />
      </label>
      <label className="field wide">
        {t('fields.tags')}
        <input value={values.tags} onChange={(e) => set('tags', e.target.value)} placeholder={t('tagsPlaceholder')} data-testid="claim-tags" />
      </label>
      <label className="field wide">
        {t('fields.note')}
        <textarea rows={2} value={values.note} onChange={(e) => set('note', e.target.value)} data-testid="claim-note" />
      </label>
    </div>
  );
}
