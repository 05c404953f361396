/**
 * "Share…": choose what (the whole library, a briefing, a tag, or the claims
 * the caller selected) and how (a .dossier bundle, claims CSV, W3C Web
 * Annotation JSON-LD, CSL-JSON), see how many records go, and save.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIBRARY_TABLES, type Id, type Lang, type LibraryData } from '@shared/domain';
import { useServices } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { Dialog } from '../../app/ui/Dialog';
import { readLibrary } from '../../db/repositories/library';
import { exportScope, SHARE_FORMATS, type ShareFormat } from './commands/export-bundle';
import { selectScope, type ShareScope } from './select';
import './sharing.css';

type ScopeKind = ShareScope['kind'];

export interface ShareDialogProps {
  open: boolean;
  onClose: () => void;
  /** Preselected scope (a briefing screen passes its briefing, the claims screen its selection). */
  initialScope?: ShareScope;
}

export function ShareDialog({ open, onClose, initialScope }: ShareDialogProps) {
  const { t, i18n } = useTranslation('sharing');
  const { db, platform, appVersion } = useServices();
  const { notify, notifyError } = useNotify();
  const [library, setLibrary] = useState<LibraryData | null>(null);
  const [kind, setKind] = useState<ScopeKind>(initialScope?.kind ?? 'library');
  const [briefingId, setBriefingId] = useState<Id>(initialScope?.kind === 'briefing' ? initialScope.briefingId : '');
  const [tagId, setTagId] = useState<Id>(initialScope?.kind === 'tag' ? initialScope.tagId : '');
  const claimIds = initialScope?.kind === 'claims' ? initialScope.claimIds : null;
  const [format, setFormat] = useState<ShareFormat>('dossier');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    readLibrary(db).then(
      (d) => live && setLibrary(d),
      (e: unknown) => notifyError(t('share.failed'), e),
    );
    return () => {
      live = false;
    };
  }, [open, db, notifyError, t]);

  const briefings = useMemo(() => [...(library?.briefings ?? [])].sort((a, b) => a.title.localeCompare(b.title)), [library]);
  const tags = useMemo(() => [...(library?.tags ?? [])].sort((a, b) => a.name.localeCompare(b.name)), [library]);
  const chosenBriefing = briefingId || briefings[0]?.id || '';
  const chosenTag = tagId || tags[0]?.id || '';

  const scope: ShareScope | null =
    kind === 'library'
      ? { kind }
      : kind === 'briefing'
        ? chosenBriefing
          ? { kind, briefingId: chosenBriefing }
          : null
        : kind === 'tag'
          ? chosenTag
            ? { kind, tagId: chosenTag }
            : null
          : claimIds
            ? { kind: 'claims', claimIds }
            : null;
  const selected = useMemo(() => (library && scope ? selectScope(library, scope) : null), [library, scope?.kind, chosenBriefing, chosenTag, claimIds]); // eslint-disable-line react-hooks/exhaustive-deps

  function slug(): string {
    if (!scope || scope.kind === 'library') return 'library';
    if (scope.kind === 'briefing') return briefings.find((b) => b.id === scope.briefingId)?.title ?? 'briefing';
    if (scope.kind === 'tag') return tags.find((x) => x.id === scope.tagId)?.name ?? 'tag';
    return 'claims';
  }

  function label(): string | undefined {
    if (!scope || scope.kind === 'library') return undefined;
    if (scope.kind === 'claims') return t('share.label.claims', { count: scope.claimIds.length });
    return t(`share.label.${scope.kind}`, { name: slug() });
  }

  async function save() {
    if (!scope) return;
    setBusy(true);
    try {
      const lang: Lang = i18n.language.startsWith('ko') ? 'ko' : 'en';
      const saved = await exportScope(db, platform, scope, format, { appVersion, slug: slug(), lang, selectionLabel: label() });
      if (saved) {
        notify({ kind: 'success', message: t('exported', { name: saved.name }) });
        onClose();
      }
    } catch (e) {
      notifyError(t('share.failed'), e);
    } finally {
      setBusy(false);
    }
  }

  const empty = !!selected && LIBRARY_TABLES.every((tb) => selected[tb].length === 0);
  return (
    <Dialog open={open} title={t('share.title')} onClose={onClose} testId="share-dialog">
      <div className="share-grid">
        <span>{t('share.what')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as ScopeKind)} data-testid="share-scope">
          <option value="library">{t('share.scope.library')}</option>
          <option value="briefing" disabled={!briefings.length}>
            {t('share.scope.briefing')}
          </option>
          <option value="tag" disabled={!tags.length}>
            {t('share.scope.tag')}
          </option>
          {claimIds && <option value="claims">{t('share.scope.claims', { count: claimIds.length })}</option>}
        </select>
        {kind === 'briefing' && (
          <>
            <span>{t('share.briefing')}</span>
            <select value={chosenBriefing} onChange={(e) => setBriefingId(e.target.value)} data-testid="share-briefing">
              {briefings.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title || b.id}
                </option>
              ))}
            </select>
          </>
        )}
        {kind === 'tag' && (
          <>
            <span>{t('share.tag')}</span>
            <select value={chosenTag} onChange={(e) => setTagId(e.target.value)} data-testid="share-tag">
              {tags.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </>
        )}
        <span>{t('share.format')}</span>
        <select value={format} onChange={(e) => setFormat(e.target.value as ShareFormat)} data-testid="share-format">
          {SHARE_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`share.formats.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="muted" style={{ fontSize: 13 }}>
        {t(`share.formatHelp.${format}`)}
      </p>
      <p className="share-counts" data-testid="share-counts">
        {!selected
          ? t('common:loading')
          : (['articles', 'claims', 'tags', 'briefings'] as const).map((tb) => t(`share.n.${tb}`, { count: selected[tb].length })).join(', ')}
      </p>
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="primary" disabled={busy || !selected || empty} onClick={() => void save()} data-testid="share-save">
          {t('share.save')}
        </button>
      </div>
    </Dialog>
  );
}

/** A "Share…" button opening the dialog with a preselected scope; for the briefing and claims screens to mount. */
export function ShareButton({ scope, className }: { scope?: ShareScope; className?: string }) {
  const { t } = useTranslation('sharing');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)} data-testid="share-open">
        {t('share.open')}
      </button>
      {open && <ShareDialog open onClose={() => setOpen(false)} initialScope={scope} />}
    </>
  );
}
