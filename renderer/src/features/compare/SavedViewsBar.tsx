/** Load, save and delete named compare views (the `savedViews` table). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CompareView, SavedView } from '@shared/domain';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { deleteView, saveView } from './commands/saved-views';

export interface SavedViewsBarProps {
  /** The view on screen, computed when the user saves. */
  current: () => CompareView;
  onLoad: (view: SavedView) => void;
}

export function SavedViewsBar({ current, onLoad }: SavedViewsBarProps) {
  const { t } = useTranslation('compare');
  const db = useDb();
  const { notify, notifyError } = useNotify();
  const views = useLiveQuery(() => db.savedViews.orderBy('name').toArray(), [db]);
  const [selected, setSelected] = useState('');
  const [naming, setNaming] = useState<string | null>(null);

  async function save() {
    if (naming === null) return;
    try {
      const { saved, undo } = await saveView(db, naming, current());
      setSelected(saved.id);
      setNaming(null);
      notify({ kind: 'success', message: t('views.saved', { name: saved.name }), undo });
    } catch (e) {
      notifyError(t('errors.saveFailed'), e);
    }
  }

  async function remove() {
    const view = views?.find((v) => v.id === selected);
    if (!view) return;
    try {
      const undo = await deleteView(db, view.id);
      setSelected('');
      notify({ kind: 'info', message: t('views.deleted', { name: view.name }), undo });
    } catch (e) {
      notifyError(t('errors.saveFailed'), e);
    }
  }

  return (
    <div className="toolbar saved-views" data-testid="saved-views">
      <label>
        {t('views.label')}{' '}
        <select
          value={selected}
          onChange={(e) => {
            setSelected(e.target.value);
            const v = views?.find((x) => x.id === e.target.value);
            if (v) onLoad(v);
          }}
          data-testid="saved-view-select"
        >
          <option value="">{t('views.none')}</option>
          {(views ?? []).map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </label>
      {naming === null ? (
        <button type="button" onClick={() => setNaming(views?.find((v) => v.id === selected)?.name ?? '')} data-testid="save-view">
          {t('views.save')}
        </button>
      ) : (
        <form
          className="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <input value={naming} onChange={(e) => setNaming(e.target.value)} placeholder={t('views.namePlaceholder')} aria-label={t('views.name')} autoFocus data-testid="view-name" />
          <button type="submit" className="primary" disabled={!naming.trim()} data-testid="view-name-confirm">
            {t('common:actions.save')}
          </button>
          <button type="button" onClick={() => setNaming(null)}>
            {t('common:actions.cancel')}
          </button>
        </form>
      )}
      <button type="button" className="ghost danger" onClick={() => void remove()} disabled={!selected} data-testid="delete-view">
        {t('views.delete')}
      </button>
    </div>
  );
}
