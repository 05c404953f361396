/**
 * Charts as self-contained SVG strings, for the app (inlined as markup the UI
 * produced itself) and the print page. Every piece of text passes through
 * `escapeXml`, coordinates of bars and rules are whole pixels with
 * `crispEdges` so print output stays sharp, and each chart carries `<title>`,
 * `<desc>` and `role="img"` so screen readers get the data, not a picture.
 * Colour is never the only carrier: status and conflict are also written out.
 */
import type { ClaimStatus, Lang } from '../domain';
import { escapeXml } from '../format/escape';
import type { BarChartData, TimelineEvent } from './chart';
import { COMPARE_LABELS } from './labels';

/** Size, heading and language of a chart. */
export interface SvgOptions {
  /** Width in CSS pixels (also the viewBox width). */
  width: number;
  /** Height in CSS pixels; a minimum: a chart with many rows grows so no row is squeezed below legibility. */
  height: number;
  /** Heading drawn at the top and used as the accessible name; may be empty. */
  title: string;
  lang: Lang;
  /** Prefix for the ids of `<title>`/`<desc>`; defaults to one derived from the content, so two charts on a page differ. */
  idPrefix?: string;
  /** CSS font-family; defaults to the app's bundled Korean font, then system fallbacks. */
  fontFamily?: string;
}

const DEFAULT_FONT = "'Noto Sans KR', 'Pretendard', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

const STATUS_COLOR: Record<ClaimStatus, string> = {
  verified: '#1f4e79',
  unverified: '#5b8cc0',
  disputed: '#b8433f',
  outdated: '#9a9a9a',
};

const PAD = 12;
const TITLE_SIZE = 15;
const LABEL_SIZE = 12;
const SMALL_SIZE = 11;

/** Rounds for compact markup; bars use whole pixels. */
const r1 = (x: number) => String(Math.round(x * 10) / 10);

/** Rough advance width: Hangul and other wide characters take about 1em, others about 0.58em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    em += cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60) || cp >= 0x1f300) ? 1 : 0.58;
  }
  return em * fontSize;
}

/** Cuts text to fit `maxWidth`, ending in an ellipsis when cut. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && estimateTextWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

function hashId(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return `chart-${h.toString(36)}`;
}

function svgOpen(width: number, height: number, opts: SvgOptions, id: string, desc: string): string {
  const name = opts.title || desc.split('\n')[0] || '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` role="img" aria-label="${escapeXml(name)}" aria-labelledby="${id}-title ${id}-desc"` +
    ` font-family="${escapeXml(opts.fontFamily ?? DEFAULT_FONT)}" lang="${opts.lang}">` +
    `<title id="${id}-title">${escapeXml(name)}</title>` +
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`
  );
}

function heading(opts: SvgOptions, width: number): string {
  if (!opts.title) return '';
  const text = fitText(opts.title, width - 2 * PAD, TITLE_SIZE);
  return `<text x="${PAD}" y="${PAD + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="700" fill="#111">${escapeXml(text)}</text>`;
}

function emptyChart(opts: SvgOptions, id: string): string {
  const noData = COMPARE_LABELS[opts.lang].noData;
  const { width, height } = opts;
  return (
    svgOpen(width, height, opts, id, noData) +
    heading(opts, width) +
    `<text x="${r1(width / 2)}" y="${r1(height / 2)}" text-anchor="middle" font-size="${LABEL_SIZE}" fill="#555">${escapeXml(noData)}</text></svg>`
  );
}

function statusNote(status: ClaimStatus, conflict: boolean, lang: Lang): string {
  const labels = COMPARE_LABELS[lang];
  const parts: string[] = [];
  if (status === 'disputed' || status === 'outdated') parts.push(labels.status[status]);
  if (conflict) parts.push(labels.conflict);
  return parts.length ? ` [${parts.join(', ')}]` : '';
}

/**
 * A horizontal bar chart, one bar per provider in data order, value text at the bar's end
 * with `[disputed]`/`[conflict]` markers, a zero rule, and a legend of the statuses shown.
 * A range draws as a solid bar to its low end and a pale extension to its high end.
 */
