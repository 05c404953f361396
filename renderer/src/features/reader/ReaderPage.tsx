/**
 * The reader: article text rendered as text (never HTML) with claims
 * highlighted and provider mentions underlined. Select a passage, then use the
 * popover, the "New claim" button, C or Ctrl+Enter to mark it as a claim.
 * "Edit text" changes the article and re-anchors its claims; claims that can no
 * longer be placed are listed as orphaned and can be re-attached.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { localName, type Claim, type Lang } from '@shared/domain';
import { anchor } from '@shared/text/anchor';
import { findProviderMentions } from '@shared/text/aliases';
import { findQuantities } from '@shared/text/quantity';
import { suggestClaims, type Suggestion } from '@shared/text/suggestions';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { href } from '../../app/router';
import { getSetting, setSetting } from '../../db/repositories/settings';
import { EMPTY_CLAIM_FORM, type ClaimFormValues } from '../claims/ClaimForm';
import { ClaimEditorDialog, type ClaimEditorTarget } from '../claims/ClaimEditorDialog';
import { deleteClaims } from '../claims/commands/edit-claims';
import { reattachClaim } from '../claims/commands/update-claim';
import { suggestionToForm } from '../claims/form-values';
import { useLookups } from '../claims/use-lookups';
import { ArticleText, type MentionSpan } from './ArticleText';
import { ClaimSideList } from './ClaimSideList';
import { SuggestionsPanel } from './SuggestionsPanel';
import { ArticleTextError, editArticleText } from './commands/edit-article-text';
import { dismissSuggestion } from './commands/dismiss-suggestion';
import { selectTextRange } from './dom-range';
import { textOffset } from './segments';
import './reader.css';

interface Placed {
  claim: Claim;
  start: number;
  end: number;
}

export function ReaderPage({ articleId, claimId }: { articleId: string; claimId?: string }) {
  const { t, i18n } = useTranslation('reader');
  const lang = i18n.language as Lang;
  const db = useDb();
  const { notify, notifyError } = useNotify();
  const article = useLiveQuery(() => db.articles.get(articleId), [db, articleId]);
  const claims = useLiveQuery(() => db.claims.where('articleId').equals(articleId).toArray(), [db, articleId]);
  const lookups = useLookups();
  const highlightBy = useLiveQuery(async () => (await getSetting(db, 'highlightBy')) ?? 'status', [db]);
  const dismissed = useLiveQuery(async () => new Set((await db.dismissals.where('articleId').equals(articleId).toArray()).map((d) => d.suggestionId)), [db, articleId]);
  const textRef = useRef<HTMLDivElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [popover, setPopover] = useState<{ top: number; left: number } | null>(null);
  const [editor, setEditor] = useState<ClaimEditorTarget | null>(null);
  const [activeClaimId, setActiveClaimId] = useState<string | undefined>(claimId);
  const [flashClaimId, setFlashClaimId] = useState<string | undefined>();
  const [draft, setDraft] = useState<string | null>(null);
  const [savingText, setSavingText] = useState(false);

  const providers = useMemo(() => (lookups ? [...lookups.providers.values()] : []), [lookups]);
  const attributes = useMemo(() => (lookups ? [...lookups.attributes.values()] : []), [lookups]);

  const { placed, orphaned } = useMemo(() => {
    const placed: Placed[] = [];
    const orphaned: Claim[] = [];
    if (!article || !claims) return { placed, orphaned };
    for (const c of claims) {
      const a = c.orphaned ? null : anchor(article.text, c.target);
      if (a) placed.push({ claim: c, start: a.start, end: a.end });
      else orphaned.push(c);
    }
    placed.sort((a, b) => a.start - b.start || a.end - b.end);
    return { placed, orphaned };
  }, [article, claims]);

  const mentions = useMemo<MentionSpan[]>(() => {
    if (!article || !lookups) return [];
    return findProviderMentions(article.text, providers).map((m) => {
      const p = lookups.providers.get(m.providerId);
      return { start: m.start, end: m.end, label: p ? localName(p.name, lang) : m.alias };
    });
  }, [article, providers, lookups, lang]);

  const suggestions = useMemo<Suggestion[]>(() => {
    if (!article || !providers.length || !dismissed) return [];
    const all = suggestClaims(article.text, providers, attributes, article.publishedAt ? { reference: article.publishedAt } : {});
    // A suggestion already marked as a claim on the same passage and attribute is done.
    return all.filter(
      (s) => !dismissed.has(s.id) && !placed.some((p) => p.start < s.quote.end && s.quote.start < p.end && (!s.attributeId || p.claim.attributeId === s.attributeId)),
    );
  }, [article, providers, attributes, dismissed, placed]);

  const attrName = useCallback(
    (id: string) => {
      const a = lookups?.attributes.get(id);
      return a ? localName(a.name, lang) : id;
    },
    [lookups, lang],
  );
  const provNames = useCallback(
    (ids: string[]) =>
      ids
        .map((id) => lookups?.providers.get(id))
        .map((p) => (p ? localName(p.name, lang) : '?'))
        .join(', '),
    [lookups, lang],
  );
  const claimTitle = useCallback((c: Claim) => `${provNames(c.providerIds)} · ${attrName(c.attributeId)}`, [provNames, attrName]);

  // ?claim=<id>: scroll to the quote and flash it once the text is laid out (the page renders a
  // loading state until every query has answered, so wait for `ready` as well as the placements).
  const ready = article !== undefined && claims !== undefined && !!lookups && highlightBy !== undefined;
  const flashedFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!ready || !claimId || flashedFor.current === claimId || !placed.length) return;
    const el = textRef.current?.querySelector(`[data-claims~="${CSS.escape(claimId)}"]`);
    if (!el) return;
    flashedFor.current = claimId;
    el.scrollIntoView({ block: 'center' });
    setActiveClaimId(claimId);
    setFlashClaimId(claimId);
  }, [ready, claimId, placed]);
  useEffect(() => {
    if (!flashClaimId) return;
    const timer = setTimeout(() => setFlashClaimId(undefined), 2000);
    return () => clearTimeout(timer);
  }, [flashClaimId]);

  const readSelection = useCallback(() => {
    const root = textRef.current;
    const wrap = wrapRef.current;
    const sel = window.getSelection();
    if (!root || !wrap || !sel || sel.rangeCount === 0 || sel.isCollapsed) {
      setSelection(null);
      setPopover(null);
      return;
    }
    const range = sel.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) {
      setSelection(null);
      setPopover(null);
      return;
    }
    const start = textOffset(root, range.startContainer, range.startOffset);
    const end = textOffset(root, range.endContainer, range.endOffset);
    if (end <= start) {
      setSelection(null);
      setPopover(null);
      return;
    }
    setSelection({ start, end });
    const r = range.getBoundingClientRect();
    const w = wrap.getBoundingClientRect();
    setPopover({ top: r.bottom - w.top + 6, left: Math.max(0, Math.min(r.left - w.left, w.width - 220)) });
  }, []);

  const clearSelection = useCallback(() => {
    setSelection(null);
    setPopover(null);
    window.getSelection()?.removeAllRanges();
  }, []);

  const openNewClaim = useCallback(() => {
    if (!selection || !article || !lookups) return;
    const quote = article.text.slice(selection.start, selection.end);
    // The suggestion engine's guess for the selected passage, else the first provider names and amount in it.
    const guess = suggestClaims(quote, providers, attributes, article.publishedAt ? { reference: article.publishedAt } : {})[0];
    const initial: ClaimFormValues = guess
      ? { ...suggestionToForm(guess, article.publishedAt), providerIds: [...new Set(findProviderMentions(quote, providers).map((m) => m.providerId))] }
      : {
          ...EMPTY_CLAIM_FORM,
          providerIds: [...new Set(findProviderMentions(quote, providers).map((m) => m.providerId))],
          valueText: findQuantities(quote)[0]?.original ?? '',
          asOfStart: article.publishedAt,
        };
    setEditor({ mode: 'create', articleId: article.id, start: selection.start, end: selection.end, quote, initial });
    setPopover(null);
  }, [selection, article, lookups, providers, attributes]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const tag = (document.activeElement?.tagName ?? '').toUpperCase();
      if (editor || draft !== null || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return;
      if (selection && ((e.key.toLowerCase() === 'c' && !e.ctrlKey && !e.metaKey && !e.altKey) || ((e.ctrlKey || e.metaKey) && e.key === 'Enter'))) {
        e.preventDefault();
        openNewClaim();
      }
      if (e.key === 'Escape' && popover) setPopover(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selection, editor, draft, popover, openNewClaim]);

  const onClaimClick = useCallback((ids: string[]) => {
    setActiveClaimId((cur) => {
      const i = cur ? ids.indexOf(cur) : -1;
      return ids[(i + 1) % ids.length];
    });
  }, []);

  async function removeClaim(c: Claim) {
    try {
      const undo = await deleteClaims(db, [c.id]);
      notify({ kind: 'info', message: t('claimDeleted'), undo });
    } catch (e) {
      notifyError(t('claims:errors.saveFailed'), e);
    }
  }

  async function reattach(c: Claim) {
    if (!selection) return;
    try {
      const undo = await reattachClaim(db, c.id, selection.start, selection.end);
      clearSelection();
      setActiveClaimId(c.id);
      notify({ kind: 'success', message: t('reattached'), undo });
    } catch (e) {
      notifyError(t('claims:errors.saveFailed'), e);
    }
  }

  async function saveText() {
    if (draft === null || !article) return;
    setSavingText(true);
    try {
      const r = await editArticleText(db, article.id, draft);
      setDraft(null);
      clearSelection();
      notify({ kind: r.orphaned.length ? 'info' : 'success', message: t('textSaved', { kept: r.kept.length, moved: r.moved.length, orphaned: r.orphaned.length }), undo: r.undo });
    } catch (e) {
      if (e instanceof ArticleTextError) notify({ kind: 'error', message: t(`textErrors.${e.code}`) });
      else notifyError(t('textErrors.failed'), e);
    } finally {
      setSavingText(false);
    }
  }

  async function dismiss(s: Suggestion) {
    try {
      const undo = await dismissSuggestion(db, articleId, s.id);
      notify({ kind: 'info', message: t('suggestions.dismissed'), undo });
    } catch (e) {
      notifyError(t('textErrors.failed'), e);
    }
  }

  function accept(s: Suggestion) {
    if (!article) return;
    setEditor({ mode: 'create', articleId: article.id, start: s.quote.start, end: s.quote.end, quote: article.text.slice(s.quote.start, s.quote.end), initial: suggestionToForm(s, article.publishedAt) });
  }

  if (article === undefined || claims === undefined || !lookups || highlightBy === undefined) return <p className="muted">{t('common:loading')}</p>;
  if (!article) {
    return (
      <div className="empty card">
        <h2>{t('notFound')}</h2>
        <a href={href('library')}>{t('backToLibrary')}</a>
      </div>
    );
  }

  return (
    <div className="page reader">
      <article className="card" aria-labelledby="reader-title">
        <a href={href('library')} className="muted">
          ← {t('backToLibrary')}
        </a>
        <h1 id="reader-title" data-testid="reader-title" style={{ marginTop: 8 }}>
          {article.title}
        </h1>
        <p className="muted">{[article.outlet, article.author, article.publishedAt].filter(Boolean).join(' · ')}</p>
        <div className="toolbar reader-toolbar">
          {draft === null ? (
            <>
              <button type="button" className="primary" disabled={!selection} onClick={openNewClaim} data-testid="new-claim" title={t('newClaimHint')}>
                {t('newClaim')}
              </button>
              <span className="muted grow">{selection ? t('selected', { count: selection.end - selection.start }) : t('selectHint')}</span>
              <label className="muted">
                {t('highlightBy.label')}{' '}
                <select value={highlightBy} onChange={(e) => void setSetting(db, 'highlightBy', e.target.value as 'status' | 'tag')} data-testid="highlight-by">
                  <option value="status">{t('highlightBy.status')}</option>
                  <option value="tag">{t('highlightBy.tag')}</option>
                </select>
              </label>
              <button type="button" onClick={() => setDraft(article.text)} data-testid="edit-text">
                {t('editText')}
              </button>
            </>
          ) : (
            <>
              <span className="grow muted">{t('editTextHint')}</span>
              <button type="button" onClick={() => setDraft(null)} disabled={savingText}>
                {t('common:actions.cancel')}
              </button>
              <button type="button" className="primary" onClick={() => void saveText()} disabled={savingText || draft === article.text} data-testid="save-text">
                {t('saveText')}
              </button>
            </>
          )}
        </div>
        {draft !== null ? (
          <textarea className="reader-textarea" value={draft} onChange={(e) => setDraft(e.target.value)} aria-label={t('editText')} data-testid="article-textarea" />
        ) : (
          <div ref={wrapRef} style={{ position: 'relative' }}>
            <ArticleText
              text={article.text}
              placed={placed}
              mentions={mentions}
              highlightBy={highlightBy}
              tags={lookups.tags}
              activeClaimId={activeClaimId}
              flashClaimId={flashClaimId}
              describe={claimTitle}
              onClaimClick={onClaimClick}
              textRef={textRef}
              onSelectionChange={readSelection}
            />
            {popover && selection && !editor && (
              <div className="sel-popover" style={{ top: popover.top, left: popover.left }} role="toolbar" aria-label={t('popover.label')} data-testid="selection-popover">
                <button type="button" className="primary" onMouseDown={(e) => e.preventDefault()} onClick={openNewClaim} data-testid="popover-new-claim">
                  {t('popover.newClaim')}
                </button>
                {orphaned.length > 0 && <span className="muted" style={{ alignSelf: 'center', fontSize: 12 }}>{t('popover.orLink')}</span>}
                <button type="button" className="ghost" onMouseDown={(e) => e.preventDefault()} onClick={() => setPopover(null)} aria-label={t('common:actions.close')}>
                  ×
                </button>
              </div>
            )}
          </div>
        )}
      </article>
      <aside className="reader-aside" aria-label={t('sidebar')}>
        <ClaimSideList
          placed={placed.map((p) => p.claim)}
          orphaned={orphaned}
          activeClaimId={activeClaimId}
          hasSelection={!!selection}
          lang={lang}
          title={claimTitle}
          onActivate={(c) => {
            setActiveClaimId(c.id);
            textRef.current?.querySelector(`[data-claims~="${CSS.escape(c.id)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
          }}
          onEdit={(c) => setEditor({ mode: 'edit', claim: c })}
          onDelete={(c) => void removeClaim(c)}
          onReattach={(c) => void reattach(c)}
        />
        <SuggestionsPanel
          suggestions={suggestions}
          lang={lang}
          providerNames={provNames}
          attributeName={attrName}
          onAccept={accept}
          onDismiss={(s) => void dismiss(s)}
          onShow={(s) => {
            if (textRef.current && selectTextRange(textRef.current, s.quote.start, s.quote.end)) readSelection();
          }}
        />
      </aside>
      <ClaimEditorDialog
        target={editor}
        onClose={() => setEditor(null)}
        onSaved={(id) => {
          if (editor?.mode === 'create') clearSelection();
          setActiveClaimId(id);
        }}
      />
    </div>
  );
}
