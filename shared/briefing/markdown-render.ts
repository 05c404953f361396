/**
 * A deliberately small, safe Markdown reader for briefing text sections.
 *
 * It returns an AST (`parseMarkdown`) the UI renders as React elements, and an
 * HTML string (`renderMarkdownHtml`) for places that want markup, such as the
 * print page. Safety comes from construction rather than sanitising: the input
 * is never treated as HTML (a `<script>` is five characters of text), the only
 * tags produced are a fixed set without attributes (bar a class name), and
 * links are not made clickable: a link shows its text followed by its URL, and
 * the URL is kept only when it is `http:`, `https:` or `mailto:` — anything
 * else (`javascript:`, `data:`, `file:`) is dropped and only the text remains.
 *
 * Supported: `#`–`###` headings (deeper levels read as `###`), paragraphs,
 * `**bold**`/`__bold__`, `*italic*`/`_italic_`, `` `code` ``, fenced code
 * blocks, `-`/`*`/`+` and `1.` lists (one level), `>` quotes, `---` rules,
 * `[text](url)` and `<https://…>` links, backslash escapes. Anything else is text.
 */
import { nfc } from '../text/normalize';
import { escapeXml } from '../format/escape';

/** Inline content. */
export type MdInline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: MdInline[] }
  | { type: 'em'; children: MdInline[] }
  | { type: 'code'; text: string }
  /** `url` is null when the written URL was not http(s) or mailto; show `children` only then. */
  | { type: 'link'; children: MdInline[]; url: string | null };

/** Block content. */
export type MdBlock =
  | { type: 'heading'; level: 1 | 2 | 3; children: MdInline[] }
  | { type: 'paragraph'; children: MdInline[] }
  | { type: 'list'; ordered: boolean; start: number; items: MdInline[][] }
  | { type: 'code'; text: string }
  | { type: 'quote'; children: MdInline[] }
  | { type: 'rule' };

// Control characters are matched on purpose: browsers strip them, which is how `java\tscript:` gets through.
// eslint-disable-next-line no-control-regex
const SAFE_URL = /^(?:https?:\/\/|mailto:)[^\s\u0000-\u001f\u007f<>]+$/i;

/** The URL if it is safe to show and open (http, https, mailto; no spaces or control characters), else null. */
export function safeUrl(url: string): string | null {
  const u = url.trim();
  return SAFE_URL.test(u) ? u : null;
}

const PUNCT = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
const WORDCHAR = /[\p{L}\p{N}]/u;

