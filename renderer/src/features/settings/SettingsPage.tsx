/** Settings: language, the author name written on claims and exports, sharing, import undo, backups, storage, and app facts. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Lang } from '@shared/domain';
import type { AppInfo } from '@shared/ipc';
import { useDb, usePlatform } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { LANGS } from '../../app/i18n';
import { getSetting, setSetting } from '../../db/repositories/settings';
import { BackupsPanel } from '../sharing/BackupsPanel';
import { ImportHistoryPanel } from '../sharing/ImportHistoryPanel';
import { ShareButton } from '../sharing/ShareDialog';
import { StoragePanel } from './StoragePanel';

export function SettingsPage() {
  const { t, i18n } = useTranslation('settings');
  const db = useDb();
  const platform = usePlatform();
  const { notify, notifyError } = useNotify();
  const storedAuthor = useLiveQuery(async () => (await getSetting(db, 'author')) ?? '', [db]);
  const [author, setAuthor] = useState<string | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    void platform.appInfo().then(setInfo);
  }, [platform]);

  async function changeLanguage(lang: Lang) {
    try {
      await setSetting(db, 'language', lang);
      await i18n.changeLanguage(lang);
    } catch (e) {
      notifyError(t('errors.saveFailed'), e);
    }
  }

  async function saveAuthor() {
    try {
      await setSetting(db, 'author', (author ?? '').trim());
      notify({ kind: 'success', message: t('saved') });
      setAuthor(null);
    } catch (e) {
      notifyError(t('errors.saveFailed'), e);
    }
  }

  return (
    <div className="page" style={{ maxWidth: 860 }}>
      <h1>{t('title')}</h1>
      <section className="card">
        <h2 style={{ marginTop: 0 }}>{t('general')}</h2>
        <div className="form-grid">
          <label className="field">
            {t('language')}
            <select value={i18n.language} onChange={(e) => void changeLanguage(e.target.value as Lang)} data-testid="settings-language">
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('author')}
            <span style={{ display: 'flex', gap: 6 }}>
              <input value={author ?? storedAuthor ?? ''} onChange={(e) => setAuthor(e.target.value)} data-testid="settings-author" style={{ flex: 1 }} />
              <button type="button" onClick={() => void saveAuthor()} disabled={author === null} data-testid="settings-author-save">
                {t('common:actions.save')}
              </button>
            </span>
            <span className="muted">{t('authorHint')}</span>
          </label>
        </div>
      </section>
      <section className="card" data-testid="share-panel">
        <div className="toolbar">
          <h2 className="grow" style={{ margin: 0 }}>
            {t('share.title')}
          </h2>
          <ShareButton className="primary" />
        </div>
        <p className="muted">{t('share.explain')}</p>
      </section>
      <ImportHistoryPanel />
      <BackupsPanel />
      <StoragePanel />
      <section className="card">
        <h2 style={{ marginTop: 0 }}>{t('about')}</h2>
        {info && (
          <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 }}>
            <dt className="muted">{t('version')}</dt>
            <dd style={{ margin: 0 }}>{info.version}</dd>
            <dt className="muted">{t('shell')}</dt>
            <dd style={{ margin: 0 }}>{t(`shells.${info.shell}`)}</dd>
            <dt className="muted">{t('backupsLocation')}</dt>
            <dd style={{ margin: 0 }}>{info.backupsLocation}</dd>
          </dl>
        )}
      </section>
    </div>
  );
}
