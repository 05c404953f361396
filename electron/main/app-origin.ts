import { APP_ORIGIN } from '@shared/security';

/**
 * The origin of a URL as `scheme://host[:port]`, or null when it has none.
 * Node's URL reports `"null"` as the origin of every non-special scheme such as
 * `app:`, so the origin is assembled by hand rather than read from `url.origin`.
 */
export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origins whose pages count as "the app": always `app://dossier`, plus the
 * Vite dev server while developing (electron-vite sets ELECTRON_RENDERER_URL; main
 * passes it only when the app is not packaged).
 */
export function trustedOrigins(devServerUrl?: string | null): string[] {
  const origins = [APP_ORIGIN];
  const dev = originOf(devServerUrl);
  if (dev && devServerUrl) {
    const { protocol, hostname } = new URL(devServerUrl);
    if (protocol === 'http:' && LOOPBACK_HOSTS.has(hostname)) origins.push(dev);
  }
  return origins;
}

/** True when the URL belongs to one of the trusted origins (compared exactly, never by prefix). */
export function isTrustedUrl(url: string | null | undefined, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}
