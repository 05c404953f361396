/** Settings panel: automatic backups listed newest first, back up now, restore (undoable), how many to keep. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '@shared/ipc';
import { useServices } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { DEFAULT_SETTINGS, getSetting, setSetting } from '../../db/repositories/settings';
import { pruneBackups, restoreBackup, writeBackup } from './commands/backups';

export function BackupsPanel() {
  const { t } = useTranslation('sharing');
  const { db, platform, appVersion } = useServices();
  const { notify, notifyError } = useNotify();
  const [list, setList] = useState<BackupEntry[] | null>(null);
  const [keep, setKeep] = useState<number>(DEFAULT_SETTINGS.backupKeep);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setList(await platform.backups.list());
    } catch (e) {
      notifyError(t('backups.listFailed'), e);
      setList([]);
    }
  }, [platform, notifyError, t]);

  useEffect(() => {
    void refresh();
    void getSetting(db, 'backupKeep').then((k) => k && setKeep(k));
  }, [refresh, db]);

  async function backupNow() {
    setBusy(true);
    try {
      await writeBackup(db, platform, appVersion, 'manual');
      notify({ kind: 'success', message: t('backups.written') });
      await refresh();
    } catch (e) {
      notifyError(t('backups.writeFailed'), e);
    } finally {
      setBusy(false);
    }
  }

  async function restore(name: string) {
    setBusy(true);
    try {
      const safety = await restoreBackup(db, platform, appVersion, name);
      await refresh();
      notify({
        kind: 'success',
        message: t('backups.restored', { name }),
        undo: async () => {
          await restoreBackup(db, platform, appVersion, safety.name);
          await refresh();
        },
      });
    } catch (e) {
      notifyError(t('backups.restoreFailed'), e);
    } finally {
      setBusy(false);
    }
  }

  async function saveKeep(n: number) {
    setKeep(n);
    await setSetting(db, 'backupKeep', n);
    await pruneBackups(db, platform);
    await refresh();
  }

  return (
    <section className="card" data-testid="backups-panel">
      <div className="toolbar">
        <h2 className="grow" style={{ margin: 0 }}>
          {t('backups.title')}
        </h2>
        <label>
          {t('backups.keep')}{' '}
          <input type="number" min={1} max={100} value={keep} onChange={(e) => void saveKeep(Math.max(1, Math.min(100, Number(e.target.value) || 1)))} style={{ width: 70 }} />
        </label>
        <button type="button" onClick={() => void backupNow()} disabled={busy} data-testid="backup-now">
          {t('backups.now')}
        </button>
      </div>
      <p className="muted">{t('backups.explain')}</p>
      {list === null ? (
        <p className="muted">{t('common:loading')}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('backups.none')}</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="backup-list">
          {list.map((b) => (
            <li key={b.name} className="toolbar" style={{ padding: '4px 0', borderBottom: '1px solid var(--border)' }}>
              <span className="grow">
                {b.createdAt.slice(0, 19).replace('T', ' ')} <span className="muted">· {b.name} · {(b.size / 1024).toFixed(1)} KB</span>
              </span>
              <button type="button" onClick={() => void restore(b.name)} disabled={busy} data-testid="backup-restore">
                {t('backups.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
