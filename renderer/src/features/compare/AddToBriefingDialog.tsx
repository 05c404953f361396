/**
 * Adds the comparison on screen (or its chart) to a briefing: pick an existing
 * briefing or name a new one. The section stores the view, so the briefing
 * shows the library's current evidence when printed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { href } from '../../app/router';
import { Dialog } from '../../app/ui/Dialog';
import { getSetting } from '../../db/repositories/settings';
import { addToBriefing, type CompareSectionInput } from './commands/add-to-briefing';

export interface AddToBriefingDialogProps {
  open: boolean;
  onClose: () => void;
  /** The table as a section; always offered. */
  table: CompareSectionInput;
  /** The chart as a section, when one is shown. */
  chart: CompareSectionInput | null;
}

export function AddToBriefingDialog({ open, onClose, table, chart }: AddToBriefingDialogProps) {
  const { t } = useTranslation('compare');
  const db = useDb();
  const { notify, notifyError } = useNotify();
  const briefings = useLiveQuery(() => db.briefings.orderBy('updatedAt').reverse().toArray(), [db]);
  const [target, setTarget] = useState<string>('new');
  const [newTitle, setNewTitle] = useState('');
  const [what, setWhat] = useState<'table' | 'chart'>('table');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);

  async function add() {
    setBusy(true);
    try {
      const input = what === 'chart' && chart ? chart : table;
      const author = (await getSetting(db, 'author')) ?? '';
      const { briefing, undo } = await addToBriefing(db, target === 'new' ? { newTitle, author } : { briefingId: target }, { ...input, title: title || input.title });
      notify({ kind: 'success', message: t('addToBriefing.done', { title: briefing.title || t('addToBriefing.untitled') }), undo });
      onClose();
      window.location.hash = href('briefings', briefing.id).slice(1);
    } catch (e) {
      notifyError(t('errors.saveFailed'), e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} title={t('addToBriefing.title')} onClose={onClose} testId="add-to-briefing-dialog">
      <div className="form-grid">
        <fieldset className="wide">
          <legend>{t('addToBriefing.what')}</legend>
          <label>
            <input type="radio" name="what" checked={what === 'table'} onChange={() => setWhat('table')} data-testid="add-what-table" /> {t('addToBriefing.table')}
          </label>{' '}
          <label>
            <input type="radio" name="what" checked={what === 'chart'} onChange={() => setWhat('chart')} disabled={!chart} data-testid="add-what-chart" /> {t('addToBriefing.chart')}
          </label>
        </fieldset>
        <label className="field wide">
          {t('addToBriefing.sectionTitle')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={(what === 'chart' && chart ? chart : table).title} data-testid="add-section-title" />
        </label>
        <label className="field wide">
          {t('addToBriefing.target')}
          <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="add-target">
            <option value="new">{t('addToBriefing.newBriefing')}</option>
            {(briefings ?? []).map((b) => (
              <option key={b.id} value={b.id}>
                {b.title || t('addToBriefing.untitled')}
              </option>
            ))}
          </select>
        </label>
        {target === 'new' && (
          <label className="field wide">
            {t('addToBriefing.newTitle')}
            <input value={newTitle} onChange={(e) => setNewTitle(e.target.value)} data-testid="add-new-title" />
          </label>
        )}
      </div>
      <div className="toolbar" style={{ justifyContent: 'flex-end', marginTop: 12 }}>
        <button type="button" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => void add()} disabled={busy} data-testid="add-confirm">
          {t('addToBriefing.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
