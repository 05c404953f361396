/**
 * Settings panel: automatic backups listed newest first, back up now,
 * download one (in the browser backups live in IndexedDB, so a download is
 * the copy that survives clearing site data), restore (undoable: a backup of
 * the library is taken first), how many to keep.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '@shared/ipc';
import { useServices } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { DEFAULT_SETTINGS, getSetting, setSetting } from '../../db/repositories/settings';
import { pruneBackups, restoreBackup, writeBackup } from './commands/backups';
import { BUNDLE_FILTER } from './commands/export-bundle';
import { backupBytesOffThread, replaceOffThread } from './bundle-client';
import { useWriteErrorText } from './use-write-error';
import { onBackupsChanged } from './backup-events';
import './sharing.css';

const REASONS = ['before-import', 'before-restore', 'daily', 'manual'] as const;

/** The reason a backup was written, read back from its name. */
export function backupReason(name: string): (typeof REASONS)[number] | 'other' {
  return REASONS.find((r) => name.endsWith(`-${r}.dossier`)) ?? 'other';
}

export function BackupsPanel() {
  const { t } = useTranslation('sharing');
  const { db, platform, appVersion } = useServices();
  const { notify, notifyError } = useNotify();
  const writeErrorText = useWriteErrorText();
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
    let live = true;
    platform.backups.list().then(
      (l) => live && setList(l),
      (e: unknown) => {
        notifyError(t('backups.listFailed'), e);
        if (live) setList([]);
      },
    );
    void getSetting(db, 'backupKeep').then((k) => live && k && setKeep(k));
    const off = onBackupsChanged(() => void refresh());
    return () => {
      live = false;
      off();
    };
  }, [platform, db, notifyError, t, refresh]);

  async function backupNow() {
    setBusy(true);
    try {
      await writeBackup(db, platform, appVersion, 'manual', backupBytesOffThread);
      notify({ kind: 'success', message: t('backups.written') });
    } catch (e) {
      notify({ kind: 'error', message: t('backups.writeFailedReason', { reason: writeErrorText(e) }) });
    } finally {
      await refresh();
      setBusy(false);
    }
  }

  async function restore(name: string) {
    setBusy(true);
    try {
      const safety = await restoreBackup(db, platform, appVersion, name, backupBytesOffThread, replaceOffThread);
      notify({
        kind: 'success',
        message: t('backups.restored', { name }),
        // Runs from the toast even after this panel is gone: the list follows through onBackupsChanged.
        undo: async () => {
          await restoreBackup(db, platform, appVersion, safety.name, backupBytesOffThread, replaceOffThread);
        },
      });
    } catch (e) {
      notify({ kind: 'error', message: t('backups.restoreFailedReason', { reason: writeErrorText(e) }) });
    } finally {
      await refresh();
      setBusy(false);
    }
  }

  async function download(name: string) {
    try {
      const data = await platform.backups.read(name);
      await platform.saveFile({ suggestedName: name, filters: [BUNDLE_FILTER], data });
    } catch (e) {
      notifyError(t('backups.downloadFailed'), e);
    }
  }

  async function saveKeep(n: number) {
    setKeep(n);
    try {
      await setSetting(db, 'backupKeep', n);
      await pruneBackups(db, platform);
    } catch (e) {
      notify({ kind: 'error', message: t('backups.keepFailed', { reason: writeErrorText(e) }) });
    }
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
          <input
            type="number"
            min={1}
            max={100}
            value={keep}
            onChange={(e) => void saveKeep(Math.max(1, Math.min(100, Number(e.target.value) || 1)))}
            style={{ width: 70 }}
            data-testid="backup-keep"
          />
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
        <ul className="backup-list" data-testid="backup-list">
          {list.map((b) => (
            <li key={b.name} className="toolbar" data-testid="backup-item" data-reason={backupReason(b.name)}>
              <span className="grow">
                {new Date(b.createdAt).toLocaleString()} <span className="badge">{t(`backups.reasons.${backupReason(b.name)}`)}</span>{' '}
                <span className="muted">{(b.size / 1024).toFixed(1)} KB</span>
              </span>
              <button type="button" onClick={() => void download(b.name)} disabled={busy} data-testid="backup-download">
                {t('backups.download')}
              </button>
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
