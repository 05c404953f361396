/**
 * The import flow as a hook: pick or receive bytes, prepare them in the
 * bundle worker (with stages for the progress line), show the preview or the
 * refusal, back up, commit (in the worker too), and offer undo. Toasts come
 * only after the transaction has resolved, so the UI never reports an import
 * that did not happen.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeChoice } from '@shared/bundle/merge';
import { useServices } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { BackupBeforeImportError, ImportNotUndoableError, undoLastImport } from './commands/import-bundle';
import { storeBackup } from './commands/backups';
import { openImportSession, type ImportSession } from './bundle-client';
import type { ImportStage } from './bundle-protocol';
import { refusalOf, type Refusal } from './refusal';
import { useWriteErrorText } from './use-write-error';

/** Files whose name ends in .dossier (case-insensitive). */
export const isBundleName = (name: string) => /\.dossier$/i.test(name);

export function useImport() {
  const { t } = useTranslation('sharing');
  const { db, platform, appVersion } = useServices();
  const { notify, notifyError } = useNotify();
  const writeErrorText = useWriteErrorText();
  const [session, setSession] = useState<ImportSession | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [stage, setStage] = useState<ImportStage | null>(null);
  const [committing, setCommitting] = useState(false);

  /** Undo for one import's toast: only that import, only while it is the latest. */
  const undoFor = useCallback(
    (importId: string) => async () => {
      try {
        await undoLastImport(db, importId);
      } catch (e) {
        throw e instanceof ImportNotUndoableError ? new Error(t('undoNotLatest')) : e;
      }
    },
    [db, t],
  );

  const start = useCallback(
    async (bytes: Uint8Array, fileName: string) => {
      setRefusal(null);
      setStage('checking');
      try {
        const r = await openImportSession(db, bytes, fileName, setStage);
        if (!r.ok) setRefusal(refusalOf(fileName, r.error));
        else setSession(r.value);
      } catch (e) {
        notifyError(t('failed'), e);
      } finally {
        setStage(null);
      }
    },
    [db, notifyError, t],
  );

  const pick = useCallback(async () => {
    setStage('reading');
    let files;
    try {
      files = await platform.openFiles({ filters: [{ name: t('bundleFilter'), extensions: ['dossier'] }], multiple: false });
    } catch (e) {
      setStage(null);
      notifyError(t('failed'), e);
      return;
    }
    if (files[0]) await start(files[0].bytes, files[0].name);
    else setStage(null);
  }, [platform, start, notifyError, t]);

  const confirm = useCallback(
    async (choices: Record<string, MergeChoice>, defaultChoice: MergeChoice) => {
      if (!session) return;
      const fileName = session.preview.fileName;
      setCommitting(true);
      try {
        try {
          await storeBackup(db, platform, 'before-import', await session.backup(appVersion));
        } catch (e) {
          throw new BackupBeforeImportError(e);
        }
        const { summary, importId } = await session.commit(choices, defaultChoice);
        const added = Object.values(summary).reduce((n, s) => n + s.added + s.duplicated, 0);
        const replaced = Object.values(summary).reduce((n, s) => n + s.replaced, 0);
        session.close();
        setSession(null);
        if (importId) notify({ kind: 'success', message: t('imported', { file: fileName, added, replaced }), undo: undoFor(importId) });
        else notify({ kind: 'info', message: t('importedNothing', { file: fileName }) });
      } catch (e) {
        // The commit is one transaction: a failure leaves the library as it was. The preview stays open to try again or cancel.
        notify({ kind: 'error', message: e instanceof BackupBeforeImportError ? t('backupBeforeImportFailed', { reason: writeErrorText(e.cause) }) : t('commitFailed', { reason: writeErrorText(e) }) });
      } finally {
        setCommitting(false);
      }
    },
    [session, db, platform, appVersion, notify, undoFor, writeErrorText, t],
  );

  const cancel = useCallback(() => {
    session?.close();
    setSession(null);
  }, [session]);

  return {
    preview: session?.preview ?? null,
    refusal,
    stage,
    busy: stage !== null || committing,
    committing,
    start,
    pick,
    confirm,
    cancel,
    dismissRefusal: () => setRefusal(null),
  };
}
