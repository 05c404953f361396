/**
 * Text normalisation on the way in. Korean text arriving in NFD (decomposed
 * jamo, common from macOS file names and some PDFs) never matches NFC text, so
 * every string that is stored or searched passes through `nfc` first.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Unicode NFC. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Cleans pasted or extracted article text: NFC, unified line endings, no NULs
 * or other control characters (except tab and newline), trailing spaces trimmed,
 * at most one blank line in a row.
 */
export function cleanArticleText(s: string): string {
  return nfc(s)
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text reduced for duplicate detection: NFC, lower case, whitespace and punctuation removed. */
export function textFingerprint(s: string): string {
  return nfc(s).toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Hex SHA-256 of the text's fingerprint: equal for texts differing only in spacing, case or punctuation. */
export function contentHash(s: string): string {
  return bytesToHex(sha256(utf8ToBytes(textFingerprint(s))));
}

/** Hex SHA-256 of raw bytes (bundle entry checksums). */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** URL reduced for duplicate detection: no fragment, no tracking parameters, no trailing slash, lower-case host. */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  if (!trimmed) return '';
  const m = /^(https?):\/\/([^/?#]+)([^?#]*)(\?[^#]*)?/i.exec(trimmed);
  if (!m) return trimmed;
  const [, scheme, host, path, query] = m;
  const params = (query ?? '')
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p && !/^(utm_[a-z]+|fbclid|gclid)=/i.test(p));
  const q = params.length ? `?${params.join('&')}` : '';
  return `${scheme!.toLowerCase()}://${host!.toLowerCase()}${(path ?? '').replace(/\/+$/, '')}${q}`;
}
