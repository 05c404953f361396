/** Settings panel: the last import still undoable, with an Undo button (the same command as the toast's Undo). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { lastImport, undoLastImport } from './commands/import-bundle';
import { useWriteErrorText } from './use-write-error';

export function ImportHistoryPanel() {
  const { t } = useTranslation('sharing');
  const { db } = useServices();
  const { notify } = useNotify();
  const writeErrorText = useWriteErrorText();
  // useLiveQuery gives undefined while loading; the query itself gives null when there is no import.
  const last = useLiveQuery(async () => (await lastImport(db)) ?? null, [db]);
  const [busy, setBusy] = useState(false);

  async function undo() {
    setBusy(true);
    try {
      const undone = await undoLastImport(db);
      if (undone) notify({ kind: 'success', message: t('history.undone', { file: undone.fileName }) });
    } catch (e) {
      notify({ kind: 'error', message: t('history.undoFailed', { reason: writeErrorText(e) }) });
    } finally {
      setBusy(false);
    }
  }

  const count = (r: Partial<Record<string, unknown[]>>) => Object.values(r).reduce((n, x) => n + (x?.length ?? 0), 0);
  return (
    <section className="card" data-testid="import-history">
      <div className="toolbar">
        <h2 className="grow" style={{ margin: 0 }}>
          {t('history.title')}
        </h2>
        <button type="button" onClick={() => void undo()} disabled={busy || !last} data-testid="undo-last-import">
          {t('history.undo')}
        </button>
      </div>
      {last === undefined ? (
        <p className="muted">{t('common:loading')}</p>
      ) : last === null ? (
        <p className="muted" data-testid="import-history-none">
          {t('history.none')}
        </p>
      ) : (
        <p data-testid="import-history-last">
          {t('history.last', { file: last.fileName, at: new Date(last.at).toLocaleString(), created: count(last.created), replaced: count(last.before) })}
        </p>
      )}
    </section>
  );
}
