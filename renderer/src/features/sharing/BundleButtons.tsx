/** Library toolbar buttons: export the library as a bundle, import a bundle (with preview). */
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { exportLibraryBundle } from './commands/export-bundle';
import { ImportDialog } from './ImportDialog';
import { useImport } from './use-import';

export function BundleButtons() {
  const { t } = useTranslation('sharing');
  const { db, platform, appVersion } = useServices();
  const { notify, notifyError } = useNotify();
  const imp = useImport();

  async function exportAll() {
    try {
      const saved = await exportLibraryBundle(db, platform, appVersion);
      if (saved) notify({ kind: 'success', message: t('exported', { name: saved.name }) });
    } catch (e) {
      notifyError(t('exportFailed'), e);
    }
  }

  return (
    <>
      <button type="button" onClick={() => void exportAll()} data-testid="export-bundle">
        {t('export')}
      </button>
      <button type="button" onClick={() => void imp.pick()} disabled={imp.busy} data-testid="import-bundle">
        {t('import')}
      </button>
      {imp.prepared && <ImportDialog prepared={imp.prepared} busy={imp.busy} onCancel={imp.cancel} onConfirm={(c, d) => void imp.confirm(c, d)} />}
    </>
  );
}
