/**
 * The import preview: what the file holds, what will be new, identical or in
 * conflict, the problems restore fixed or dropped, and a choice per conflict
 * (keep mine, take theirs, keep both) with a bulk choice. Nothing is written
 * until the researcher confirms.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIBRARY_TABLES } from '@shared/domain';
import type { MergeChoice, MergeItem } from '@shared/bundle/merge';
import { Dialog } from '../../app/ui/Dialog';
import type { PreparedImport } from './commands/import-bundle';

function itemLabel(item: MergeItem): string {
  const r = item.incoming as unknown as Record<string, unknown>;
  const name = r.title ?? r.name ?? r.statement ?? (r.target as { quote?: { exact?: string } } | undefined)?.quote?.exact ?? item.incoming.id;
  if (name && typeof name === 'object') {
    const n = name as { ko?: string; en?: string };
    return n.en || n.ko || item.incoming.id;
  }
  return String(name).slice(0, 120);
}

export function ImportDialog({
  prepared,
  onCancel,
  onConfirm,
  busy,
}: {
  prepared: PreparedImport;
  onCancel: () => void;
  onConfirm: (choices: Record<string, MergeChoice>, defaultChoice: MergeChoice) => void;
  busy: boolean;
}) {
  const { t } = useTranslation('sharing');
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const [bulk, setBulk] = useState<MergeChoice>('mine');
  const conflicts = prepared.plan.items.filter((i) => i.status === 'conflict');
  const { manifest, problems } = prepared.opened;

  return (
    <Dialog open title={t('preview.title', { file: prepared.fileName })} onClose={onCancel} testId="import-preview" wide>
      <p className="muted">
        {t('preview.from', { by: manifest.exportedBy || t('preview.unknown'), at: manifest.exportedAt.slice(0, 16).replace('T', ' '), version: manifest.appVersion })}
      </p>
      <table className="data" data-testid="import-summary">
        <thead>
          <tr>
            <th>{t('preview.table')}</th>
            <th>{t('preview.new')}</th>
            <th>{t('preview.identical')}</th>
            <th>{t('preview.conflicts')}</th>
          </tr>
        </thead>
        <tbody>
          {LIBRARY_TABLES.map((tb) => (
            <tr key={tb} data-testid={`summary-${tb}`}>
              <td>{t(`tables.${tb}`)}</td>
              <td className="num">{prepared.summary[tb].new}</td>
              <td className="num">{prepared.summary[tb].identical}</td>
              <td className="num">{prepared.summary[tb].conflicts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > 0 && (
        <details style={{ marginTop: 10 }} data-testid="import-problems">
          <summary>{t('preview.problems', { count: problems.length })}</summary>
          <ul style={{ maxHeight: 160, overflow: 'auto' }}>
            {problems.slice(0, 500).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message} <span className="muted">({t(`severity.${p.severity}`)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {conflicts.length > 0 && (
        <section style={{ marginTop: 10 }}>
          <div className="toolbar">
            <h2 className="grow" style={{ margin: 0 }}>
              {t('preview.conflictTitle', { count: conflicts.length })}
            </h2>
            <label>
              {t('preview.bulk')}{' '}
              <select
                value={bulk}
                onChange={(e) => {
                  setBulk(e.target.value as MergeChoice);
                  setChoices({});
                }}
                data-testid="import-bulk-choice"
              >
                {(['mine', 'theirs', 'both'] as const).map((c) => (
                  <option key={c} value={c}>
                    {t(`choices.${c}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <ul style={{ listStyle: 'none', padding: 0, maxHeight: 260, overflow: 'auto' }} data-testid="import-conflicts">
            {conflicts.map((item) => (
              <li key={item.key} className="card" style={{ padding: 8, marginBottom: 6 }} data-testid="import-conflict">
                <div>
                  <span className="badge">{t(`tables.${item.table}`)}</span> {itemLabel(item)}
                </div>
                <fieldset style={{ border: 0, padding: 0, display: 'flex', gap: 12 }}>
                  <legend className="sr-only">{t('preview.choose')}</legend>
                  {item.choices.map((c) => (
                    <label key={c}>
                      <input type="radio" name={item.key} checked={(choices[item.key] ?? (item.choices.includes(bulk) ? bulk : 'mine')) === c} onChange={() => setChoices((x) => ({ ...x, [item.key]: c }))} data-testid={`choice-${c}`} /> {t(`choices.${c}`)}
                    </label>
                  ))}
                </fieldset>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => onConfirm(choices, bulk)} data-testid="import-confirm">
          {t('preview.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
