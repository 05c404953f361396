import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '@shared/security';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, mimeFor, resolveAppUrl } from './protocol';

const root = path.resolve('/srv/dossier/out/renderer');

describe('resolveAppUrl', () => {
  it('maps app://dossier paths under the root', () => {
    expect(resolveAppUrl('app://dossier/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppUrl('app://dossier/assets/index-abc.js?v=1#x', root)).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppUrl('app://DOSSIER/assets/a%20b.css', root)).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppUrl('app://dossier/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppUrl('app://dossier', root)).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://dossier/../../etc/passwd',
    'app://dossier/assets/../../../etc/passwd',
    'app://dossier/%2e%2e/%2e%2e/etc/passwd',
    'app://dossier/%2E%2E/secret',
    'app://dossier/..%2f..%2fetc%2fpasswd',
    'app://dossier/assets%5c..%5c..%5csecret',
    'app://dossier/./index.html',
    'app://dossier/index.html%00.png',
    'app://dossier/%E0%A4%A',
    'app://dossier/C:%5cWindows%5cwin.ini',
  ])('refuses traversal and malformed paths: %s', (url) => {
    expect(resolveAppUrl(url, root)).toBeNull();
  });

  it.each(['app://evil/index.html', 'app://dossier.evil/index.html', 'https://dossier/index.html', 'file:///etc/passwd', 'app:///index.html'])(
    'refuses other hosts and schemes: %s',
    (url) => {
      expect(resolveAppUrl(url, root)).toBeNull();
    },
  );
});

describe('mimeFor', () => {
  it.each([
    ['index.html', 'text/html'],
    ['a.js', 'text/javascript'],
    ['pdf.worker.min.mjs', 'text/javascript'],
    ['a.css', 'text/css'],
    ['f.woff2', 'font/woff2'],
    ['f.woff', 'font/woff'],
    ['f.ttf', 'font/ttf'],
    ['i.svg', 'image/svg+xml'],
    ['i.PNG', 'image/png'],
    ['d.json', 'application/json'],
    ['m.wasm', 'application/wasm'],
    ['a.js.map', 'application/json'],
    ['unknown.xyz', 'application/octet-stream'],
  ])('%s -> %s', (file, type) => {
    expect(mimeFor(file).split(';')[0]).toBe(type);
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('registers app: as standard and secure with fetch and streaming', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, stream: true });
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  let handler: (r: Request) => Promise<Response>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dossier-protocol-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Dossier</title>');
    await writeFile(path.join(dir, 'assets', 'pdf.worker.mjs'), 'export {};');
    // A file beside the root that traversal must not reach.
    await writeFile(path.join(dir, '..', `${path.basename(dir)}-secret.txt`), 'secret');
    handler = createAppProtocolHandler(dir);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(path.join(dir, '..', `${path.basename(dir)}-secret.txt`), { force: true });
  });

  it('serves files with their MIME type and the shared CSP header', async () => {
    const res = await handler(new Request('app://dossier/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<title>Dossier</title>');
    const csp = res.headers.get('content-security-policy');
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("default-src 'self'");
    // No remote sources anywhere in the policy.
    expect(csp).not.toMatch(/https?:|wss?:|\*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the pdf.js worker as JavaScript', async () => {
    const res = await handler(new Request('app://dossier/assets/pdf.worker.mjs'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers 404 for a missing file and 403 for traversal or another host', async () => {
    expect((await handler(new Request('app://dossier/nope.js'))).status).toBe(404);
    const secret = `${path.basename(dir)}-secret.txt`;
    const traversal = await handler(new Request(`app://dossier/..%2f${secret}`));
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('secret');
    expect((await handler(new Request('app://other/index.html'))).status).toBe(403);
    expect((await handler(new Request('app://dossier/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('keeps the CSP on error responses too', async () => {
    const res = await handler(new Request('app://other/index.html'));
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
