/**
 * The one claim editor: creating a claim on a passage (from a selection or an
 * accepted suggestion) and editing an existing claim (every field but the
 * quote), from the reader's side list and from the claims table.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Claim, Lang } from '@shared/domain';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { Dialog } from '../../app/ui/Dialog';
import { ensureTags, parseTagNames } from '../../db/repositories/tags';
import { getSetting } from '../../db/repositories/settings';
import { ClaimForm, toClaimValue, type ClaimFormValues } from './ClaimForm';
import { createClaim, ClaimInputError } from './commands/create-claim';
import { editClaim } from './commands/update-claim';
import { claimToForm, formAsOf } from './form-values';
import { useLookups } from './use-lookups';

/** What the editor is for: a new claim on [start, end) of an article, or an existing claim. */
export type ClaimEditorTarget =
  | { mode: 'create'; articleId: string; start: number; end: number; quote: string; initial: ClaimFormValues }
  | { mode: 'edit'; claim: Claim };

export interface ClaimEditorDialogProps {
  target: ClaimEditorTarget | null;
  onClose: () => void;
  /** Called after a successful save with the claim's id. */
  onSaved?: (claimId: string) => void;
}

/** Renders nothing while `target` is null. */
export function ClaimEditorDialog({ target, onClose, onSaved }: ClaimEditorDialogProps) {
  const { t } = useTranslation('claims');
  return (
    <Dialog open={!!target} title={target?.mode === 'edit' ? t('editor.editTitle') : t('editor.newTitle')} onClose={onClose} testId="claim-dialog" wide>
      {target && <EditorBody key={target.mode === 'edit' ? target.claim.id : `${target.articleId}:${target.start}:${target.end}`} target={target} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}

function EditorBody({ target, onClose, onSaved }: { target: ClaimEditorTarget; onClose: () => void; onSaved?: (id: string) => void }) {
  const { t, i18n } = useTranslation('claims');
  const lang = i18n.language as Lang;
  const db = useDb();
  const lookups = useLookups();
  const { notify, notifyError } = useNotify();
  const [values, setValues] = useState<ClaimFormValues | null>(target.mode === 'create' ? target.initial : null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const attributes = useLiveQuery(() => db.attributes.toArray(), [db]);

  // The edit form needs tag names, which arrive with the lookups.
  const form = values ?? (target.mode === 'edit' && lookups ? claimToForm(target.claim, lookups.tags) : null);
  const quote = target.mode === 'edit' ? target.claim.target.quote.exact : target.quote;

  async function save() {
    if (!form || busy) return;
    const attribute = attributes?.find((a) => a.id === form.attributeId);
    const parsed = toClaimValue(attribute, form.valueText);
    if (!parsed.value) return setError(t(`errors.${parsed.error}`));
    if (form.asOfEnd && form.asOfStart && form.asOfEnd < form.asOfStart) return setError(t('errors.badPeriod'));
    setBusy(true);
    try {
      const tagIds = await ensureTags(db, parseTagNames(form.tags));
      const fields = {
        statement: form.statement,
        providerIds: form.providerIds,
        attributeId: form.attributeId,
        value: parsed.value,
        asOf: formAsOf(form),
        status: form.status,
        confidence: form.confidence,
        tagIds,
        note: form.note,
      };
      if (target.mode === 'create') {
        const author = (await getSetting(db, 'author')) ?? '';
        const c = await createClaim(db, { articleId: target.articleId, start: target.start, end: target.end, ...fields, author });
        notify({ kind: 'success', message: t('editor.created') });
        onSaved?.(c.id);
      } else {
        const undo = await editClaim(db, target.claim.id, fields);
        notify({ kind: 'success', message: t('editor.updated'), undo });
        onSaved?.(target.claim.id);
      }
      onClose();
    } catch (e) {
      if (e instanceof ClaimInputError) setError(t(`errors.${e.code}`));
      else notifyError(t('errors.saveFailed'), e);
    } finally {
      setBusy(false);
    }
  }

  if (!form) return <p className="muted">{t('common:loading')}</p>;
  const fmt = (iso: string) => (iso ? new Date(iso).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB') : '—');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <blockquote className="card" data-testid="claim-quote" style={{ margin: '0 0 12px' }}>
        “{quote}”
      </blockquote>
      <ClaimForm values={form} onChange={setValues} lang={lang} />
      {target.mode === 'edit' && (
        <p className="muted" data-testid="claim-meta" style={{ fontSize: 12 }}>
          {t('editor.meta', { author: target.claim.author || t('editor.noAuthor'), created: fmt(target.claim.createdAt), updated: fmt(target.claim.updatedAt) })}
        </p>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
        <button type="submit" className="primary" data-testid="claim-save" disabled={busy}>
          {t('common:actions.save')}
        </button>
      </div>
    </form>
  );
}
