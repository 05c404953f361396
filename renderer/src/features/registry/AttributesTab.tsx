/** Attribute registry: list, add and edit; warns before changing the type of an attribute that has claims. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { localName, VALUE_KINDS, type Attribute, type Lang, type ValueKind } from '@shared/domain';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { Dialog } from '../../app/ui/Dialog';
import { parseCategories, saveAttribute } from './commands/attributes';
import { RegistryInputError } from './commands/registry-error';
import { useUsageCounts } from './use-counts';

interface AttributeDraft {
  id?: string;
  originalType?: ValueKind;
  ko: string;
  en: string;
  valueType: ValueKind;
  unit: string;
  categories: string;
  description: string;
}

const EMPTY: AttributeDraft = { ko: '', en: '', valueType: 'quantity', unit: '', categories: '', description: '' };

export function AttributesTab() {
  const { t, i18n } = useTranslation('registry');
  const lang = i18n.language as Lang;
  const db = useDb();
  const { notify, notifyError } = useNotify();
  const attributes = useLiveQuery(() => db.attributes.toArray(), [db]);
  const counts = useUsageCounts();
  const [draft, setDraft] = useState<AttributeDraft | null>(null);
  const [error, setError] = useState('');
  const sorted = useMemo(() => (attributes ?? []).slice().sort((a, b) => localName(a.name, lang).localeCompare(localName(b.name, lang), lang)), [attributes, lang]);

  function edit(a: Attribute) {
    setError('');
    setDraft({ id: a.id, originalType: a.valueType, ko: a.name.ko, en: a.name.en, valueType: a.valueType, unit: a.unit ?? '', categories: (a.categories ?? []).join(', '), description: a.description });
  }

  async function save() {
    if (!draft) return;
    try {
      const { undo } = await saveAttribute(db, { name: { ko: draft.ko, en: draft.en }, valueType: draft.valueType, unit: draft.unit, categories: parseCategories(draft.categories), description: draft.description }, draft.id);
      setDraft(null);
      notify({ kind: 'success', message: t(draft.id ? 'attributes.updated' : 'attributes.added'), undo });
    } catch (e) {
      if (e instanceof RegistryInputError) setError(t(`errors.${e.code}`));
      else notifyError(t('errors.failed'), e);
    }
  }

  if (!attributes || !counts) return <p className="muted">{t('common:loading')}</p>;
  const inUse = draft?.id ? (counts.claimsByAttribute.get(draft.id) ?? 0) : 0;
  const typeChanged = !!draft?.originalType && draft.originalType !== draft.valueType;
  return (
    <>
      <div className="toolbar">
        <span className="grow muted">{t('attributes.count', { count: attributes.length })}</span>
        <button
          type="button"
          className="primary"
          onClick={() => {
            setError('');
            setDraft(EMPTY);
          }}
          data-testid="attribute-add"
        >
          {t('attributes.add')}
        </button>
      </div>
      <div className="table-wrap">
        <table className="data registry-table" data-testid="attributes-table">
          <thead>
            <tr>
              <th>{t('attributes.nameKo')}</th>
              <th>{t('attributes.nameEn')}</th>
              <th>{t('attributes.type')}</th>
              <th>{t('attributes.unit')}</th>
              <th>{t('attributes.categories')}</th>
              <th>{t('attributes.description')}</th>
              <th className="num">{t('claims')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {sorted.map((a) => (
              <tr key={a.id} data-testid={`attribute-row-${a.id}`}>
                <td>{a.name.ko}</td>
                <td>{a.name.en}</td>
                <td>{t(`valueType.${a.valueType}`)}</td>
                <td>{a.unit ?? ''}</td>
                <td>{(a.categories ?? []).join(' · ')}</td>
                <td className="muted" style={{ fontSize: 12 }}>
                  {a.description}
                </td>
                <td className="num">{counts.claimsByAttribute.get(a.id) ?? 0}</td>
                <td className="actions-cell">
                  <button type="button" onClick={() => edit(a)} data-testid="attribute-edit">
                    {t('common:actions.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Dialog open={!!draft} title={draft?.id ? t('attributes.editTitle') : t('attributes.addTitle')} onClose={() => setDraft(null)} testId="attribute-dialog">
        {draft && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <div className="form-grid">
              <label className="field">
                {t('attributes.nameKo')}
                <input value={draft.ko} onChange={(e) => setDraft({ ...draft, ko: e.target.value })} data-testid="attribute-name-ko" />
              </label>
              <label className="field">
                {t('attributes.nameEn')}
                <input value={draft.en} onChange={(e) => setDraft({ ...draft, en: e.target.value })} data-testid="attribute-name-en" />
              </label>
              <label className="field">
                {t('attributes.type')}
                <select value={draft.valueType} onChange={(e) => setDraft({ ...draft, valueType: e.target.value as ValueKind })} data-testid="attribute-type">
                  {VALUE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`valueType.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              {draft.valueType === 'quantity' && (
                <label className="field">
                  {t('attributes.unit')}
                  <input value={draft.unit} onChange={(e) => setDraft({ ...draft, unit: e.target.value })} placeholder="KRW, ratio, persons, count" data-testid="attribute-unit" />
                </label>
              )}
              {draft.valueType === 'category' && (
                <label className="field">
                  {t('attributes.categories')}
                  <input value={draft.categories} onChange={(e) => setDraft({ ...draft, categories: e.target.value })} placeholder={t('attributes.categoriesHint')} data-testid="attribute-categories" />
                </label>
              )}
              <label className="field wide">
                {t('attributes.description')}
                <textarea rows={2} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} data-testid="attribute-description" />
              </label>
            </div>
            {typeChanged && inUse > 0 && (
              <p className="error-text" role="alert" data-testid="attribute-type-warning">
                {t('attributes.typeWarning', { count: inUse })}
              </p>
            )}
            {error && (
              <p className="error-text" role="alert">
                {error}
              </p>
            )}
            <div className="actions">
              <button type="button" onClick={() => setDraft(null)}>
                {t('common:actions.cancel')}
              </button>
              <button type="submit" className="primary" data-testid="attribute-save">
                {typeChanged && inUse > 0 ? t('attributes.saveAnyway') : t('common:actions.save')}
              </button>
            </div>
          </form>
        )}
      </Dialog>
    </>
  );
}