export function renderBarChartSvg(data: BarChartData, opts: SvgOptions): string {
  const id = opts.idPrefix ?? hashId(`${opts.title}|${data.attributeId}|${data.bars.map((b) => `${b.providerId}=${b.value}`).join(',')}`);
  if (data.bars.length === 0) return emptyChart(opts, id);
  const { width, lang } = opts;
  const labels = COMPARE_LABELS[lang];
  const bars = data.bars.map((b) => ({ ...b, valueText: b.formatted + statusNote(b.status, b.conflict, lang) }));

  const top = opts.title ? PAD + TITLE_SIZE + 14 : PAD;
  const legendH = 24;
  const minRow = 20;
  const height = Math.max(opts.height, Math.ceil(top + legendH + PAD + bars.length * minRow));
  const rowH = (height - top - legendH - PAD) / bars.length;
  const barH = Math.max(8, Math.round(Math.min(rowH * 0.62, 26)));

  const labelW = Math.min(width * 0.3, Math.max(...bars.map((b) => estimateTextWidth(b.label, LABEL_SIZE))) + 8);
  const valueW = Math.min(width * 0.34, Math.max(...bars.map((b) => estimateTextWidth(b.valueText, SMALL_SIZE))) + 8);
  const x0 = Math.round(PAD + labelW);
  const x1 = Math.round(width - PAD - valueW);
  const values = bars.flatMap((b) => (b.valueMax === undefined ? [b.value] : [b.value, b.valueMax]));
  const lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi === lo) hi = lo + 1;
  const x = (v: number) => Math.round(x0 + ((v - lo) / (hi - lo)) * (x1 - x0));
  const zero = x(0);

  const desc = [
    opts.title || data.attributeName,
    ...bars.map((b) => `${b.label}: ${b.valueText}${b.asOfText ? ` (${labels.asOfPhrase(b.asOfText)})` : ''}`),
  ].join('\n');
  let out = svgOpen(width, height, opts, id, desc) + heading(opts, width);

  bars.forEach((b, i) => {
    const cy = top + rowH * i + rowH / 2;
    const y = Math.round(cy - barH / 2);
    const end = x(b.value);
    const color = STATUS_COLOR[b.status];
    const tip = `${b.label}: ${b.valueText}${b.asOfText ? ` (${labels.asOfPhrase(b.asOfText)})` : ''}`;
    out += `<g><title>${escapeXml(tip)}</title>`;
    out += `<text x="${x0 - 6}" y="${r1(cy)}" dy="0.35em" text-anchor="end" font-size="${LABEL_SIZE}" fill="#222">${escapeXml(fitText(b.label, labelW - 8, LABEL_SIZE))}</text>`;
    const bx = Math.min(zero, end);
    const bw = Math.max(b.value === 0 ? 0 : 1, Math.abs(end - zero));
    const dashed = b.status === 'disputed' ? ' stroke-dasharray="3 2"' : '';
    out += `<rect x="${bx}" y="${y}" width="${bw}" height="${barH}" fill="${color}" fill-opacity="${b.status === 'disputed' ? 0.55 : 1}" stroke="${color}"${dashed} shape-rendering="crispEdges"/>`;
    let textX = Math.max(end, zero);
    if (b.valueMax !== undefined) {
      const endMax = x(b.valueMax);
      out += `<rect x="${Math.min(end, endMax)}" y="${y}" width="${Math.max(1, Math.abs(endMax - end))}" height="${barH}" fill="${color}" fill-opacity="0.3" shape-rendering="crispEdges"/>`;
      textX = Math.max(textX, endMax);
    }
    out += `<text x="${textX + 4}" y="${r1(cy)}" dy="0.35em" font-size="${SMALL_SIZE}" fill="#222">${escapeXml(fitText(b.valueText, width - PAD - textX - 4, SMALL_SIZE))}</text></g>`;
  });
  out += `<line x1="${zero + 0.5}" y1="${top}" x2="${zero + 0.5}" y2="${Math.round(height - legendH - PAD + 4)}" stroke="#444" stroke-width="1" shape-rendering="crispEdges"/>`;
  out += legend([...new Set(bars.map((b) => b.status))], height - PAD - 6, lang);
  return `${out}</svg>`;
}

