/**
 * Chooses, orders and hides the columns of the compare table (attributes, or
 * providers when transposed), and pins the first column. Ordering by buttons
 * rather than drag only, so it works from the keyboard.
 */
import { useTranslation } from 'react-i18next';
import type { Id } from '@shared/domain';
import type { AxisState } from './compare-view';

export interface ColumnChooserProps {
  /** Every column candidate, in current display order, visible or not. */
  items: { id: Id; label: string }[];
  axis: AxisState;
  onChange: (axis: AxisState) => void;
  pinned: boolean;
  onPinnedChange: (pinned: boolean) => void;
  transposed: boolean;
}

export function ColumnChooser({ items, axis, onChange, pinned, onPinnedChange, transposed }: ColumnChooserProps) {
  const { t } = useTranslation('compare');
  const shown = items.filter((it) => axis.visibility[it.id] !== false).length;

  function move(index: number, to: number) {
    if (to < 0 || to >= items.length) return;
    const ids = items.map((it) => it.id);
    const [id] = ids.splice(index, 1);
    ids.splice(to, 0, id!);
    // Keep ids of the other axis at the front of the order: they are not listed here.
    const others = axis.order.filter((x) => !ids.includes(x));
    onChange({ ...axis, order: [...others, ...ids] });
  }

  function setVisible(id: Id, visible: boolean) {
    const visibility = { ...axis.visibility };
    if (visible) delete visibility[id];
    else visibility[id] = false;
    onChange({ ...axis, visibility });
  }

  function setAll(visible: boolean) {
    const visibility = { ...axis.visibility };
    for (const it of items) {
      if (visible) delete visibility[it.id];
      else visibility[it.id] = false;
    }
    onChange({ ...axis, visibility });
  }

  return (
    <details className="popover" data-testid="column-chooser">
      <summary>
        {t('columns.button', { shown, total: items.length })}
      </summary>
      <div className="popover-body card">
        <label>
          <input type="checkbox" checked={pinned} onChange={(e) => onPinnedChange(e.target.checked)} data-testid="pin-axis" /> {transposed ? t('columns.pinAttribute') : t('columns.pinProvider')}
        </label>
        <div className="toolbar">
          <button type="button" onClick={() => setAll(true)}>
            {t('columns.showAll')}
          </button>
          <button type="button" onClick={() => setAll(false)}>
            {t('columns.hideAll')}
          </button>
        </div>
        <ol className="column-list">
          {items.map((it, i) => (
            <li key={it.id}>
              <label className="grow">
                <input type="checkbox" checked={axis.visibility[it.id] !== false} onChange={(e) => setVisible(it.id, e.target.checked)} data-testid="column-visible" /> {it.label}
              </label>
              <button type="button" className="ghost" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={t('columns.moveEarlier', { name: it.label })}>
                ↑
              </button>
              <button type="button" className="ghost" onClick={() => move(i, i + 1)} disabled={i === items.length - 1} aria-label={t('columns.moveLater', { name: it.label })}>
                ↓
              </button>
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
