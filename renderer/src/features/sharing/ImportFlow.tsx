/**
 * Renders whatever state an import is in: the progress line while the worker
 * reads the file, the refusal when it is refused, the preview when it is
 * ready. Give it the `useImport()` of the component that starts imports.
 */
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/ui/Dialog';
import { IMPORT_STAGES } from './bundle-protocol';
import { ImportDialog } from './ImportDialog';
import type { useImport } from './use-import';
import './sharing.css';

export function ImportFlow({ imp }: { imp: ReturnType<typeof useImport> }) {
  const { t } = useTranslation('sharing');
  const { stage, refusal, preview } = imp;
  return (
    <>
      {stage && stage !== 'reading' && (
        <div className="bundle-progress toast" role="status" data-testid="bundle-progress" style={{ position: 'fixed', bottom: 16, left: 16, zIndex: 50 }}>
          <progress max={IMPORT_STAGES.length} value={IMPORT_STAGES.indexOf(stage) + 1} />
          <span>{t(`stages.${stage}`)}</span>
        </div>
      )}
      {refusal && (
        <Dialog open title={t('refusal.title', { file: refusal.fileName })} onClose={imp.dismissRefusal} testId="import-refused">
          <p className="refusal-reason" data-testid="refusal-reason">
            {t(`refusal.${refusal.reason}`, { version: refusal.fileVersion ?? '?', supported: refusal.supportedVersion })}
          </p>
          <p className="muted">{t('refusal.unchanged')}</p>
          <details className="refusal-detail">
            <summary>{t('refusal.details')}</summary>
            <p data-testid="refusal-detail">{refusal.detail}</p>
          </details>
          <div className="actions">
            <button type="button" className="primary" onClick={imp.dismissRefusal} data-testid="refusal-close">
              {t('common:actions.close')}
            </button>
          </div>
        </Dialog>
      )}
      {preview && <ImportDialog preview={preview} busy={imp.committing} onCancel={imp.cancel} onConfirm={(c, d) => void imp.confirm(c, d)} />}
    </>
  );
}
