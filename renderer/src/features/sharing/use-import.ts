/** The import flow as a hook: pick or receive bytes, preview, commit, offer undo. */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeChoice } from '@shared/bundle/merge';
import { useServices } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { commitImport, prepareImport, undoLastImport, type PreparedImport } from './commands/import-bundle';

export function useImport() {
  const { t } = useTranslation('sharing');
  const { db, platform, appVersion } = useServices();
  const { notify, notifyError } = useNotify();
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [busy, setBusy] = useState(false);

  const start = useCallback(
    async (bytes: Uint8Array, fileName: string) => {
      setBusy(true);
      try {
        const r = await prepareImport(db, bytes, fileName);
        if (!r.ok) notify({ kind: 'error', message: t('refused', { file: fileName, reason: r.error.message }) });
        else setPrepared(r.value);
      } catch (e) {
        notifyError(t('failed'), e);
      } finally {
        setBusy(false);
      }
    },
    [db, notify, notifyError, t],
  );

  const pick = useCallback(async () => {
    const files = await platform.openFiles({ filters: [{ name: t('bundleFilter'), extensions: ['dossier'] }], multiple: false });
    if (files[0]) await start(files[0].bytes, files[0].name);
  }, [platform, start, t]);

  const confirm = useCallback(
    async (choices: Record<string, MergeChoice>, defaultChoice: MergeChoice) => {
      if (!prepared) return;
      setBusy(true);
      try {
        const { summary } = await commitImport(db, prepared, choices, defaultChoice, platform, appVersion);
        const added = Object.values(summary).reduce((n, s) => n + s.added + s.duplicated, 0);
        const replaced = Object.values(summary).reduce((n, s) => n + s.replaced, 0);
        setPrepared(null);
        notify({
          kind: 'success',
          message: t('imported', { file: prepared.fileName, added, replaced }),
          undo: async () => {
            await undoLastImport(db);
          },
        });
      } catch (e) {
        // The commit is one transaction: a failure leaves the library as it was.
        notifyError(t('failed'), e);
      } finally {
        setBusy(false);
      }
    },
    [prepared, db, platform, appVersion, notify, notifyError, t],
  );

  return { prepared, busy, start, pick, confirm, cancel: () => setPrepared(null) };
}
