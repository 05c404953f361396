import { describe, it, expect, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  decideWindowOpen,
  hardenSession,
  hardenWebContents,
  isPermissionAllowed,
  shouldBlockNavigation,
} from './navigation';

const origins = ['app://dossier'];

describe('decideWindowOpen', () => {
  it('always denies a new window; only clean https links go to the system browser', () => {
    expect(decideWindowOpen('https://www.example.org/report.pdf')).toEqual({ action: 'deny', openExternally: true });
    expect(decideWindowOpen('http://www.example.org/')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('https://user:pw@example.org/')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('file:///etc/passwd')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('app://dossier/index.html')).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('shouldBlockNavigation', () => {
  it('allows the app origin and blocks everything else', () => {
    expect(shouldBlockNavigation('app://dossier/index.html#/compare', origins)).toBe(false);
    expect(shouldBlockNavigation('https://evil.example/', origins)).toBe(true);
    expect(shouldBlockNavigation('file:///etc/passwd', origins)).toBe(true);
    expect(shouldBlockNavigation('app://other/', origins)).toBe(true);
  });
});

describe('isPermissionAllowed', () => {
  it('grants only clipboard writes and persistent storage, only to the app', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://dossier/index.html', origins)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://dossier/', origins)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', origins)).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'hid']) {
      expect(isPermissionAllowed(p, 'app://dossier/', origins)).toBe(false);
    }
  });
});

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    on: (name: string, l: Listener) => listeners.set(name, l),
  };
  const fire = (name: string, url = '') => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)!(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('hardenWebContents', () => {
  it('wires window.open, will-navigate, will-redirect and will-attach-webview', () => {
    const f = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(f.contents, origins, openExternal);

    expect(f.open('https://example.org/a')).toEqual({ action: 'deny' });
    expect(f.open('http://example.org/a')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://example.org/a');

    expect(f.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(f.fire('will-navigate', 'app://dossier/index.html')).toBe(false);
    expect(f.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(f.fire('will-attach-webview')).toBe(true);
  });
});

describe('hardenSession', () => {
  it('installs request and check handlers that apply the allow-list', () => {
    let request: ((...a: unknown[]) => void) | undefined;
    let check: ((...a: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as unknown as Session;
    hardenSession(session, origins);

    const contents = { getURL: () => 'app://dossier/index.html' };
    const cb = vi.fn();
    request!(contents, 'media', cb, { requestingUrl: 'app://dossier/index.html' });
    request!(contents, 'persistent-storage', cb, { requestingUrl: 'app://dossier/index.html' });
    expect(cb.mock.calls).toEqual([[false], [true]]);
    expect(check!(contents, 'clipboard-sanitized-write', 'app://dossier')).toBe(true);
    expect(check!(contents, 'geolocation', 'app://dossier')).toBe(false);
  });
});
