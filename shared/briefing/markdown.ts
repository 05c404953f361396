/**
 * A briefing as a Markdown document (GitHub-flavoured: tables and `[^n]`
 * footnotes), for pasting into other tools or keeping next to the PDF.
 * Text sections are the researcher's own Markdown and pass through as they
 * are; everything the export generates from data (names, values, statements,
 * quotes) is escaped so a stray `*`, `|` or `<` stays a character.
 */
import { localName, type Briefing, type Claim, type Id, type Lang } from '../domain';
import { layoutMatrix } from '../compare/matrix';
import { axisLabel, cellText } from '../compare/csv';
import { COMPARE_LABELS } from '../compare/labels';
import { formatAsOf, formatValue } from '../format/value';
import { collectCitations, type Citations, type Note, type Source } from './citations';
import { BRIEFING_LABELS } from './labels';
import { sectionTitle } from './outline';
import { sectionChart, sectionMatrix, type BriefingContext } from './sections';

/**
 * Escapes text for inline Markdown: a backslash before every character CommonMark/GFM could
 * read as inline markup (emphasis, code, link and image brackets, HTML, table pipes,
 * strikethrough) and before `&` that would start an entity; line breaks fold to spaces so a
 * value can never start a new block. Generated lines never begin with user text, so
 * block markers (`#`, `-`, `1.`) need no escaping, and parentheses are inert once `[`/`]` are.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/** A URL as a clickable autolink when it is plain http(s), otherwise as escaped text (never a link). */
export function markdownUrl(url: string): string {
  const u = url.trim();
  return /^https?:\/\/[^\s<>]+$/i.test(u) ? `<${u}>` : escapeMarkdown(u);
}

function noteRef(citations: Citations, claimId: Id): string {
  const n = citations.noteNumber.get(claimId);
  return n === undefined ? '' : `[^${n}]`;
}

