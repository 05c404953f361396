import type { Session, WebContents } from 'electron';
import { isAllowedExternalUrl } from '@shared/security';
import { isTrustedUrl } from './app-origin';

/**
 * What to do with a `window.open` or `target=_blank` request: Dossier never opens
 * a second renderer window; an allow-listed https link goes to the system browser.
 */
export function decideWindowOpen(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url) };
}

/** True when a top-level navigation or redirect would leave the app's own origins. */
export function shouldBlockNavigation(url: string, origins: readonly string[]): boolean {
  return !isTrustedUrl(url, origins);
}

/**
 * Permissions a Dossier page may have. Writing to the clipboard backs "copy
 * citation"; persistent storage keeps IndexedDB from being evicted under disk
 * pressure. Everything else (camera, geolocation, notifications, ...) is denied.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage']);

/** Whether a permission request or check from `requestingUrl` is granted. */
export function isPermissionAllowed(permission: string, requestingUrl: string, origins: readonly string[]): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isTrustedUrl(requestingUrl, origins);
}

/**
 * Applies the navigation rules to one webContents: no new windows, no
 * navigation off the app's origins, no `<webview>`.
 */
export function hardenWebContents(
  contents: WebContents,
  origins: readonly string[],
  openExternal: (url: string) => void,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) openExternal(url);
    return { action: decision.action };
  });
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (shouldBlockNavigation(url, origins)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Installs the permission policy on a session (request and synchronous check alike). */
export function hardenSession(session: Session, origins: readonly string[]): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents.getURL(), origins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, origins),
  );
}
