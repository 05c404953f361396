/** Paste an article with its metadata. Duplicates are offered as skip or keep both, never silently doubled. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/ui/Dialog';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { addArticle, ArticleInputError, type AddArticleResult, type NewArticleInput } from './commands/add-article';
import { navigate } from '../../app/router';

const EMPTY = { title: '', outlet: '', author: '', publishedAt: '', url: '', text: '' };

export function AddArticleDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('library');
  const db = useDb();
  const { notify, notifyError } = useNotify();
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState('');
  const [duplicate, setDuplicate] = useState<Extract<AddArticleResult, { status: 'duplicate' }> | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const close = () => {
    setForm(EMPTY);
    setError('');
    setDuplicate(null);
    onClose();
  };

  async function save(keepBoth = false) {
    setBusy(true);
    setError('');
    try {
      const input: NewArticleInput = { ...form, source: { kind: 'paste' } };
      const r = await addArticle(db, input, { keepBoth });
      if (r.status === 'duplicate') {
        setDuplicate(r);
        return;
      }
      notify({ kind: 'success', message: t('added', { title: r.article.title }) });
      close();
      navigate('reader', r.article.id);
    } catch (e) {
      if (e instanceof ArticleInputError) setError(t(`errors.${e.code}`, { detail: e.message }));
      else notifyError(t('errors.saveFailed'), e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} title={t('add.title')} onClose={close} testId="add-article-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="form-grid">
          <label className="field wide">
            {t('fields.title')}
            <input value={form.title} onChange={set('title')} data-testid="article-title" autoFocus />
          </label>
          <label className="field">
            {t('fields.outlet')}
            <input value={form.outlet} onChange={set('outlet')} data-testid="article-outlet" />
          </label>
          <label className="field">
            {t('fields.author')}
            <input value={form.author} onChange={set('author')} data-testid="article-author" />
          </label>
          <label className="field">
            {t('fields.publishedAt')}
            <input type="date" value={form.publishedAt} onChange={set('publishedAt')} data-testid="article-date" />
          </label>
          <label className="field">
            {t('fields.url')}
            <input type="url" value={form.url} onChange={set('url')} placeholder="https://" data-testid="article-url" />
          </label>
          <label className="field wide">
            {t('fields.text')}
            <textarea rows={12} value={form.text} onChange={set('text')} data-testid="article-text" required />
          </label>
        </div>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        {duplicate && (
          <div className="card" role="alert" data-testid="duplicate-warning">
            <p>{t(duplicate.reason === 'url' ? 'duplicate.byUrl' : 'duplicate.byText', { title: duplicate.existing.title })}</p>
            <div className="toolbar">
              <button type="button" onClick={() => navigate('reader', duplicate.existing.id)}>
                {t('duplicate.open')}
              </button>
              <button type="button" onClick={() => void save(true)}>
                {t('duplicate.keepBoth')}
              </button>
            </div>
          </div>
        )}
        <div className="actions">
          <button type="button" onClick={close}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !form.text.trim()} data-testid="article-save">
            {t('add.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
