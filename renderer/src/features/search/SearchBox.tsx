/**
 * The library's search box: Ctrl/Cmd+K focuses it, results come from the
 * search worker as the researcher types, ranked with highlighted snippets;
 * a result opens the reader (at the claim, for claim hits).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../app/context';
import { getSearchClient, useIndexStatus, type SearchAnswer } from './search-client';
import { resultHref } from './search-docs';
import { Highlighted } from './Highlighted';
import './search.css';

/** How long typing must pause before a query is sent (ms). */
const DEBOUNCE_MS = 120;

export function SearchBox() {
  const { t } = useTranslation('search');
  const db = useDb();
  const client = getSearchClient(db.name);
  const status = useIndexStatus(client);
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<(SearchAnswer & { query: string }) | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef('');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Re-run the query when the index changes, so results appear once a build finishes.
  const statusKey = status.state === 'ready' ? `ready:${status.docs}` : status.state;
  useEffect(() => {
    const q = query.trim();
    latest.current = q;
    if (!q) return;
    const timer = setTimeout(() => {
      void client.search(q).then((a) => {
        if (latest.current === q) setAnswer({ ...a, query: q });
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, client, statusKey]);

  const shown = query.trim() && answer ? answer : null;

  return (
    <div className="search" role="search">
      <div className="search-row">
        <input
          ref={inputRef}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setQuery('');
            if (e.key === 'Enter' && shown?.results[0]) window.location.hash = resultHref(shown.results[0]).slice(1);
          }}
          placeholder={t('placeholder')}
          aria-label={t('label')}
          aria-keyshortcuts="Control+K Meta+K"
          data-testid="search-input"
        />
        <span className="muted search-status" data-testid="search-status" data-saved={status.state === 'ready' && status.saved ? 'true' : undefined}>
          {status.state === 'building'
            ? t('status.building', { done: status.done, total: status.total })
            : status.state === 'ready'
              ? t('status.ready', { count: status.docs })
              : status.state === 'error'
                ? t('status.error', { message: status.message })
                : t('status.starting')}
        </span>
      </div>
      {shown && (
        <div className="search-results card" data-testid="search-results" aria-live="polite">
          <p className="muted search-summary">{t('summary', { count: shown.results.length, ms: shown.ms.toFixed(1), query: shown.query })}</p>
          {shown.results.length === 0 ? (
            <p className="muted">{t('none')}</p>
          ) : (
            <ol>
              {shown.results.map((r) => (
                <li key={`${r.kind}:${r.id}`}>
                  <a href={resultHref(r)} data-testid="search-result" data-kind={r.kind}>
                    <span className={`search-kind search-kind-${r.kind}`}>{t(`kind.${r.kind}`)}</span>
                    <strong>{r.kind === 'claim' ? r.statement || t('untitledClaim') : r.articleTitle || t('untitled')}</strong>
                    {r.kind === 'claim' && r.articleTitle && <span className="muted"> — {r.articleTitle}</span>}
                  </a>
                  <div className="search-snippet" data-testid="search-snippet">
                    <Highlighted snippet={r.snippet} />
                  </div>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
