/**
 * Finds which providers a text mentions, by their aliases.
 *
 * Korean writes particles straight after a name (네이버는, 쿠팡의), so Hangul
 * aliases may be followed by more Hangul; Latin aliases must stand on word
 * boundaries so that KT does not match inside KTX and MS not inside MSP.
 * Overlapping candidates resolve longest-first: 네이버클라우드 is one mention,
 * not also a 네이버 mention.
 */
import type { Id, Provider } from '../domain';
import { nfc } from './normalize';

/** One place a provider is named. Offsets are UTF-16 code units into the (NFC) text, end exclusive. */
export interface ProviderMention {
  providerId: Id;
  /** The registry alias that matched (not the surface text, which may differ in case or spacing). */
  alias: string;
  start: number;
  end: number;
}

/** How often each provider is mentioned, in order of first mention. */
export interface MentionSummary {
  providerId: Id;
  count: number;
  /** Distinct aliases that matched, in order of first use. */
  aliases: string[];
  firstStart: number;
}

const HANGUL = /[\uac00-\ud7a3]/;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

/**
 * Particles and name suffixes that may follow a short (one or two syllable)
 * Hangul alias. Longer aliases (네이버, 마이크로소프트) are distinctive enough to
 * match before any Hangul; short ones (메타, 구글) would otherwise match inside
 * unrelated words (메타버스).
 */
const SHORT_ALIAS_FOLLOWERS = [
  '은', '는', '이', '가', '을', '를', '의', '와', '과', '도', '만', '에', '로', '으로', '랑', '이랑', '까지',
  '부터', '보다', '처럼', '조차', '마저', '나', '이나', '라는', '이라는', '측', '사', '코리아', '그룹', '본사', '클라우드',
];

interface CompiledAlias {
  providerId: Id;
  alias: string;
  re: RegExp;
  checkStartLatin: boolean;
  checkEndLatin: boolean;
  shortHangul: boolean;
}

const cache = new WeakMap<readonly Provider[], CompiledAlias[]>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(providers: readonly Provider[]): CompiledAlias[] {
  const hit = cache.get(providers);
  if (hit) return hit;
  const out: CompiledAlias[] = [];
  for (const p of providers) {
    for (const raw of p.aliases) {
      const alias = nfc(raw.trim());
      if (!alias) continue;
      // All-caps acronyms are case-sensitive: "ms" is milliseconds and "kt" knots.
      const letters = alias.replace(/[^\p{Script=Latin}]/gu, '');
      const caseSensitive = letters.length > 0 && letters === letters.toUpperCase();
      const pattern = alias.split(/\s+/).map(escapeRe).join('\\s*');
      const first = alias[0]!;
      const last = alias[alias.length - 1]!;
      out.push({
        providerId: p.id,
        alias,
        re: new RegExp(pattern, caseSensitive ? 'gu' : 'giu'),
        checkStartLatin: LATIN_OR_DIGIT.test(first),
        checkEndLatin: LATIN_OR_DIGIT.test(last),
        shortHangul: /^[\uac00-\ud7a3]{1,2}$/.test(alias),
      });
    }
  }
  cache.set(providers, out);
  return out;
}

function acceptShortHangul(text: string, start: number, end: number): boolean {
  if (start > 0 && HANGUL.test(text[start - 1]!)) return false;
  if (end >= text.length || !HANGUL.test(text[end]!)) return true;
  return SHORT_ALIAS_FOLLOWERS.some((f) => text.startsWith(f, end));
}

function accept(text: string, c: CompiledAlias, start: number, end: number): boolean {
  if (c.checkStartLatin && start > 0 && LATIN_OR_DIGIT.test(text[start - 1]!)) return false;
  if (c.checkEndLatin && end < text.length && LATIN_OR_DIGIT.test(text[end]!)) return false;
  if (c.shortHangul && !acceptShortHangul(text, start, end)) return false;
  return true;
}

/**
 * Every provider mention in `text`, sorted by position, never overlapping.
 * Where candidates overlap the longest wins (ties: the earlier one, then the
 * provider listed first). `text` should be NFC, as stored article text is.
 */
export function findProviderMentions(text: string, providers: readonly Provider[]): ProviderMention[] {
  const candidates: ProviderMention[] = [];
  for (const c of compile(providers)) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(text); m; m = c.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (accept(text, c, start, end)) candidates.push({ providerId: c.providerId, alias: c.alias, start, end });
    }
  }
  // Stable sort keeps registry order as the last tie-breaker.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: ProviderMention[] = [];
  for (const cand of candidates) {
    if (taken.some((t) => cand.start < t.end && t.start < cand.end)) continue;
    taken.push(cand);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Counts mentions per provider, in order of first mention. */
export function summarizeMentions(mentions: readonly ProviderMention[]): MentionSummary[] {
  const byId = new Map<Id, MentionSummary>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    let s = byId.get(m.providerId);
    if (!s) {
      s = { providerId: m.providerId, count: 0, aliases: [], firstStart: m.start };
      byId.set(m.providerId, s);
    }
    s.count++;
    if (!s.aliases.includes(m.alias)) s.aliases.push(m.alias);
  }
  return [...byId.values()];
}
