/**
 * What a briefing section shows, computed from the library: the matrix of a
 * compare snapshot, the chart of a chart section. Citations, Markdown export
 * and the print page all go through here, so they cannot disagree about which
 * claims a section shows.
 */
import type { Article, Attribute, BriefingSection, Claim, Id, Lang, Provider } from '../domain';
import { buildMatrix, type Matrix } from '../compare/matrix';
import { barChartData, renderBarChartSvg, renderTimelineSvg, timelineData, type BarChartData, type SvgOptions, type TimelineEvent } from '../compare/chart';

/** The library records a briefing is rendered from. */
export interface BriefingContext {
  claims: readonly Claim[];
  articles: readonly Article[];
  providers: readonly Provider[];
  attributes: readonly Attribute[];
}

type CompareSection = Extract<BriefingSection, { kind: 'compare' }>;
type ChartSection = Extract<BriefingSection, { kind: 'chart' }>;

/** The matrix a compare snapshot section shows (live data through the saved view). */
export function sectionMatrix(section: CompareSection, ctx: BriefingContext): Matrix {
  return buildMatrix({ providers: ctx.providers, attributes: ctx.attributes, claims: ctx.claims, view: section.view });
}

/**
 * What a chart section draws: bars for a quantity attribute; for a date attribute
 * (certifications, launches) a timeline, since dates do not make bars.
 */
export type SectionChart =
  | { type: 'bar'; data: BarChartData }
  | { type: 'timeline'; attributeName: string; events: TimelineEvent[] };

/**
 * The chart of a chart section. Bars: one per selected provider (all providers when none are
 * selected), from each cell's shown claim. Timeline: every non-orphaned claim of the attribute
 * naming a selected provider, by date.
 */
export function sectionChart(section: ChartSection, ctx: BriefingContext, lang: Lang): SectionChart {
  const attribute = ctx.attributes.find((a) => a.id === section.attributeId);
  if (attribute?.valueType === 'date') {
    const wanted = new Set<Id>(section.providerIds);
    const claims = ctx.claims.filter(
      (c) => c.attributeId === section.attributeId && (wanted.size === 0 || c.providerIds.some((p) => wanted.has(p))),
    );
    const name = (lang === 'ko' ? attribute.name.ko || attribute.name.en : attribute.name.en || attribute.name.ko) || attribute.id;
    return { type: 'timeline', attributeName: name, events: timelineData(claims, ctx.attributes, ctx.providers, lang) };
  }
  const matrix = buildMatrix({
    providers: ctx.providers,
    attributes: ctx.attributes,
    claims: ctx.claims,
    view: { providerIds: section.providerIds, attributeIds: [section.attributeId] },
  });
  return { type: 'bar', data: barChartData(matrix, section.attributeId, lang) };
}

/** The ids of the claims a chart shows, in drawing order. */
export function chartClaimIds(chart: SectionChart): Id[] {
  return chart.type === 'bar' ? chart.data.bars.map((b) => b.claimId) : chart.events.map((e) => e.claimId);
}

/** A chart section as SVG markup (see `renderBarChartSvg` / `renderTimelineSvg` for the guarantees). */
export function renderSectionChartSvg(chart: SectionChart, opts: SvgOptions): string {
  return chart.type === 'bar' ? renderBarChartSvg(chart.data, opts) : renderTimelineSvg(chart.events, opts);
}
