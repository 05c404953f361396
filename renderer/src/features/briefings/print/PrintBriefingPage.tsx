/**
 * The print page of a briefing (`#/print/briefing/<id>`), shown without the app
 * shell. Electron's `printToPDF` and the browser's own print both print this
 * page, and on screen it doubles as a print preview (page-width sheets and a
 * toolbar that print media hides).
 *
 * The ready contract: once the data is loaded, laid out and the bundled fonts
 * have loaded, the root element gets `data-print-ready="true"` and, in Electron,
 * `window.dossier.printReady({ ok: true })` is called (or `{ ok: false, message }`
 * when the briefing cannot be shown), because printing earlier would embed a
 * fallback font or print an empty page. With `autoPrint` (the browser platform's
 * export), `window.print()` runs once, when ready.
 */
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Lang } from '@shared/domain';
import { useDb } from '../../../app/context';
import { href } from '../../../app/router';
import { readRevision } from '../../../db/revision';
import { loadBriefingContext, type LoadedBriefing } from '../commands/briefing-context';
import { BriefingDocument } from './BriefingDocument';
import { pageCss } from './page-css';
import './print.css';

type Loaded = { kind: 'ok'; value: LoadedBriefing } | { kind: 'missing' } | { kind: 'error'; message: string };

/**
 * Waits until layout has run and every font that layout asked for has loaded. Timers, not
 * `requestAnimationFrame`: a hidden print window (Electron) or a background tab gets no
 * animation frames, and the wait would never end.
 */
async function settleLayout(): Promise<void> {
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  await tick();
  // Reading layout makes the browser resolve fonts for the text on the page now, so
  // `fonts.ready` below covers them rather than resolving before any load started.
  void document.body.offsetHeight;
  await document.fonts.ready;
  void document.body.offsetHeight;
  await document.fonts.ready;
  await tick();
}

function reportReady(report: { ok: true } | { ok: false; message: string }): void {
  // Only the Electron shell listens; in a browser there is no bridge and nothing to tell.
  window.dossier?.printReady(report).catch(() => undefined);
}

export function PrintBriefingPage({ briefingId, autoPrint = false }: { briefingId: string; autoPrint?: boolean }) {
  const { t, i18n } = useTranslation('print');
  const lang = (i18n.language === 'ko' ? 'ko' : 'en') as Lang;
  const db = useDb();
  // Live, so the in-app preview follows the editor's autosave: a small live query watches what the
  // page shows (the briefing, the library revision, the registry) and each change reloads it once.
  // The load itself runs outside the live query: tracking every claim it reads cost about half a
  // second of a 36-page print.
  const watched = useLiveQuery(() => Promise.all([db.briefings.get(briefingId), readRevision(db), db.providers.toArray(), db.attributes.toArray()]), [db, briefingId]);
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    if (watched === undefined) return;
    let cancelled = false;
    loadBriefingContext(db, briefingId).then(
      (value) => !cancelled && setLoaded(value ? { kind: 'ok', value } : { kind: 'missing' }),
      (e: unknown) => !cancelled && setLoaded({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [db, briefingId, watched]);
  const [ready, setReady] = useState(false);
  const reported = useRef(false);
  const title = loaded?.kind === 'ok' ? loaded.value.briefing.title : '';

  useEffect(() => {
    // Print pages are paper: light colours whatever the system theme, on this page only.
    document.documentElement.classList.add('print-route');
    return () => document.documentElement.classList.remove('print-route');
  }, []);

  useEffect(() => {
    if (!title) return;
    // Chromium writes the document title into the PDF's Title field.
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);

  useEffect(() => {
    if (!loaded || reported.current) return;
    let cancelled = false;
    if (loaded.kind !== 'ok') {
      reported.current = true;
      reportReady({ ok: false, message: loaded.kind === 'missing' ? `Briefing ${briefingId} does not exist` : loaded.message });
      return;
    }
    settleLayout().then(
      () => {
        if (cancelled || reported.current) return;
        reported.current = true;
        setReady(true);
        reportReady({ ok: true });
        if (autoPrint) window.print();
      },
      (e: unknown) => {
        if (cancelled || reported.current) return;
        reported.current = true;
        reportReady({ ok: false, message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [loaded, briefingId, autoPrint]);

  // In-page links (contents, note markers) would otherwise change the hash route and leave the page.
  function onClick(e: MouseEvent<HTMLDivElement>) {
    const a = (e.target as Element).closest('a');
    const target = a?.getAttribute('href');
    if (!target?.startsWith('#') || target.startsWith('#/')) return;
    e.preventDefault();
    document.getElementById(target.slice(1))?.scrollIntoView({ block: 'start' });
  }

  return (
    <div className="print-root" data-print-ready={ready ? 'true' : undefined} data-testid="print-root" onClick={onClick}>
      {loaded?.kind === 'ok' && <style>{pageCss(loaded.value.briefing.title, loaded.value.briefing.pageSize)}</style>}
      <div className="print-toolbar" role="toolbar" aria-label={t('toolbar')}>
        <a href={href('briefings', briefingId)} data-testid="print-back">
          ← {t('back')}
        </a>
        <span className="grow muted">{loaded?.kind === 'ok' ? t('previewNote', { size: loaded.value.briefing.pageSize === 'Letter' ? 'US Letter' : 'A4' }) : ''}</span>
        <button type="button" className="primary" onClick={() => window.print()} disabled={!ready} data-testid="print-now">
          {t('print')}
        </button>
      </div>
      {loaded === undefined && <p className="muted print-message">{t('loading')}</p>}
      {loaded?.kind === 'missing' && (
        <p className="print-message" role="alert">
          {t('notFound')}
        </p>
      )}
      {loaded?.kind === 'error' && (
        <p className="print-message error-text" role="alert">
          {t('failed', { message: loaded.message })}
        </p>
      )}
      {loaded?.kind === 'ok' && (
        <div className={`print-pages size-${loaded.value.briefing.pageSize}`}>
          <BriefingDocument briefing={loaded.value.briefing} ctx={loaded.value.ctx} lang={lang} />
        </div>
      )}
    </div>
  );
}