function legend(statuses: ClaimStatus[], baseline: number, lang: Lang): string {
  const labels = COMPARE_LABELS[lang];
  const order: ClaimStatus[] = ['verified', 'unverified', 'disputed', 'outdated'];
  let x = PAD;
  let out = '';
  for (const s of order.filter((o) => statuses.includes(o))) {
    out += `<rect x="${x}" y="${Math.round(baseline - 9)}" width="10" height="10" fill="${STATUS_COLOR[s]}" shape-rendering="crispEdges"/>`;
    out += `<text x="${x + 14}" y="${baseline}" font-size="${SMALL_SIZE}" fill="#333">${escapeXml(labels.status[s])}</text>`;
    x += 14 + Math.ceil(estimateTextWidth(labels.status[s], SMALL_SIZE)) + 14;
  }
  return out;
}

/**
 * A vertical timeline: one row per event in the given order (`timelineData` sorts by date),
 * the date on the left (bold where the year changes), a marker on the rule coloured by status
 * (hollow for unverified), and `label: detail` on the right, cut with an ellipsis to fit and
 * given in full in each row's tooltip and in `<desc>`.
 */
export function renderTimelineSvg(events: readonly TimelineEvent[], opts: SvgOptions): string {
  const id = opts.idPrefix ?? hashId(`${opts.title}|${events.map((e) => e.claimId).join(',')}`);
  if (events.length === 0) return emptyChart(opts, id);
  const { width, lang } = opts;
  const top = opts.title ? PAD + TITLE_SIZE + 16 : PAD + 6;
  const rowH = 24;
  const height = Math.max(opts.height, top + events.length * rowH + PAD);
  const dateW = Math.max(...events.map((e) => estimateTextWidth(e.date, SMALL_SIZE))) + 4;
  const lineX = Math.round(PAD + dateW + 12);
  const textX = lineX + 14;
  const lines = events.map((e) => `${e.label}: ${e.detail}${statusNote(e.status, false, lang)}`);
  const desc = [opts.title, ...events.map((e, i) => `${e.date} — ${lines[i]}`)].filter(Boolean).join('\n');

  let out = svgOpen(width, height, opts, id, desc) + heading(opts, width);
  const firstY = top + rowH / 2;
  const lastY = top + rowH * (events.length - 1) + rowH / 2;
  out += `<line x1="${lineX + 0.5}" y1="${Math.round(firstY)}" x2="${lineX + 0.5}" y2="${Math.round(lastY)}" stroke="#888" stroke-width="1" shape-rendering="crispEdges"/>`;
  events.forEach((e, i) => {
    const cy = top + rowH * i + rowH / 2;
    const newYear = i === 0 || Math.floor(events[i - 1]!.day / 10000) !== Math.floor(e.day / 10000);
    const color = STATUS_COLOR[e.status];
    const fill = e.status === 'unverified' ? '#ffffff' : color;
    out += `<g><title>${escapeXml(`${e.date} — ${lines[i]}`)}</title>`;
    out += `<text x="${lineX - 10}" y="${r1(cy)}" dy="0.35em" text-anchor="end" font-size="${SMALL_SIZE}"${newYear ? ' font-weight="700"' : ''} fill="#222">${escapeXml(e.date)}</text>`;
    out += `<circle cx="${lineX + 0.5}" cy="${r1(cy)}" r="4.5" fill="${fill}" stroke="${color}" stroke-width="1.5"/>`;
    out += `<text x="${textX}" y="${r1(cy)}" dy="0.35em" font-size="${LABEL_SIZE}" fill="#222">${escapeXml(fitText(lines[i]!, width - PAD - textX, LABEL_SIZE))}</text></g>`;
  });
  return `${out}</svg>`;
}