function claimLine(claim: Claim, ctx: BriefingContext, lang: Lang, citations: Citations): string {
  const providers = claim.providerIds.map((id) => {
    const p = ctx.providers.find((x) => x.id === id);
    return p ? localName(p.name, lang) : id;
  });
  const attribute = ctx.attributes.find((a) => a.id === claim.attributeId);
  const attributeName = attribute ? localName(attribute.name, lang) : claim.attributeId;
  const labels = COMPARE_LABELS[lang];
  let value = formatValue(claim.value, lang);
  const asOf = formatAsOf(claim.asOf, lang);
  if (asOf) value += ` (${labels.asOfPhrase(asOf)})`;
  if (claim.status === 'disputed' || claim.status === 'outdated') value += ` [${labels.status[claim.status]}]`;
  const head = `**${escapeMarkdown(providers.join(', '))}** · ${escapeMarkdown(attributeName)}: ${escapeMarkdown(value)}`;
  const statement = claim.statement.trim();
  return `- ${head}${statement ? ` — ${escapeMarkdown(statement)}` : ''}${noteRef(citations, claim.id)}`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** `[^n]: "quote" — outlet, author, date, p. N, URL`, leaving out parts the article lacks. */
export function footnoteLine(note: Note, lang: Lang): string {
  const parts = [note.outlet, note.author, note.date].filter((p) => p.trim()).map(escapeMarkdown);
  if (note.page !== undefined) parts.push(BRIEFING_LABELS[lang].page(note.page));
  if (note.url.trim()) parts.push(markdownUrl(note.url));
  const quote = `"${escapeMarkdown(note.quote.trim())}"`;
  return `[^${note.number}]: ${quote}${parts.length ? ` — ${parts.join(', ')}` : ''}`;
}

/** `1. outlet, "title", author, date. URL` */
export function sourceLine(source: Source): string {
  const parts = [source.outlet, source.title ? `"${source.title}"` : '', source.author, source.date].filter((p) => p.trim()).map(escapeMarkdown);
  const url = source.url.trim() ? ` ${markdownUrl(source.url)}` : '';
  return `${source.number}. ${parts.join(', ')}.${url}`;
}

/**
 * The whole briefing as Markdown: title, subtitle, a meta line (author, organisation, date),
 * summary, numbered sections — text as written; claims as a bullet list with `[^n]` note
 * markers; a compare snapshot as a table (cells as in the CSV export, each with its note
 * marker); a chart as a table of its data — then the Sources list and the footnotes.
 */
export function briefingToMarkdown(briefing: Briefing, ctx: BriefingContext, lang: Lang): string {
  const labels = BRIEFING_LABELS[lang];
  const compareLabels = COMPARE_LABELS[lang];
  const citations = collectCitations(briefing, ctx);
  const claimById = new Map(ctx.claims.map((c) => [c.id, c]));
  const blocks: string[] = [`# ${escapeMarkdown(briefing.title.trim() || '—')}`];
  if (briefing.subtitle.trim()) blocks.push(`*${escapeMarkdown(briefing.subtitle.trim())}*`);
  const meta = [
    briefing.author.trim() && `${labels.author}: ${escapeMarkdown(briefing.author.trim())}`,
    briefing.organisation.trim() && `${labels.organisation}: ${escapeMarkdown(briefing.organisation.trim())}`,
    briefing.date.trim() && `${labels.date}: ${escapeMarkdown(briefing.date.trim())}`,
  ].filter(Boolean);
  if (meta.length) blocks.push(meta.join(' · '));
  if (briefing.summary.trim()) blocks.push(`## ${labels.summary}`, briefing.summary.trim());

  briefing.sections.forEach((section, i) => {
    blocks.push(`## ${i + 1}. ${escapeMarkdown(sectionTitle(section, lang))}`);
    switch (section.kind) {
      case 'text':
        if (section.markdown.trim()) blocks.push(section.markdown.trim());
        break;
      case 'claims': {
        const lines = section.claimIds.map((id) => {
          const claim = claimById.get(id);
          return claim ? claimLine(claim, ctx, lang, citations) : `- ${labels.missingClaim}`;
        });
        blocks.push(lines.length ? lines.join('\n') : labels.noClaims);
        break;
      }
      case 'compare': {
        const matrix = sectionMatrix(section, ctx);
        const layout = layoutMatrix(matrix);
        const corner = matrix.transposed ? compareLabels.attribute : compareLabels.provider;
        const header = [corner, ...layout.columns.map((c) => axisLabel(c, lang))].map(escapeMarkdown);
        const rows = layout.rows.map((row) => [
          escapeMarkdown(axisLabel(row, lang)),
          ...layout.columns.map((col) => {
            const cell = layout.cell(row, col);
            return cell.current ? escapeMarkdown(cellText(cell, lang)) + noteRef(citations, cell.current.id) : '';
          }),
        ]);
        blocks.push(table(header, rows));
        break;
      }
      case 'chart': {
        const chart = sectionChart(section, ctx, lang);
        if (chart.type === 'bar') {
          const rows = chart.data.bars.map((b) => [
            escapeMarkdown(b.label),
            escapeMarkdown(b.formatted + (b.conflict ? ` [${compareLabels.conflict}]` : '')) + noteRef(citations, b.claimId),
            escapeMarkdown(b.asOfText),
          ]);
          blocks.push(`${escapeMarkdown(chart.data.attributeName)}\n\n${table([compareLabels.provider, compareLabels.value, compareLabels.asOf], rows)}`);
        } else {
          const rows = chart.events.map((e) => [escapeMarkdown(e.date), escapeMarkdown(`${e.label}: ${e.detail}`) + noteRef(citations, e.claimId)]);
          blocks.push(`${escapeMarkdown(chart.attributeName)}\n\n${table([compareLabels.date, compareLabels.event], rows)}`);
        }
        break;
      }
    }
  });

  if (citations.sources.length) blocks.push(`## ${labels.sources}`, citations.sources.map(sourceLine).join('\n'));
  if (citations.notes.length) blocks.push(citations.notes.map((n) => footnoteLine(n, lang)).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
