/**
 * Edits an article's metadata (never its text). Also exported as a button,
 * so the reader can offer the same dialog: `<EditArticleButton articleId=… />`.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Article } from '@shared/domain';
import { detectLanguage } from '@shared/text/language';
import { Dialog } from '../../app/ui/Dialog';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { ArticleInputError } from './commands/add-article';
import { updateArticleMetadata, type ArticleMetadata } from './commands/edit-article';

type Form = ArticleMetadata;

function EditForm({ article, onClose }: { article: Article; onClose: () => void }) {
  const { t } = useTranslation('library');
  const db = useDb();
  const { notify, notifyError } = useNotify();
  const [form, setForm] = useState<Form>({ title: article.title, outlet: article.outlet, author: article.author, publishedAt: article.publishedAt, url: article.url, language: article.language });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const detected = detectLanguage(article.text);
  const set = (k: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  async function save() {
    setBusy(true);
    setError('');
    try {
      const undo = await updateArticleMetadata(db, article.id, form);
      notify({ kind: 'success', message: t('edit.saved', { title: form.title.trim() }), undo });
      onClose();
    } catch (e) {
      if (e instanceof ArticleInputError) setError(t(`errors.${e.code}`, { detail: e.message }));
      else notifyError(t('errors.saveFailed'), e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="form-grid">
        <label className="field wide">
          {t('fields.title')}
          <input value={form.title} onChange={set('title')} required data-testid="edit-title" autoFocus />
        </label>
        <label className="field">
          {t('fields.outlet')}
          <input value={form.outlet} onChange={set('outlet')} data-testid="edit-outlet" />
        </label>
        <label className="field">
          {t('fields.author')}
          <input value={form.author} onChange={set('author')} data-testid="edit-author" />
        </label>
        <label className="field">
          {t('fields.publishedAt')}
          <input type="date" value={form.publishedAt} onChange={set('publishedAt')} data-testid="edit-date" />
        </label>
        <label className="field">
          {t('fields.language')}
          <select value={form.language} onChange={set('language')} data-testid="edit-language">
            {(['ko', 'en', 'other'] as const).map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
                {l === detected ? ` (${t('edit.detected')})` : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="field wide">
          {t('fields.url')}
          <input type="url" value={form.url} onChange={set('url')} placeholder="https://" data-testid="edit-url" />
        </label>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid="edit-save">
          {t('edit.save')}
        </button>
      </div>
    </form>
  );
}

/** The metadata dialog for one article; renders nothing while closed. */
export function EditArticleDialog({ articleId, open, onClose }: { articleId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('library');
  const db = useDb();
  const article = useLiveQuery(() => (open ? db.articles.get(articleId) : undefined), [db, articleId, open]);
  return (
    <Dialog open={open} title={t('edit.title')} onClose={onClose} testId="edit-article-dialog">
      {article ? <EditForm key={article.id} article={article} onClose={onClose} /> : <p className="muted">{t('common:loading')}</p>}
    </Dialog>
  );
}

/** A button that opens the metadata dialog for `articleId`; usable from any screen (the reader's toolbar, a row). */
export function EditArticleButton({ articleId, className, compact }: { articleId: string; className?: string; compact?: boolean }) {
  const { t } = useTranslation('library');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)} data-testid="edit-article" title={t('edit.open')} aria-label={t('edit.open')}>
        {compact ? '✎' : t('edit.open')}
      </button>
      {open && <EditArticleDialog articleId={articleId} open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
