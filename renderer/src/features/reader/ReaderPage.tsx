/**
 * The reader: article text rendered as text (never HTML) with claims
 * highlighted. Select a passage, then press "New claim" (or C / Ctrl+Enter)
 * to mark it as a fact or claim.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { localName, type Claim, type Lang } from '@shared/domain';
import { anchor } from '@shared/text/anchor';
import { findProviderMentions } from '@shared/text/aliases';
import { findQuantities } from '@shared/text/quantity';
import { formatValue } from '@shared/format/value';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { href } from '../../app/router';
import { Dialog } from '../../app/ui/Dialog';
import { ensureTags, parseTagNames } from '../../db/repositories/tags';
import { getSetting } from '../../db/repositories/settings';
import { ClaimForm, EMPTY_CLAIM_FORM, toClaimValue, type ClaimFormValues } from '../claims/ClaimForm';
import { createClaim, ClaimInputError } from '../claims/commands/create-claim';
import { deleteClaims } from '../claims/commands/edit-claims';
import { textOffset, toRuns } from './segments';

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
  const providers = useLiveQuery(() => db.providers.toArray(), [db]);
  const attributes = useLiveQuery(() => db.attributes.toArray(), [db]);
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [form, setForm] = useState<ClaimFormValues | null>(null);
  const [formError, setFormError] = useState('');

  const { placed, orphaned } = useMemo(() => {
    const placed: Placed[] = [];
    const orphaned: Claim[] = [];
    if (!article || !claims) return { placed, orphaned };
    for (const c of claims) {
      const a = c.orphaned ? null : anchor(article.text, c.target);
      if (a) placed.push({ claim: c, start: a.start, end: a.end });
      else orphaned.push(c);
    }
    placed.sort((a, b) => a.start - b.start);
    return { placed, orphaned };
  }, [article, claims]);

  const runs = useMemo(() => (article ? toRuns(article.text.length, placed.map((p) => ({ id: p.claim.id, start: p.start, end: p.end }))) : []), [article, placed]);
  const claimById = useMemo(() => new Map((claims ?? []).map((c) => [c.id, c])), [claims]);

  // Scroll the requested claim's quote into view once the text is laid out.
  useEffect(() => {
    if (!claimId || !article) return;
    const el = textRef.current?.querySelector(`[data-claims~="${CSS.escape(claimId)}"]`);
    el?.scrollIntoView({ block: 'center' });
    (el as HTMLElement | null)?.focus?.();
  }, [claimId, article, runs]);

  const readSelection = useCallback(() => {
    const root = textRef.current;
    const sel = window.getSelection();
    if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return setSelection(null);
    const range = sel.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return setSelection(null);
    const start = textOffset(root, range.startContainer, range.startOffset);
    const end = textOffset(root, range.endContainer, range.endOffset);
    setSelection(end > start ? { start, end } : null);
  }, []);

  const openForm = useCallback(async () => {
    if (!selection || !article || !providers || !attributes) return;
    const quote = article.text.slice(selection.start, selection.end);
    const mentions = findProviderMentions(quote, providers);
    const quantities = findQuantities(quote);
    setFormError('');
    setForm({
      ...EMPTY_CLAIM_FORM,
      providerIds: [...new Set(mentions.map((m) => m.providerId))],
      valueText: quantities[0]?.original ?? '',
      asOfStart: article.publishedAt,
      tags: '',
    });
    void getSetting(db, 'author');
  }, [selection, article, providers, attributes, db]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const tag = (document.activeElement?.tagName ?? '').toUpperCase();
      if (form || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return;
      if (selection && ((e.key === 'c' && !e.ctrlKey && !e.metaKey && !e.altKey) || ((e.ctrlKey || e.metaKey) && e.key === 'Enter'))) {
        e.preventDefault();
        void openForm();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selection, form, openForm]);

  async function saveClaim() {
    if (!form || !selection || !article) return;
    const attribute = attributes?.find((a) => a.id === form.attributeId);
    const parsed = toClaimValue(attribute, form.valueText);
    if (!parsed.value) return setFormError(t(`claims:errors.${parsed.error}`));
    try {
      const author = (await getSetting(db, 'author')) ?? '';
      const tagIds = await ensureTags(db, parseTagNames(form.tags));
      await createClaim(db, {
        articleId: article.id,
        start: selection.start,
        end: selection.end,
        statement: form.statement,
        providerIds: form.providerIds,
        attributeId: form.attributeId,
        value: parsed.value,
        asOf: form.asOfStart ? { start: form.asOfStart, ...(form.asOfEnd ? { end: form.asOfEnd } : {}) } : undefined,
        status: form.status,
        confidence: form.confidence,
        tagIds,
        note: form.note,
        author,
      });
      setForm(null);
      setSelection(null);
      window.getSelection()?.removeAllRanges();
      notify({ kind: 'success', message: t('claimCreated') });
    } catch (e) {
      if (e instanceof ClaimInputError) setFormError(t(`claims:errors.${e.code}`));
      else notifyError(t('claims:errors.saveFailed'), e);
    }
  }

  async function removeClaim(c: Claim) {
    try {
      const undo = await deleteClaims(db, [c.id]);
      notify({ kind: 'info', message: t('claimDeleted'), undo });
    } catch (e) {
      notifyError(t('claims:errors.saveFailed'), e);
    }
  }

  if (article === undefined || claims === undefined) return <p className="muted">{t('common:loading')}</p>;
  if (article === null || !article) {
    return (
      <div className="empty card">
        <h2>{t('notFound')}</h2>
        <a href={href('library')}>{t('backToLibrary')}</a>
      </div>
    );
  }

  const attrName = (id: string) => {
    const a = attributes?.find((x) => x.id === id);
    return a ? localName(a.name, lang) : id;
  };
  const provNames = (ids: string[]) => ids.map((id) => providers?.find((p) => p.id === id)).map((p) => (p ? localName(p.name, lang) : '?')).join(', ');

  return (
    <div className="page" style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 320px', gap: 16, alignItems: 'start' }}>
      <article className="card" aria-labelledby="reader-title">
        <a href={href('library')} className="muted">
          ← {t('backToLibrary')}
        </a>
        <h1 id="reader-title" data-testid="reader-title" style={{ marginTop: 8 }}>
          {article.title}
        </h1>
        <p className="muted">{[article.outlet, article.author, article.publishedAt].filter(Boolean).join(' · ')}</p>
        <div className="toolbar" style={{ position: 'sticky', top: 0, background: 'var(--panel)', padding: '6px 0', zIndex: 2 }}>
          <button type="button" className="primary" disabled={!selection} onClick={() => void openForm()} data-testid="new-claim" title={t('newClaimHint')}>
            {t('newClaim')}
          </button>
          <span className="muted">{selection ? t('selected', { count: selection.end - selection.start }) : t('selectHint')}</span>
        </div>
        <div ref={textRef} className="article-text" data-testid="article-text" onMouseUp={readSelection} onKeyUp={readSelection} style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8, fontSize: 15 }}>
          {runs.map((r) => {
            const s = article.text.slice(r.start, r.end);
            if (!r.ids.length) return <span key={r.start}>{s}</span>;
            const first = claimById.get(r.ids[0]!);
            return (
              <mark key={r.start} className={`hl hl-${first?.status ?? 'unverified'}`} data-claims={r.ids.join(' ')} tabIndex={-1} title={r.ids.map((id) => attrName(claimById.get(id)?.attributeId ?? '')).join(', ')}>
                {s}
              </mark>
            );
          })}
        </div>
      </article>
      <aside className="card" aria-label={t('claimsHere')} style={{ position: 'sticky', top: 0 }}>
        <h2 style={{ marginTop: 0 }}>{t('claimsHere')}</h2>
        {placed.length === 0 && orphaned.length === 0 && <p className="muted">{t('noClaims')}</p>}
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 8 }} data-testid="reader-claims">
          {placed.map(({ claim }) => (
            <li key={claim.id} className="card" style={{ padding: 8 }}>
              <div>
                <strong>{provNames(claim.providerIds)}</strong> · {attrName(claim.attributeId)}
              </div>
              <div>
                {formatValue(claim.value, lang)} <span className={`badge status-${claim.status}`}>{t(`claims:status.${claim.status}`)}</span>
              </div>
              <blockquote className="muted" style={{ margin: '4px 0', fontSize: 13 }}>
                “{claim.target.quote.exact}”
              </blockquote>
              <button type="button" className="ghost danger" onClick={() => void removeClaim(claim)}>
                {t('common:actions.delete')}
              </button>
            </li>
          ))}
        </ul>
        {orphaned.length > 0 && (
          <>
            <h2>{t('orphaned')}</h2>
            <p className="muted">{t('orphanedHint')}</p>
            <ul data-testid="orphaned-claims">
              {orphaned.map((c) => (
                <li key={c.id}>“{c.target.quote.exact}”</li>
              ))}
            </ul>
          </>
        )}
      </aside>
      <Dialog open={!!form} title={t('newClaim')} onClose={() => setForm(null)} testId="claim-dialog" wide>
        {form && selection && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void saveClaim();
            }}
          >
            <blockquote className="card" data-testid="claim-quote" style={{ margin: '0 0 12px' }}>
              “{article.text.slice(selection.start, selection.end)}”
            </blockquote>
            <ClaimForm values={form} onChange={setForm} lang={lang} />
            {formError && (
              <p className="error-text" role="alert">
                {formError}
              </p>
            )}
            <div className="actions">
              <button type="button" onClick={() => setForm(null)}>
                {t('common:actions.cancel')}
              </button>
              <button type="submit" className="primary" data-testid="claim-save">
                {t('common:actions.save')}
              </button>
            </div>
          </form>
        )}
      </Dialog>
    </div>
  );
}
