/**
 * Composes one briefing: metadata, executive summary and ordered sections
 * (text, claims, comparison snapshot, chart). Autosaves after a pause in
 * typing; sections reorder by drag and drop or Alt+↑/↓.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { localName, type Briefing, type BriefingSection, type Lang } from '@shared/domain';
import { useDb, usePlatform } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { href, navigate } from '../../app/router';
import { useLookups } from '../claims/use-lookups';
import { ShareButton } from '../sharing/ShareDialog';
import { ClaimPicker } from './ClaimPicker';
import { addSection, deleteBriefing, moveSection, saveBriefing } from './commands/briefings';
import { exportBriefingMarkdown } from './commands/export-markdown';
import { readAllClaims } from '../../db/repositories/all-claims';
import './briefings.css';

const AUTOSAVE_MS = 600;

export function BriefingEditor({ briefing: initial }: { briefing: Briefing }) {
  const { t, i18n } = useTranslation('briefings');
  const lang = i18n.language as Lang;
  const db = useDb();
  const platform = usePlatform();
  const { notify, notifyError } = useNotify();
  const lookups = useLookups();
  // Explicit read transaction: live, but not deep-cloned by Dexie's query cache (see ComparePage).
  const claims = useLiveQuery(() => readAllClaims(db), [db]);
  const [b, setB] = useState(initial);
  const [saved, setSaved] = useState<'saved' | 'pending' | 'error'>('saved');
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [exporting, setExporting] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [lastPdf, setLastPdf] = useState<{ name: string; path: string } | null>(null);
  const first = useRef(true);
  // The latest edits and whether they still wait for the autosave timer, so leaving the editor
  // within the autosave pause writes them instead of dropping them.
  const latest = useRef(b);
  const pending = useRef(false);
  const deleted = useRef(false);

  useEffect(() => {
    latest.current = b;
  }, [b]);

  useEffect(
    () => () => {
      if (pending.current && !deleted.current) void saveBriefing(db, latest.current);
    },
    [db],
  );

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setSaved('pending');
    pending.current = true;
    const timer = setTimeout(() => {
      pending.current = false;
      saveBriefing(db, b).then(
        () => setSaved('saved'),
        (e) => {
          setSaved('error');
          notifyError(t('errors.saveFailed'), e);
        },
      );
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [b, db, notifyError, t]);

  const set = <K extends keyof Briefing>(k: K, v: Briefing[K]) => setB((x) => ({ ...x, [k]: v }));
  const setSection = (i: number, s: BriefingSection) => setB((x) => ({ ...x, sections: x.sections.map((y, j) => (j === i ? s : y)) }));

  async function flush() {
    pending.current = false;
    await saveBriefing(db, b);
    setSaved('saved');
  }

  async function exportPdf() {
    setExporting(true);
    try {
      await flush();
      const name = `${(b.title || t('untitled')).replace(/[\\/:*?"<>|]+/g, ' ').trim()}.pdf`;
      const r = await platform.printToPdf({ route: `#/print/briefing/${b.id}`, suggestedName: name, pageSize: b.pageSize });
      if (r?.path) {
        setLastPdf({ name: r.name, path: r.path });
        notify({ kind: 'success', message: t('pdfSaved', { name: r.name }) });
      }
    } catch (e) {
      notifyError(t('errors.pdfFailed'), e);
    } finally {
      setExporting(false);
    }
  }

  async function exportMd() {
    try {
      await flush();
      await exportBriefingMarkdown(db, platform, b.id, lang);
    } catch (e) {
      notifyError(t('errors.exportFailed'), e);
    }
  }

  async function remove() {
    deleted.current = true;
    const undo = await deleteBriefing(db, b.id);
    notify({ kind: 'info', message: t('deleted'), undo });
    navigate('briefings');
  }

  if (!lookups || !claims) return <p className="muted">{t('common:loading')}</p>;
  const attributes = [...lookups.attributes.values()];
  const providers = [...lookups.providers.values()];

  return (
    <div className="page" style={{ maxWidth: 980 }}>
      <div className="toolbar">
        <a href={href('briefings')}>← {t('title')}</a>
        <span className="grow" />
        <span className="muted" data-testid="autosave-state" aria-live="polite">
          {t(`autosave.${saved}`)}
        </span>
        {lastPdf && (
          <button type="button" onClick={() => void platform.openPath(lastPdf.path).catch((e: unknown) => notifyError(t('errors.openFailed'), e))} data-testid="open-pdf">
            {t('openPdf', { name: lastPdf.name })}
          </button>
        )}
        <ShareButton scope={{ kind: 'briefing', briefingId: b.id }} />
        <button type="button" onClick={() => void exportMd()} data-testid="export-markdown">
          {t('exportMarkdown')}
        </button>
        <button type="button" className="primary" onClick={() => void exportPdf()} disabled={exporting} data-testid="export-pdf">
          {exporting ? t('exporting') : t('exportPdf')}
        </button>
        <button type="button" onClick={() => setPreviewing((p) => !p)} aria-pressed={previewing} data-testid="toggle-preview">
          {previewing ? t('hidePreview') : t('showPreview')}
        </button>
        <a href={`#/print/briefing/${b.id}`} data-testid="print-preview">
          {t('preview')}
        </a>
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('common:actions.delete')}
        </button>
      </div>
      {previewing && (
        // The print page itself, live: it re-reads the briefing when autosave writes it.
        <iframe className="briefing-preview" title={t('previewTitle')} src={`${location.pathname}${location.search}#/print/briefing/${encodeURIComponent(b.id)}`} data-testid="briefing-preview" />
      )}
      <section className="card form-grid">
        <label className="field wide">
          {t('fields.title')}
          <input value={b.title} onChange={(e) => set('title', e.target.value)} data-testid="briefing-title" />
        </label>
        <label className="field wide">
          {t('fields.subtitle')}
          <input value={b.subtitle} onChange={(e) => set('subtitle', e.target.value)} data-testid="briefing-subtitle" />
        </label>
        <label className="field">
          {t('fields.author')}
          <input value={b.author} onChange={(e) => set('author', e.target.value)} />
        </label>
        <label className="field">
          {t('fields.organisation')}
          <input value={b.organisation} onChange={(e) => set('organisation', e.target.value)} />
        </label>
        <label className="field">
          {t('fields.date')}
          <input type="date" value={b.date} onChange={(e) => set('date', e.target.value)} />
        </label>
        <label className="field">
          {t('fields.pageSize')}
          <select value={b.pageSize} onChange={(e) => set('pageSize', e.target.value as Briefing['pageSize'])} data-testid="briefing-pagesize">
            <option value="A4">A4</option>
            <option value="Letter">US Letter</option>
          </select>
        </label>
        <label className="field wide">
          {t('fields.summary')}
          <textarea rows={4} value={b.summary} onChange={(e) => set('summary', e.target.value)} data-testid="briefing-summary" />
        </label>
      </section>
      <h2>{t('sections')}</h2>
      <ol style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 10 }} data-testid="briefing-sections">
        {b.sections.map((s, i) => (
          <li
            key={s.id}
            className="card"
            draggable
            onDragStart={() => setDragFrom(i)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={() => {
              if (dragFrom !== null) setB((x) => ({ ...x, sections: moveSection(x.sections, dragFrom, i) }));
              setDragFrom(null);
            }}
            onKeyDown={(e) => {
              if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                e.preventDefault();
                setB((x) => ({ ...x, sections: moveSection(x.sections, i, e.key === 'ArrowUp' ? i - 1 : i + 1) }));
              }
            }}
            data-testid={`section-${s.kind}`}
          >
            <div className="toolbar">
              <span aria-hidden="true" style={{ cursor: 'grab' }} title={t('dragHint')}>
                ⋮⋮
              </span>
              <strong>
                {i + 1}. {t(`kinds.${s.kind}`)}
              </strong>
              <input value={s.title} onChange={(e) => setSection(i, { ...s, title: e.target.value })} placeholder={t('sectionTitle')} aria-label={t('sectionTitle')} className="grow" data-testid="section-title" />
              <button type="button" onClick={() => setB((x) => ({ ...x, sections: moveSection(x.sections, i, i - 1) }))} disabled={i === 0} aria-label={t('common:actions.moveUp')}>
                ↑
              </button>
              <button type="button" onClick={() => setB((x) => ({ ...x, sections: moveSection(x.sections, i, i + 1) }))} disabled={i === b.sections.length - 1} aria-label={t('common:actions.moveDown')}>
                ↓
              </button>
              <button type="button" className="ghost danger" onClick={() => setB((x) => ({ ...x, sections: x.sections.filter((y) => y.id !== s.id) }))}>
                {t('common:actions.remove')}
              </button>
            </div>
            {s.kind === 'text' && (
              <textarea rows={5} value={s.markdown} onChange={(e) => setSection(i, { ...s, markdown: e.target.value })} placeholder={t('markdownHint')} style={{ width: '100%', marginTop: 8 }} data-testid="section-markdown" />
            )}
            {s.kind === 'claims' && <ClaimPicker claims={claims} lookups={lookups} selected={s.claimIds} onChange={(ids) => setSection(i, { ...s, claimIds: ids })} lang={lang} />}
            {s.kind === 'compare' && (
              <div className="form-grid" style={{ marginTop: 8 }}>
                <CheckList label={t('providers')} items={providers.map((p) => ({ id: p.id, label: localName(p.name, lang) }))} selected={s.view.providerIds} onChange={(ids) => setSection(i, { ...s, view: { ...s.view, providerIds: ids } })} hint={t('allIfNone')} />
                <CheckList label={t('attributes')} items={attributes.map((a) => ({ id: a.id, label: localName(a.name, lang) }))} selected={s.view.attributeIds} onChange={(ids) => setSection(i, { ...s, view: { ...s.view, attributeIds: ids } })} hint={t('allIfNone')} />
              </div>
            )}
            {s.kind === 'chart' && (
              <div className="form-grid" style={{ marginTop: 8 }}>
                <label className="field">
                  {t('chartAttribute')}
                  <select value={s.attributeId} onChange={(e) => setSection(i, { ...s, attributeId: e.target.value })} data-testid="chart-attribute">
                    <option value="">{t('claims:choose')}</option>
                    {attributes
                      .filter((a) => a.valueType === 'quantity' || a.valueType === 'date')
                      .map((a) => (
                        <option key={a.id} value={a.id}>
                          {localName(a.name, lang)}
                        </option>
                      ))}
                  </select>
                </label>
                <CheckList label={t('providers')} items={providers.map((p) => ({ id: p.id, label: localName(p.name, lang) }))} selected={s.providerIds} onChange={(ids) => setSection(i, { ...s, providerIds: ids })} hint={t('allIfNone')} />
              </div>
            )}
          </li>
        ))}
      </ol>
      <div className="toolbar">
        {(['text', 'claims', 'compare', 'chart'] as const).map((k) => (
          <button key={k} type="button" onClick={() => setB((x) => ({ ...x, sections: addSection(x.sections, k) }))} data-testid={`add-section-${k}`}>
            + {t(`kinds.${k}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

function CheckList({ label, items, selected, onChange, hint }: { label: string; items: { id: string; label: string }[]; selected: string[]; onChange: (ids: string[]) => void; hint: string }) {
  return (
    <fieldset style={{ border: '1px solid var(--border)', borderRadius: 6 }}>
      <legend>{label}</legend>
      <div style={{ maxHeight: 140, overflow: 'auto' }}>
        {items.map((it) => (
          <label key={it.id} style={{ display: 'block' }}>
            <input type="checkbox" checked={selected.includes(it.id)} onChange={(e) => onChange(e.target.checked ? [...selected, it.id] : selected.filter((x) => x !== it.id))} /> {it.label}
          </label>
        ))}
      </div>
      <span className="muted" style={{ fontSize: 12 }}>
        {hint}
      </span>
    </fieldset>
  );
}
