/** Briefings: the list of briefings, or the editor for one. */
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { href, navigate } from '../../app/router';
import { getSetting } from '../../db/repositories/settings';
import { BriefingEditor } from './BriefingEditor';
import { createBriefing } from './commands/briefings';

export function BriefingsPage({ briefingId }: { briefingId?: string }) {
  const { t } = useTranslation('briefings');
  const db = useDb();
  const { notifyError } = useNotify();
  const briefings = useLiveQuery(() => db.briefings.orderBy('updatedAt').reverse().toArray(), [db]);
  const current = useLiveQuery(async () => (briefingId ? ((await db.briefings.get(briefingId)) ?? null) : null), [db, briefingId]);

  async function create() {
    try {
      const b = await createBriefing(db, (await getSetting(db, 'author')) ?? '');
      navigate('briefings', b.id);
    } catch (e) {
      notifyError(t('errors.saveFailed'), e);
    }
  }

  if (briefingId) {
    if (current === undefined) return <p className="muted">{t('common:loading')}</p>;
    if (current === null)
      return (
        <div className="empty card">
          <h2>{t('notFound')}</h2>
          <a href={href('briefings')}>{t('title')}</a>
        </div>
      );
    return <BriefingEditor key={current.id} briefing={current} />;
  }

  if (!briefings) return <p className="muted">{t('common:loading')}</p>;
  return (
    <div className="page">
      <div className="toolbar">
        <h1 className="grow">{t('title')}</h1>
        <button type="button" className="primary" onClick={() => void create()} data-testid="new-briefing">
          {t('new')}
        </button>
      </div>
      {briefings.length === 0 ? (
        <div className="empty card">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </div>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 10 }} data-testid="briefing-list">
          {briefings.map((b) => (
            <li key={b.id} className="card">
              <a href={href('briefings', b.id)}>
                <strong>{b.title || t('untitled')}</strong>
              </a>
              <div className="muted">{b.subtitle}</div>
              <div className="muted" style={{ fontSize: 12 }}>
                {t('sectionCount', { count: b.sections.length })} · {b.updatedAt.slice(0, 10)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
