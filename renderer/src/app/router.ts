/**
 * A small hash router. Hash routes keep every page addressable under both the
 * `app://` scheme and a plain http server, with nothing for the shell to rewrite.
 */
import { useSyncExternalStore } from 'react';

export interface Route {
  /** First path segment: library, reader, claims, compare, briefings, settings, print. */
  name: string;
  params: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const clean = hash.replace(/^#\/?/, '');
  const [path = '', q = ''] = clean.split('?');
  const [name = 'library', ...params] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { name, params, query: new URLSearchParams(q) };
}

function subscribe(cb: () => void) {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}

/** Builds a hash href: href('reader', id) -> '#/reader/<id>'. */
export function href(name: string, ...params: string[]): string {
  return `#/${[name, ...params.map(encodeURIComponent)].join('/')}`;
}

export function navigate(name: string, ...params: string[]): void {
  window.location.hash = href(name, ...params).slice(1);
}
