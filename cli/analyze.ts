/**
 * `analyze <file>`: runs the app's text analysis (provider mentions,
 * quantities, dates, claim suggestions) on one article file, so a researcher
 * can check what the app would find before importing it, or script it.
 * HTML is reduced to text with a small regex extractor (no DOM in Node here);
 * offsets refer to that extracted, cleaned text.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { localName, type Provider } from '@shared/domain';
import { STARTER_ATTRIBUTES } from '@shared/registry/attributes';
import { STARTER_PROVIDERS } from '@shared/registry/providers';
import { findProviderMentions, summarizeMentions } from '@shared/text/aliases';
import { detectLanguage } from '@shared/text/language';
import { cleanArticleText } from '@shared/text/normalize';
import { findDates, findQuantities } from '@shared/text/quantity';
import { suggestClaims, type Suggestion } from '@shared/text/suggestions';

const USAGE = 'Usage: dossier analyze <file.txt|.md|.html> [--json] [--date YYYY-MM-DD]';
const EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '·', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', copy: '©', reg: '®', trade: '™',
};

/** Decodes named (common) and numeric character references; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Visible text of an HTML document: no scripts, styles or comments; block elements become line breaks. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?(p|div|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote|pre|figure|figcaption)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/[ \t]+/g, ' '),
  );
}

/** Markdown reduced to its reading text: link targets, images, heading and emphasis markers removed. */
export function markdownToText(md: string): string {
  return md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^ {0,3}#{1,6}\s+/gm, '')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1');
}

export interface AnalyzeReport {
  file: string;
  language: 'ko' | 'en' | 'other';
  characters: number;
  providers: { providerId: string; name: { ko: string; en: string }; count: number; aliases: string[] }[];
  mentions: { providerId: string; alias: string; start: number; end: number }[];
  quantities: ReturnType<typeof findQuantities>;
  dates: ReturnType<typeof findDates>;
  suggestions: Suggestion[];
}

/** The full analysis of already-extracted text. */
export function analyzeText(file: string, text: string, reference?: string): AnalyzeReport {
  const providers: readonly Provider[] = STARTER_PROVIDERS;
  const byId = new Map(providers.map((p) => [p.id, p]));
  const mentions = findProviderMentions(text, providers);
  return {
    file,
    language: detectLanguage(text),
    characters: text.length,
    providers: summarizeMentions(mentions).map((s) => ({
      providerId: s.providerId,
      name: byId.get(s.providerId)!.name,
      count: s.count,
      aliases: s.aliases,
    })),
    mentions,
    quantities: findQuantities(text),
    dates: findDates(text, reference ? { reference } : {}),
    suggestions: suggestClaims(text, providers, STARTER_ATTRIBUTES, reference ? { reference } : {}),
  };
}

function formatAmount(amount: number, unit: string): string {
  if (unit === 'ratio' || unit === 'ratio-points') return `${amount} ${unit} (${+(amount * 100).toPrecision(12)}${unit === 'ratio' ? '%' : '%p'})`;
  return `${amount.toLocaleString('en-US', { maximumFractionDigits: 6 })}${unit ? ` ${unit}` : ' (no unit)'}`;
}

function providerLabel(id: string): string {
  const p = STARTER_PROVIDERS.find((x) => x.id === id);
  return p ? `${localName(p.name, 'ko')} (${localName(p.name, 'en')})` : id;
}

function formatReport(r: AnalyzeReport): string {
  const attrName = (id?: string) => (id ? (STARTER_ATTRIBUTES.find((a) => a.id === id)?.name.en ?? id) : 'attribute unclear');
  const lines = [`${r.file}: ${r.characters} characters, language ${r.language}`, ''];
  lines.push(`Providers mentioned (${r.providers.length}):`);
  for (const p of r.providers) lines.push(`  ${providerLabel(p.providerId)}  ×${p.count}  aliases: ${p.aliases.join(', ')}`);
  if (!r.providers.length) lines.push('  none');
  lines.push('', `Quantities (${r.quantities.length}):`);
  for (const q of r.quantities) {
    const amount = q.amountMax !== undefined ? `${formatAmount(q.amount, q.unit)} to ${formatAmount(q.amountMax, q.unit)}` : formatAmount(q.amount, q.unit);
    lines.push(`  ${q.original}  =  ${amount}  [${q.start}-${q.end}]`);
  }
  if (!r.quantities.length) lines.push('  none');
  lines.push('', `Dates (${r.dates.length}):`);
  for (const d of r.dates) lines.push(`  ${d.original}  =  ${d.date}${d.until ? ` to ${d.until}` : ''}${d.relative ? ' (relative)' : ''}${d.approximate ? ' (approximate)' : ''}  [${d.start}-${d.end}]`);
  if (!r.dates.length) lines.push('  none');
  lines.push('', `Claim suggestions (${r.suggestions.length}):`);
  r.suggestions.forEach((s, i) => {
    const v = s.value;
    const value = !v ? '' : v.kind === 'quantity' ? ` = ${v.original}` : v.kind === 'category' ? ` = ${v.category}` : v.kind === 'date' ? ` = ${v.date}` : ` = ${v.text}`;
    const asOf = s.asOf ? ` (as of ${s.asOf.start}${s.asOf.end ? ` to ${s.asOf.end}` : ''})` : '';
    lines.push(`  ${i + 1}. ${s.providerIds.map(providerLabel).join(', ')}: ${attrName(s.attributeId)}${value}${asOf}`);
    lines.push(`     "${s.sentence}"  [${s.start}-${s.end}]`);
  });
  if (!r.suggestions.length) lines.push('  none');
  return lines.join('\n');
}

/**
 * `analyze <file> [--json] [--date YYYY-MM-DD]`. `--date` is the publication
 * date that relative dates (지난 2일) resolve against. Exit 0 on success, 1 when
 * the file is missing, unreadable, empty or of an unsupported type, 2 for a
 * usage error.
 */
export async function runAnalyze(args: string[]): Promise<number> {
  let json = false;
  let reference: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      return 0;
    } else if (a === '--json') {
      json = true;
    } else if (a === '--date') {
      reference = args[++i];
      if (!reference || !/^\d{4}-\d{2}-\d{2}$/.test(reference)) {
        console.error(`--date needs a date as YYYY-MM-DD.\n${USAGE}`);
        return 2;
      }
    } else if (a.startsWith('-')) {
      console.error(`Unknown option "${a}".\n${USAGE}`);
      return 2;
    } else {
      files.push(a);
    }
  }
  if (files.length !== 1) {
    console.error(`${files.length ? 'Give exactly one file.' : 'Give a file to analyze.'}\n${USAGE}`);
    return 2;
  }
  const file = files[0]!;
  const ext = extname(file).toLowerCase();
  if (!EXTENSIONS.includes(ext)) {
    console.error(`${file}: unsupported file type "${ext || '(none)'}"; analyze reads ${EXTENSIONS.join(', ')}.`);
    return 1;
  }
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e);
    console.error(`${file}: cannot read the file (${why}).`);
    return 1;
  }
  raw = raw.replace(/^\uFEFF/, '');
  const extracted = ext === '.html' || ext === '.htm' ? htmlToText(raw) : ext === '.txt' ? raw : markdownToText(raw);
  const text = cleanArticleText(extracted);
  if (!text) {
    console.error(`${file}: the file has no text to analyze.`);
    return 1;
  }
  const report = analyzeText(file, text, reference);
  console.log(json ? JSON.stringify(report, null, 2) : formatReport(report));
  return 0;
}