function pushText(out: MdInline[], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

/** Finds the closing `delim` for an emphasis run opened at `from`, not directly after whitespace. */
function findClose(s: string, delim: string, from: number): number {
  let j = s.indexOf(delim, from);
  while (j !== -1) {
    const single = delim.length === 1;
    const doubled = single && (s[j + 1] === delim || s[j - 1] === delim);
    const afterSpace = /\s/.test(s[j - 1] ?? ' ');
    const wordAfter = delim[0] === '_' && WORDCHAR.test(s[j + delim.length] ?? '');
    if (j > from && !afterSpace && !doubled && !wordAfter) return j;
    j = s.indexOf(delim, j + (doubled ? 2 : 1));
  }
  return -1;
}

/** Parses inline Markdown into nodes. */
export function parseInline(s: string, depth = 0): MdInline[] {
  const out: MdInline[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length && PUNCT.test(s[i + 1]!)) {
      pushText(out, s[i + 1]!);
      i += 2;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (s[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      const end = s.indexOf(fence, i + n);
      if (end !== -1) {
        const code = s.slice(i + n, end);
        out.push({ type: 'code', text: code.length > 2 && code.startsWith(' ') && code.endsWith(' ') ? code.slice(1, -1) : code });
        i = end + n;
        continue;
      }
      pushText(out, fence);
      i += n;
      continue;
    }
    if ((c === '*' || c === '_') && depth < 8) {
      const double = s[i + 1] === c;
      const delim = double ? c + c : c;
      const next = s[i + delim.length] ?? '';
      const prevWord = c === '_' && WORDCHAR.test(s[i - 1] ?? '');
      if (next && !/\s/.test(next) && !prevWord) {
        const end = findClose(s, delim, i + delim.length);
        if (end !== -1) {
          const children = parseInline(s.slice(i + delim.length, end), depth + 1);
          out.push(double ? { type: 'strong', children } : { type: 'em', children });
          i = end + delim.length;
          continue;
        }
      }
      pushText(out, delim);
      i += delim.length;
      continue;
    }
    if (c === '[' && depth < 8) {
      const link = readLink(s, i);
      if (link) {
        out.push({ type: 'link', children: parseInline(link.text, depth + 1), url: safeUrl(link.url) });
        i = link.end;
        continue;
      }
    }
    if (c === '<') {
      const m = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i.exec(s.slice(i));
      if (m) {
        out.push({ type: 'link', children: [{ type: 'text', text: m[1]! }], url: safeUrl(m[1]!) });
        i += m[0].length;
        continue;
      }
    }
    pushText(out, c);
    i += 1;
  }
  return out;
}

/** Reads `[text](url "title")` at `start`; null when the brackets do not form a link. */
function readLink(s: string, start: number): { text: string; url: string; end: number } | null {
  let depth = 0;
  let j = start;
  for (; j < s.length; j++) {
    if (s[j] === '\\') {
      j++;
      continue;
    }
    if (s[j] === '[') depth++;
    else if (s[j] === ']' && --depth === 0) break;
  }
  if (j >= s.length || s[j + 1] !== '(') return null;
  const close = s.indexOf(')', j + 2);
  if (close === -1) return null;
  let url = s.slice(j + 2, close).trim();
  url = url.replace(/\s+("[^"]*"|'[^']*')$/, '');
  if (url.startsWith('<') && url.endsWith('>')) url = url.slice(1, -1);
  return { text: s.slice(start + 1, j), url, end: close + 1 };
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>[ \t]?(.*)$/;

const startsBlock = (line: string) =>
  HEADING.test(line) || RULE.test(line) || BULLET.test(line) || ORDERED.test(line) || FENCE.test(line) || QUOTE.test(line);

/** Parses Markdown into blocks. Input is NFC-normalised; line endings may be LF, CRLF or CR. */
export function parseMarkdown(markdown: string): MdBlock[] {
  const lines = nfc(markdown).replace(/\r\n?/g, '\n').split('\n');
  const blocks: MdBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trimStart().startsWith(marker)) body.push(lines[i++]!);
      i++;
      blocks.push({ type: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = Math.min(3, heading[1]!.length) as 1 | 2 | 3;
      blocks.push({ type: 'heading', level, children: parseInline((heading[2] ?? '').trim()) });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    if (bullet || ordered) {
      const isOrdered = !bullet;
      const pattern = isOrdered ? ORDERED : BULLET;
      const items: string[] = [];
      const start = ordered ? Number(ordered[1]) : 1;
      while (i < lines.length) {
        const l = lines[i]!;
        const m = pattern.exec(l);
        if (m) items.push((isOrdered ? m[2] : m[1])!.trim());
        else if (l.trim() && !startsBlock(l) && items.length) items[items.length - 1] += ` ${l.trim()}`;
        else break;
        i++;
      }
      blocks.push({ type: 'list', ordered: isOrdered, start, items: items.map((t) => parseInline(t)) });
      continue;
    }
    if (QUOTE.test(line)) {
      const body: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) body.push(QUOTE.exec(lines[i++]!)![1]!.trim());
      blocks.push({ type: 'quote', children: parseInline(body.join(' ').trim()) });
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i]!.trim() && (para.length === 0 || !startsBlock(lines[i]!))) para.push(lines[i++]!.trim());
    blocks.push({ type: 'paragraph', children: parseInline(para.join(' ')) });
  }
  return blocks;
}

function inlineHtml(nodes: readonly MdInline[]): string {
  let html = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        html += escapeXml(n.text);
        break;
      case 'strong':
        html += `<strong>${inlineHtml(n.children)}</strong>`;
        break;
      case 'em':
        html += `<em>${inlineHtml(n.children)}</em>`;
        break;
      case 'code':
        html += `<code>${escapeXml(n.text)}</code>`;
        break;
      case 'link': {
        const text = inlineHtml(n.children);
        const plain = inlineText(n.children);
        html += `<span class="md-link">${text}</span>`;
        if (n.url && n.url !== plain) html += ` <span class="md-url">(${escapeXml(n.url)})</span>`;
        break;
      }
    }
  }
  return html;
}

/** The plain text of inline nodes (for alt text, search, or comparing a link's text with its URL). */
export function inlineText(nodes: readonly MdInline[]): string {
  return nodes.map((n) => (n.type === 'text' || n.type === 'code' ? n.text : n.type === 'link' || n.type === 'strong' || n.type === 'em' ? inlineText(n.children) : '')).join('');
}

/** Options for `renderMarkdownHtml`. */
export interface RenderOptions {
  /**
   * Added to heading levels so a text section's `#` nests under the section's own heading
   * (offset 2: `#` → `<h3>`). Capped at `<h6>`. Default 0.
   */
  headingOffset?: number;
}

/**
 * Markdown to an HTML string that is safe to insert as markup: all input text is escaped, no
 * input ever becomes a tag or attribute, and links render as text plus their (safe) URL in
 * parentheses, never as `<a>`. Tags produced: h1–h6, p, strong, em, code, pre, ul, ol, li,
 * blockquote, hr, span (classes `md-link`, `md-url`).
 */
export function renderMarkdownHtml(markdown: string, opts: RenderOptions = {}): string {
  const offset = Math.max(0, Math.floor(opts.headingOffset ?? 0));
  return parseMarkdown(markdown)
    .map((b) => {
      switch (b.type) {
        case 'heading': {
          const h = Math.min(6, b.level + offset);
          return `<h${h}>${inlineHtml(b.children)}</h${h}>`;
        }
        case 'paragraph':
          return `<p>${inlineHtml(b.children)}</p>`;
        case 'list': {
          const items = b.items.map((it) => `<li>${inlineHtml(it)}</li>`).join('');
          if (!b.ordered) return `<ul>${items}</ul>`;
          return b.start === 1 ? `<ol>${items}</ol>` : `<ol start="${b.start}">${items}</ol>`;
        }
        case 'code':
          return `<pre><code>${escapeXml(b.text)}</code></pre>`;
        case 'quote':
          return `<blockquote><p>${inlineHtml(b.children)}</p></blockquote>`;
        case 'rule':
          return '<hr>';
      }
    })
    .join('\n');
}
