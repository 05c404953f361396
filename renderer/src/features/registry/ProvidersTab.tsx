/** Provider registry: list, add, edit, and merge two providers (claims follow). */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { localName, type Lang, type Provider, type ProviderKind, type ProviderOrigin } from '@shared/domain';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { Dialog } from '../../app/ui/Dialog';
import { mergeProviders, parseAliases, saveProvider } from './commands/providers';
import { RegistryInputError } from './commands/registry-error';
import { useUsageCounts } from './use-counts';

interface ProviderDraft {
  id?: string;
  ko: string;
  en: string;
  aliases: string;
  origin: ProviderOrigin;
  country: string;
  kind: ProviderKind;
}

const EMPTY: ProviderDraft = { ko: '', en: '', aliases: '', origin: 'domestic', country: 'KR', kind: 'csp' };
const KINDS: ProviderKind[] = ['csp', 'msp', 'ai', 'other'];

export function ProvidersTab() {
  const { t, i18n } = useTranslation('registry');
  const lang = i18n.language as Lang;
  const db = useDb();
  const { notify, notifyError } = useNotify();
  const providers = useLiveQuery(() => db.providers.toArray(), [db]);
  const counts = useUsageCounts();
  const [draft, setDraft] = useState<ProviderDraft | null>(null);
  const [error, setError] = useState('');
  const [filter, setFilter] = useState('');
  const [keepId, setKeepId] = useState('');
  const [goneId, setGoneId] = useState('');

  const sorted = useMemo(() => (providers ?? []).slice().sort((a, b) => localName(a.name, lang).localeCompare(localName(b.name, lang), lang)), [providers, lang]);
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f ? sorted.filter((p) => [p.name.ko, p.name.en, ...p.aliases].some((n) => n.toLowerCase().includes(f))) : sorted;
  }, [sorted, filter]);

  function edit(p: Provider) {
    setError('');
    setDraft({ id: p.id, ko: p.name.ko, en: p.name.en, aliases: p.aliases.join(', '), origin: p.origin, country: p.country, kind: p.kind });
  }

  async function save() {
    if (!draft) return;
    try {
      const { undo } = await saveProvider(db, { name: { ko: draft.ko, en: draft.en }, aliases: parseAliases(draft.aliases), origin: draft.origin, country: draft.country, kind: draft.kind }, draft.id);
      setDraft(null);
      notify({ kind: 'success', message: t(draft.id ? 'providers.updated' : 'providers.added'), undo });
    } catch (e) {
      if (e instanceof RegistryInputError) setError(t(`errors.${e.code}`));
      else notifyError(t('errors.failed'), e);
    }
  }

  async function merge() {
    const keep = providers?.find((p) => p.id === keepId);
    const gone = providers?.find((p) => p.id === goneId);
    if (!keep || !gone) return;
    try {
      const { claimsMoved, undo } = await mergeProviders(db, keep.id, gone.id);
      setGoneId('');
      notify({ kind: 'success', message: t('providers.merged', { gone: localName(gone.name, lang), keep: localName(keep.name, lang), count: claimsMoved }), undo });
    } catch (e) {
      if (e instanceof RegistryInputError) notify({ kind: 'error', message: t(`errors.${e.code}`) });
      else notifyError(t('errors.failed'), e);
    }
  }

  if (!providers || !counts) return <p className="muted">{t('common:loading')}</p>;
  const option = (p: Provider) => (
    <option key={p.id} value={p.id}>
      {localName(p.name, lang)}
    </option>
  );
  return (
    <>
      <div className="toolbar">
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('providers.filter')} aria-label={t('providers.filter')} className="grow" data-testid="provider-search" />
        <button
          type="button"
          className="primary"
          onClick={() => {
            setError('');
            setDraft(EMPTY);
          }}
          data-testid="provider-add"
        >
          {t('providers.add')}
        </button>
      </div>
      <section className="card merge-bar" aria-label={t('providers.mergeTitle')}>
        <strong style={{ alignSelf: 'center' }}>{t('providers.mergeTitle')}</strong>
        <label className="field">
          {t('providers.mergeGone')}
          <select value={goneId} onChange={(e) => setGoneId(e.target.value)} data-testid="merge-gone">
            <option value="">{t('choose')}</option>
            {sorted.filter((p) => p.id !== keepId).map(option)}
          </select>
        </label>
        <label className="field">
          {t('providers.mergeKeep')}
          <select value={keepId} onChange={(e) => setKeepId(e.target.value)} data-testid="merge-keep">
            <option value="">{t('choose')}</option>
            {sorted.filter((p) => p.id !== goneId).map(option)}
          </select>
        </label>
        <button type="button" disabled={!keepId || !goneId} onClick={() => void merge()} data-testid="merge-providers">
          {t('providers.merge')}
        </button>
        <span className="muted" style={{ alignSelf: 'center', fontSize: 12 }}>
          {t('providers.mergeHint')}
        </span>
      </section>
      <div className="table-wrap">
        <table className="data registry-table" data-testid="providers-table">
          <thead>
            <tr>
              <th>{t('providers.nameKo')}</th>
              <th>{t('providers.nameEn')}</th>
              <th>{t('providers.aliases')}</th>
              <th>{t('providers.origin')}</th>
              <th>{t('providers.country')}</th>
              <th>{t('providers.kind')}</th>
              <th className="num">{t('claims')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id} data-testid={`provider-row-${p.id}`}>
                <td>{p.name.ko}</td>
                <td>{p.name.en}</td>
                <td>
                  <span className="aliases">{p.aliases.join(', ')}</span>
                </td>
                <td>{t(`origin.${p.origin}`)}</td>
                <td>{p.country}</td>
                <td>{t(`kind.${p.kind}`)}</td>
                <td className="num">{counts.claimsByProvider.get(p.id) ?? 0}</td>
                <td className="actions-cell">
                  <button type="button" onClick={() => edit(p)} data-testid="provider-edit">
                    {t('common:actions.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Dialog open={!!draft} title={draft?.id ? t('providers.editTitle') : t('providers.addTitle')} onClose={() => setDraft(null)} testId="provider-dialog">
        {draft && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <div className="form-grid">
              <label className="field">
                {t('providers.nameKo')}
                <input value={draft.ko} onChange={(e) => setDraft({ ...draft, ko: e.target.value })} data-testid="provider-name-ko" />
              </label>
              <label className="field">
                {t('providers.nameEn')}
                <input value={draft.en} onChange={(e) => setDraft({ ...draft, en: e.target.value })} data-testid="provider-name-en" />
              </label>
              <label className="field wide">
                {t('providers.aliases')}
                <textarea rows={2} value={draft.aliases} onChange={(e) => setDraft({ ...draft, aliases: e.target.value })} placeholder={t('providers.aliasesHint')} data-testid="provider-aliases" />
              </label>
              <label className="field">
                {t('providers.origin')}
                <select value={draft.origin} onChange={(e) => setDraft({ ...draft, origin: e.target.value as ProviderOrigin })} data-testid="provider-origin">
                  <option value="domestic">{t('origin.domestic')}</option>
                  <option value="foreign">{t('origin.foreign')}</option>
                </select>
              </label>
              <label className="field">
                {t('providers.country')}
                <input value={draft.country} maxLength={2} onChange={(e) => setDraft({ ...draft, country: e.target.value })} placeholder="KR, US" data-testid="provider-country" />
              </label>
              <label className="field">
                {t('providers.kind')}
                <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as ProviderKind })} data-testid="provider-kind">
                  {KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`kind.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {error && (
              <p className="error-text" role="alert">
                {error}
              </p>
            )}
            <div className="actions">
              <button type="button" onClick={() => setDraft(null)}>
                {t('common:actions.cancel')}
              </button>
              <button type="submit" className="primary" data-testid="provider-save">
                {t('common:actions.save')}
              </button>
            </div>
          </form>
        )}
      </Dialog>
    </>
  );
}
