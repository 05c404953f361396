/**
 * The Content-Security-Policy for every page Dossier shows. Main sends it as a
 * header from the `app://` protocol and the production build writes it into
 * index.html as a meta tag, both from this one constant.
 * `style-src 'unsafe-inline'` is needed for React's style attributes in markup
 * from libraries; scripts, fonts and connections stay same-origin only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The custom scheme and host production pages are served from. Never change once shipped: IndexedDB data belongs to the origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Hosts whose https links may be opened in the system browser (sources researchers cite). */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: { protocol: string; username: string; password: string } | null = null;
  const m = /^([a-z][a-z0-9+.-]*:)\/\/(?:([^@/:]*)(?::([^@/]*))?@)?[^/]+/i.exec(url);
  if (m) parsed = { protocol: m[1]!.toLowerCase(), username: m[2] ?? '', password: m[3] ?? '' };
  // Only https, and no credentials smuggled into the link.
  return !!parsed && parsed.protocol === 'https:' && !parsed.username && !parsed.password;
}
