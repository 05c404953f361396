import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from '@shared/security';

/**
 * How the `app:` scheme is registered. It must be standard (real origin, relative
 * URLs, IndexedDB) and secure (treated like https) and has to be registered before
 * `ready`. Scheme and host never change once shipped: IndexedDB data belongs to
 * the origin, and a new origin looks to users like lost data.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
} as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.bcmap': 'application/octet-stream',
};

/** The Content-Type for a file served from the renderer build, by extension. */
export function mimeFor(filePath: string): string {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an `app://dossier/...` URL to a file under `root`, or null when the URL
 * must not be served: another scheme or host, a `.`/`..` segment (raw or
 * percent-encoded), an encoded separator or NUL, or anything that would resolve
 * outside `root`. The raw path is inspected, not the WHATWG-normalised one, so a
 * traversal attempt is refused instead of being silently folded into the root.
 */
export function resolveAppUrl(url: string, root: string): string | null {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(url);
  if (!m || m[1]!.toLowerCase() !== APP_SCHEME || m[2]!.toLowerCase() !== APP_HOST) return null;
  const segments: string[] = [];
  for (const raw of m[3]!.split('/')) {
    if (raw === '') continue;
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg === '.' || seg === '..' || /[\\/\0]/.test(seg) || /^[a-z]:/i.test(seg)) return null;
    segments.push(seg);
  }
  const rootAbs = path.resolve(root);
  const file = segments.length ? path.resolve(rootAbs, ...segments) : path.join(rootAbs, 'index.html');
  const rel = path.relative(rootAbs, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return file;
}

/** Headers on every response from the app scheme; the CSP is the one constant in shared/security.ts. */
export function responseHeaders(filePath: string): Record<string, string> {
  return {
    'Content-Type': mimeFor(filePath),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}

/**
 * The request handler for `protocol.handle('app', ...)`: serves the renderer build
 * in `root` read-only (GET/HEAD), 403 for refused URLs, 404 for missing files.
 */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = resolveAppUrl(request.url, root);
    if (!file) return textResponse(403, 'Forbidden');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...responseHeaders(file), 'Content-Length': String(body.byteLength) },
    });
  };
}
