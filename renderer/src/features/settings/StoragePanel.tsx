/** Settings panel: storage used and free, whether it is persistent, and a button to ask for persistence. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, requestPersistentStorage, storageFacts, type StorageFacts } from '../sharing/storage';
import '../sharing/sharing.css';

export function StoragePanel() {
  const { t } = useTranslation('settings');
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  const [asked, setAsked] = useState(false);

  const refresh = useCallback(async () => setFacts(await storageFacts()), []);
  useEffect(() => {
    let live = true;
    void storageFacts().then((f) => live && setFacts(f));
    return () => {
      live = false;
    };
  }, []);

  async function ask() {
    await requestPersistentStorage();
    setAsked(true);
    await refresh();
  }

  const used = facts?.usage ?? null;
  const quota = facts?.quota ?? null;
  return (
    <section className="card" data-testid="storage-panel">
      <div className="toolbar">
        <h2 className="grow" style={{ margin: 0 }}>
          {t('storage.title')}
        </h2>
        <button type="button" onClick={() => void refresh()} data-testid="storage-refresh">
          {t('storage.refresh')}
        </button>
      </div>
      {!facts ? (
        <p className="muted">{t('common:loading')}</p>
      ) : (
        <>
          {used !== null && quota !== null && quota > 0 && <progress className="storage-meter" max={quota} value={used} aria-label={t('storage.used')} />}
          <dl className="storage-kv">
            <dt>{t('storage.used')}</dt>
            <dd data-testid="storage-used">{used === null ? t('storage.unknown') : formatBytes(used)}</dd>
            <dt>{t('storage.free')}</dt>
            <dd data-testid="storage-free">{used === null || quota === null ? t('storage.unknown') : formatBytes(Math.max(0, quota - used))}</dd>
            <dt>{t('storage.persistent')}</dt>
            <dd data-testid="storage-persistent">
              {facts.persisted === null ? t('storage.unknown') : facts.persisted ? t('storage.persistentYes') : t('storage.persistentNo')}
              {facts.persisted === false && (
                <>
                  {' '}
                  <button type="button" onClick={() => void ask()} data-testid="storage-persist">
                    {t('storage.ask')}
                  </button>
                </>
              )}
            </dd>
          </dl>
          {facts.persisted === false && <p className="muted">{asked ? t('storage.denied') : t('storage.explain')}</p>}
        </>
      )}
    </section>
  );
}
