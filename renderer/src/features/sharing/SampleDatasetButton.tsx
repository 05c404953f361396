/**
 * Loads the bundled sample dataset (resources/sample/sample.dossier) through the
 * same import pipeline as any shared file, so the sample proves the pipeline.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import sampleUrl from '../../../../resources/sample/sample.dossier?url';
import { useServices } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { commitImport, prepareImport } from './commands/import-bundle';

export function SampleDatasetButton() {
  const { t } = useTranslation('sharing');
  const { db } = useServices();
  const { notify, notifyError } = useNotify();
  const [busy, setBusy] = useState(false);

  async function load() {
    setBusy(true);
    try {
      const res = await fetch(sampleUrl);
      if (!res.ok) throw new Error(`sample.dossier: HTTP ${res.status}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const prepared = await prepareImport(db, bytes, 'sample.dossier');
      if (!prepared.ok) throw new Error(prepared.error.message);
      await commitImport(db, prepared.value, {}, 'mine');
      notify({ kind: 'success', message: t('sampleLoaded') });
    } catch (e) {
      notifyError(t('sampleFailed'), e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className="primary" onClick={() => void load()} disabled={busy} data-testid="load-sample">
      {t('loadSample')}
    </button>
  );
}
