/** Library toolbar buttons: export the library as a bundle, import a bundle (worker, progress, preview or refusal). */
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { exportLibraryBundle } from './commands/export-bundle';
import { ImportFlow } from './ImportFlow';
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
      <ImportFlow imp={imp} />
    </>
  );
}
