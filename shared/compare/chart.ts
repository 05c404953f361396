/**
 * Chart data drawn from the compare matrix and from claims: a bar per provider
 * for one numeric attribute, and a timeline of dated claims (certifications,
 * launches, announcements). The SVG renderers live in `chart-svg.ts` and are
 * re-exported here so callers import charts from one place.
 */
import { localName, type AsOf, type Attribute, type Claim, type ClaimStatus, type Id, type Lang, type Provider } from '../domain';
import { formatAsOf, formatDate, formatValue } from '../format/value';
import { getCell, type Matrix } from './matrix';
import { dayFloor } from './period';
import { baseUnit, toBaseQuantity } from './units';

export { renderBarChartSvg, renderTimelineSvg, type SvgOptions } from './chart-svg';

/** One provider's bar. */
export interface BarDatum {
  providerId: Id;
  claimId: Id;
  label: string;
  /** Amount in the chart's base `unit` (a range's low end). */
  value: number;
  /** High end of a range, in the base unit; absent for a single amount. */
  valueMax?: number;
  /** The value as the cell shows it (`1조 4,600억 원`). */
  formatted: string;
  status: ClaimStatus;
  asOf: AsOf | null;
  /** Formatted as-of, empty when unknown. */
  asOfText: string;
  /** True when other claims for the same period contradict this value. */
  conflict: boolean;
}

/** Why a provider has no bar. */
export type SkipReason = 'no-value' | 'not-quantity' | 'other-unit';

/** Bars for one attribute, in the matrix's row order (sort the matrix first to sort the bars). */
export interface BarChartData {
  attributeId: Id;
  attributeName: string;
  /** The base unit all bars share (`KRW`, `ratio`, ...); empty when there are no bars. */
  unit: string;
  bars: BarDatum[];
  /** Rows left out, so the UI can say why (e.g. a provider whose only figure is in USD). */
  skipped: { providerId: Id; label: string; reason: SkipReason }[];
}

/**
 * Bars for a numeric attribute, one per matrix row whose shown value is a quantity. Bars must
 * share a unit to be drawn on one axis: the attribute's declared unit if any row uses it,
 * otherwise the unit most rows use (first met on a tie); units that convert (`percent` into
 * `ratio`) are converted, others (KRW vs USD) are skipped with reason `other-unit`.
 */
export function barChartData(matrix: Matrix, attributeId: Id, lang: Lang = 'ko'): BarChartData {
  const attribute = matrix.columns.find((a) => a.id === attributeId);
  const attributeName = attribute ? localName(attribute.name, lang) : attributeId;
  const skipped: BarChartData['skipped'] = [];
  const candidates: { provider: Provider; claim: Claim; base: string }[] = [];
  for (const provider of matrix.rows) {
    const label = localName(provider.name, lang);
    const cell = getCell(matrix, provider.id, attributeId);
    const claim = cell.current;
    if (!claim) skipped.push({ providerId: provider.id, label, reason: 'no-value' });
    else if (claim.value.kind !== 'quantity') skipped.push({ providerId: provider.id, label, reason: 'not-quantity' });
    else candidates.push({ provider, claim, base: toBaseQuantity(claim.value).base });
  }
  const unit = chooseUnit(candidates.map((c) => c.base), attribute?.unit ? baseUnit(attribute.unit) : undefined);
  const bars: BarDatum[] = [];
  for (const { provider, claim, base } of candidates) {
    const label = localName(provider.name, lang);
    if (base !== unit || claim.value.kind !== 'quantity') {
      skipped.push({ providerId: provider.id, label, reason: 'other-unit' });
      continue;
    }
    const q = toBaseQuantity(claim.value);
    const cell = getCell(matrix, provider.id, attributeId);
    bars.push({
      providerId: provider.id,
      claimId: claim.id,
      label,
      value: q.lo,
      ...(q.hi !== q.lo ? { valueMax: q.hi } : {}),
      formatted: formatValue(claim.value, lang),
      status: claim.status,
      asOf: claim.asOf ?? null,
      asOfText: formatAsOf(claim.asOf, lang),
      conflict: cell.conflict !== null,
    });
  }
  return { attributeId, attributeName, unit: bars.length ? unit : '', bars, skipped };
}

function chooseUnit(bases: string[], declared: string | undefined): string {
  if (declared && bases.includes(declared)) return declared;
  const counts = new Map<string, number>();
  for (const b of bases) counts.set(b, (counts.get(b) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [b, n] of counts) {
    if (n > bestCount) {
      best = b;
      bestCount = n;
    }
  }
  return best;
}

/** One dated claim on the timeline. */
export interface TimelineEvent {
  /** The day shown, as written (`2024-12-02`, or partial such as `2024-06`). */
  date: string;
  /** `date` as `YYYYMMDD` (first day of a partial date), for ordering and positioning. */
  day: number;
  /** `value` when the claim's value is a date (e.g. certification granted), `as-of` when the date is its as-of. */
  source: 'value' | 'as-of';
  claimId: Id;
  providerIds: Id[];
  attributeId: Id;
  /** Provider names and the attribute: `네이버클라우드 · CSAP 인증`. */
  label: string;
  /** The value shown with the event; for date-valued claims, the statement the researcher wrote. */
  detail: string;
  status: ClaimStatus;
}

/**
 * Events from dated claims, oldest first (ties by label, then claim id). A claim is dated by
 * its value when that is a date (the day a certification was granted) and otherwise by the
 * start of its as-of; claims with neither, and orphaned claims, are left out. Pass the claims
 * you want on the timeline (e.g. one attribute's, or a briefing section's).
 */
export function timelineData(
  claims: readonly Claim[],
  attributes: readonly Attribute[],
  providers: readonly Provider[],
  lang: Lang = 'ko',
): TimelineEvent[] {
  const attributeById = new Map(attributes.map((a) => [a.id, a]));
  const providerById = new Map(providers.map((p) => [p.id, p]));
  const events: TimelineEvent[] = [];
  for (const claim of claims) {
    if (claim.orphaned) continue;
    const fromValue = claim.value.kind === 'date';
    const raw = claim.value.kind === 'date' ? claim.value.date : claim.asOf?.start;
    const day = raw === undefined ? null : dayFloor(raw);
    if (raw === undefined || day === null) continue;
    const names = claim.providerIds.map((id) => {
      const p = providerById.get(id);
      return p ? localName(p.name, lang) : id;
    });
    const attribute = attributeById.get(claim.attributeId);
    const attributeName = attribute ? localName(attribute.name, lang) : claim.attributeId;
    events.push({
      date: formatDate(raw),
      day,
      source: fromValue ? 'value' : 'as-of',
      claimId: claim.id,
      providerIds: [...claim.providerIds],
      attributeId: claim.attributeId,
      label: `${names.join(', ')} · ${attributeName}`,
      detail: fromValue ? claim.statement : formatValue(claim.value, lang),
      status: claim.status,
    });
  }
  events.sort((a, b) => a.day - b.day || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) || (a.claimId < b.claimId ? -1 : 1));
  return events;
}
