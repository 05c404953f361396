/**
 * The import preview: what the file holds, what will be new, identical or in
 * conflict, the problems restore fixed or dropped (each with its place), and
 * a choice per conflict (keep mine, take theirs, keep both) with a bulk
 * choice. Nothing is written until the researcher confirms.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIBRARY_TABLES } from '@shared/domain';
import type { MergeChoice, MergeItem } from '@shared/bundle/merge';
import { Dialog } from '../../app/ui/Dialog';
import type { ImportPreview } from './bundle-protocol';
import { fieldDiffs } from './conflict-diff';
import './sharing.css';

/** Conflicts rendered one by one; the rest follow the bulk choice (a list of thousands helps nobody). */
const SHOWN_CONFLICTS = 200;

function itemLabel(item: MergeItem): string {
  const r = item.incoming as unknown as Record<string, unknown>;
  const name = r.title ?? r.name ?? r.statement ?? (r.target as { quote?: { exact?: string } } | undefined)?.quote?.exact ?? item.incoming.id;
  if (name && typeof name === 'object') {
    const n = name as { ko?: string; en?: string };
    return n.en || n.ko || item.incoming.id;
  }
  return String(name).slice(0, 120) || item.incoming.id;
}

/** Claim status and confidence read in the UI language (other values are shown as they are). */
function useValueText() {
  const { t } = useTranslation('claims');
  return (field: string, v: string) => (field === 'status' || field === 'confidence' ? t(`${field}.${v}`, { defaultValue: v }) : v);
}

export function ImportDialog({
  preview,
  onCancel,
  onConfirm,
  busy,
}: {
  preview: ImportPreview;
  onCancel: () => void;
  onConfirm: (choices: Record<string, MergeChoice>, defaultChoice: MergeChoice) => void;
  busy: boolean;
}) {
  const { t } = useTranslation('sharing');
  const valueText = useValueText();
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const [bulk, setBulk] = useState<MergeChoice>('mine');
  const { manifest, problems, conflicts, summary } = preview;
  const total = LIBRARY_TABLES.reduce((n, tb) => n + summary[tb].new + summary[tb].identical + summary[tb].conflicts, 0);
  const nothingNew = LIBRARY_TABLES.every((tb) => summary[tb].new === 0 && summary[tb].conflicts === 0);
  const effective = (item: MergeItem): MergeChoice => choices[item.key] ?? (item.choices.includes(bulk) ? bulk : 'mine');

  return (
    <Dialog open title={t('preview.title', { file: preview.fileName })} onClose={onCancel} testId="import-preview" wide>
      <p className="muted" style={{ marginTop: 0 }}>
        {t('preview.from', { by: manifest.exportedBy || t('preview.unknown'), at: manifest.exportedAt.slice(0, 16).replace('T', ' '), version: manifest.appVersion })}
        {manifest.selection ? ` ${t('preview.selection', { selection: manifest.selection })}` : ''}
      </p>
      <table className="data import-summary" data-testid="import-summary">
        <thead>
          <tr>
            <th>{t('preview.table')}</th>
            <th className="num">{t('preview.new')}</th>
            <th className="num">{t('preview.identical')}</th>
            <th className="num">{t('preview.conflicts')}</th>
          </tr>
        </thead>
        <tbody>
          {LIBRARY_TABLES.map((tb) => (
            <tr key={tb} data-testid={`summary-${tb}`}>
              <td>{t(`tables.${tb}`)}</td>
              <td className="num">{summary[tb].new}</td>
              <td className="num">{summary[tb].identical}</td>
              <td className={`num${summary[tb].conflicts ? ' has-conflicts' : ''}`}>{summary[tb].conflicts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total === 0 ? <p data-testid="import-empty">{t('preview.empty')}</p> : nothingNew ? <p data-testid="import-nothing-new">{t('preview.nothingNew')}</p> : null}
      {problems.length > 0 && (
        <details className="import-problems" style={{ marginTop: 10 }} data-testid="import-problems">
          <summary>{t('preview.problems', { count: problems.length })}</summary>
          <ul>
            {problems.slice(0, 500).map((p, i) => (
              <li key={i} data-testid="import-problem">
                <code>{p.path}</code>: {p.message} <span className="muted">({t(`severity.${p.severity}`)})</span>
              </li>
            ))}
            {problems.length > 500 && <li className="muted">{t('preview.moreProblems', { count: problems.length - 500 })}</li>}
          </ul>
        </details>
      )}
      {conflicts.length > 0 && (
        <section style={{ marginTop: 12 }}>
          <div className="toolbar">
            <h3 className="grow" style={{ margin: 0 }}>
              {t('preview.conflictTitle', { count: conflicts.length })}
            </h3>
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
          <p className="muted" style={{ margin: '4px 0 0', fontSize: 13 }}>
            {t('preview.conflictHelp')}
          </p>
          <ul className="import-conflicts" data-testid="import-conflicts">
            {conflicts.slice(0, SHOWN_CONFLICTS).map((item) => {
              const diffs = fieldDiffs(item.existing, item.incoming);
              return (
                <li key={item.key} className="card import-conflict" data-testid="import-conflict">
                  <div className="title">
                    <span className="badge">{t(`tables.${item.table}`)}</span>
                    <span className="label" title={itemLabel(item)}>
                      {itemLabel(item)}
                    </span>
                  </div>
                  {diffs.length > 0 && (
                    <table className="diff" data-testid="conflict-diff">
                      <thead>
                        <tr>
                          <th className="field">{t('preview.field')}</th>
                          <th>{t('choices.mineShort')}</th>
                          <th>{t('choices.theirsShort')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {diffs.slice(0, 6).map((d) => (
                          <tr key={d.field}>
                            <td className="field">{t(`fields.${d.field}`, { defaultValue: d.field })}</td>
                            <td>{valueText(d.field, d.mine)}</td>
                            <td>{valueText(d.field, d.theirs)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  <fieldset className="choices">
                    <legend className="sr-only">{t('preview.choose')}</legend>
                    {item.choices.map((c) => (
                      <label key={c}>
                        <input type="radio" name={item.key} checked={effective(item) === c} onChange={() => setChoices((x) => ({ ...x, [item.key]: c }))} data-testid={`choice-${c}`} /> {t(`choices.${c}`)}
                      </label>
                    ))}
                  </fieldset>
                </li>
              );
            })}
          </ul>
          {conflicts.length > SHOWN_CONFLICTS && <p className="muted">{t('preview.moreConflicts', { count: conflicts.length - SHOWN_CONFLICTS })}</p>}
        </section>
      )}
      <p className="muted" style={{ fontSize: 13 }}>
        {t('preview.safety')}
      </p>
      <div className="actions">
        <button type="button" onClick={onCancel} disabled={busy} data-testid="import-preview-cancel">
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="primary" disabled={busy || total === 0} onClick={() => onConfirm(choices, bulk)} data-testid="import-confirm">
          {busy ? t('preview.importing') : t('preview.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
