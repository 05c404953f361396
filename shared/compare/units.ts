/**
 * Which quantity units can be compared with each other, and how. Values are
 * normalised when parsed (`70%` → 0.7 `ratio`), but claims may come from older
 * bundles or be typed by hand with `percent`, `weeks` or `원`, so comparison
 * converts to a base unit first. Currencies never convert into each other:
 * an exchange rate is a claim of its own, and a silent one would invent agreement.
 */
import type { QuantityValue } from '../domain';

const TO_BASE: Record<string, { base: string; factor: number }> = {
  ratio: { base: 'ratio', factor: 1 },
  percent: { base: 'ratio', factor: 0.01 },
  '%': { base: 'ratio', factor: 0.01 },
  KRW: { base: 'KRW', factor: 1 },
  won: { base: 'KRW', factor: 1 },
  원: { base: 'KRW', factor: 1 },
  persons: { base: 'persons', factor: 1 },
  person: { base: 'persons', factor: 1 },
  people: { base: 'persons', factor: 1 },
  명: { base: 'persons', factor: 1 },
  count: { base: 'count', factor: 1 },
  day: { base: 'day', factor: 1 },
  days: { base: 'day', factor: 1 },
  week: { base: 'day', factor: 7 },
  weeks: { base: 'day', factor: 7 },
  hour: { base: 'hour', factor: 1 },
  hours: { base: 'hour', factor: 1 },
  month: { base: 'month', factor: 1 },
  months: { base: 'month', factor: 1 },
  year: { base: 'month', factor: 12 },
  years: { base: 'month', factor: 12 },
};

/** A quantity in its base unit as a closed range (`lo === hi` for a single amount). */
export interface BaseQuantity {
  base: string;
  lo: number;
  hi: number;
}

/** Converts to the base unit; units not in the table are their own base, so equal unknown units still compare. */
export function toBaseQuantity(q: QuantityValue): BaseQuantity {
  const conv = TO_BASE[q.unit.trim()] ?? { base: q.unit.trim(), factor: 1 };
  const a = q.amount * conv.factor;
  const b = (q.amountMax ?? q.amount) * conv.factor;
  return { base: conv.base, lo: Math.min(a, b), hi: Math.max(a, b) };
}

/** The base unit a unit converts to (e.g. `percent` → `ratio`). */
export function baseUnit(unit: string): string {
  return TO_BASE[unit.trim()]?.base ?? unit.trim();
}
