/**
 * Tags as a tree (`/` in names): create, rename (one row, children follow),
 * colour, merge into another tag, delete with undo; counts of claims and
 * articles per tag.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Tag } from '@shared/domain';
import { useDb } from '../../app/context';
import { useNotify } from '../../app/notifications';
import { createTag, deleteTag, mergeTags, renameTag, setTagColor } from './commands/tags';
import { RegistryInputError } from './commands/registry-error';
import { buildTagTree, flattenTagTree } from './tag-tree';
import { useUsageCounts } from './use-counts';

export function TagsTab() {
  const { t } = useTranslation('registry');
  const db = useDb();
  const { notify, notifyError } = useNotify();
  const tags = useLiveQuery(() => db.tags.toArray(), [db]);
  const counts = useUsageCounts();
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [mergeFrom, setMergeFrom] = useState<{ id: string; into: string } | null>(null);
  const rows = useMemo(() => flattenTagTree(buildTagTree(tags ?? [])), [tags]);
  const sortedTags = useMemo(() => (tags ?? []).slice().sort((a, b) => a.name.localeCompare(b.name, 'ko')), [tags]);

  async function run(action: () => Promise<(() => Promise<void>) | void>, message: string) {
    try {
      const undo = await action();
      notify({ kind: 'success', message, ...(undo ? { undo } : {}) });
      return true;
    } catch (e) {
      if (e instanceof RegistryInputError) notify({ kind: 'error', message: t(`errors.${e.code}`) });
      else notifyError(t('errors.failed'), e);
      return false;
    }
  }

  async function add() {
    const name = newName;
    if (await run(async () => void (await createTag(db, name)), t('tags.created', { name: name.trim() }))) setNewName('');
  }

  async function rename() {
    if (!renaming) return;
    const r = renaming;
    if (await run(() => renameTag(db, r.id, r.name), t('tags.renamed', { name: r.name.trim() }))) setRenaming(null);
  }

  async function merge(gone: Tag) {
    if (!mergeFrom?.into) return;
    const into = tags?.find((x) => x.id === mergeFrom.into);
    if (await run(() => mergeTags(db, mergeFrom.into, gone.id), t('tags.merged', { gone: gone.name, keep: into?.name ?? '' }))) setMergeFrom(null);
  }

  async function remove(tag: Tag) {
    await run(async () => (await deleteTag(db, tag.id)).undo, t('tags.deleted', { name: tag.name }));
  }

  if (!tags || !counts) return <p className="muted">{t('common:loading')}</p>;
  return (
    <>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input value={newName} onChange={(e) => setNewName(e.target.value)} placeholder={t('tags.newPlaceholder')} aria-label={t('tags.new')} className="grow" data-testid="tag-new-name" />
        <button type="submit" className="primary" disabled={!newName.trim()} data-testid="tag-create">
          {t('tags.new')}
        </button>
      </form>
      {rows.length === 0 ? (
        <div className="empty card">{t('tags.empty')}</div>
      ) : (
        <ul className="tag-tree card" style={{ padding: 0 }} data-testid="tag-tree" aria-label={t('tabs.tags')}>
          {rows.map((n) => {
            const tag = n.tag;
            return (
              <li key={n.path} className="tag-row" style={{ paddingLeft: 8 + n.depth * 22 }} data-testid={tag ? `tag-row-${tag.name}` : undefined}>
                {tag ? (
                  <input type="color" value={tag.color} onChange={(e) => void run(() => setTagColor(db, tag.id, e.target.value), t('tags.recoloured'))} aria-label={t('tags.colour', { name: tag.name })} data-testid="tag-color" />
                ) : (
                  <span style={{ width: 32 }} />
                )}
                <span className="tag-name">
                  {renaming && tag && renaming.id === tag.id ? (
                    <form
                      style={{ display: 'flex', gap: 4 }}
                      onSubmit={(e) => {
                        e.preventDefault();
                        void rename();
                      }}
                    >
                      <input autoFocus value={renaming.name} onChange={(e) => setRenaming({ ...renaming, name: e.target.value })} aria-label={t('tags.rename')} data-testid="tag-rename-input" style={{ flex: 1 }} />
                      <button type="submit" className="primary" data-testid="tag-rename-save">
                        {t('common:actions.save')}
                      </button>
                      <button type="button" onClick={() => setRenaming(null)}>
                        {t('common:actions.cancel')}
                      </button>
                    </form>
                  ) : (
                    <span className={tag ? undefined : 'tag-implied'} title={n.path}>
                      {n.label}
                    </span>
                  )}
                </span>
                {tag && (
                  <>
                    <span className="muted" style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid="tag-counts">
                      {t('tags.counts', { claims: t('tags.claimCount', { count: counts.claimsByTag.get(tag.id) ?? 0 }), articles: t('tags.articleCount', { count: counts.articlesByTag.get(tag.id) ?? 0 }) })}
                    </span>
                    {mergeFrom?.id === tag.id ? (
                      <>
                        <select value={mergeFrom.into} onChange={(e) => setMergeFrom({ id: tag.id, into: e.target.value })} aria-label={t('tags.mergeInto')} data-testid="tag-merge-into">
                          <option value="">{t('tags.mergeInto')}</option>
                          {sortedTags
                            .filter((x) => x.id !== tag.id)
                            .map((x) => (
                              <option key={x.id} value={x.id}>
                                {x.name}
                              </option>
                            ))}
                        </select>
                        <button type="button" className="primary" disabled={!mergeFrom.into} onClick={() => void merge(tag)} data-testid="tag-merge-confirm">
                          {t('tags.merge')}
                        </button>
                        <button type="button" onClick={() => setMergeFrom(null)}>
                          {t('common:actions.cancel')}
                        </button>
                      </>
                    ) : (
                      <>
                        <button type="button" onClick={() => setRenaming({ id: tag.id, name: tag.name })} data-testid="tag-rename">
                          {t('tags.rename')}
                        </button>
                        <button type="button" onClick={() => setMergeFrom({ id: tag.id, into: '' })} data-testid="tag-merge">
                          {t('tags.merge')}…
                        </button>
                        <button type="button" className="danger" onClick={() => void remove(tag)} data-testid="tag-delete">
                          {t('common:actions.delete')}
                        </button>
                      </>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
