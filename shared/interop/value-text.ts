/**
 * Claim values and periods as people write them, for exports that leave the
 * app as text (CSV cells, annotation bodies).
 */
import type { AsOf, ClaimValue } from '../domain';

/** The value as the source wrote it (`1조4600억원`), or built from its parts when that is missing. */
export function valueText(value: ClaimValue): string {
  switch (value.kind) {
    case 'quantity': {
      if (value.original) return value.original;
      const amount = value.amountMax !== undefined ? `${value.amount}–${value.amountMax}` : String(value.amount);
      return value.unit ? `${amount} ${value.unit}` : amount;
    }
    case 'category':
      return value.category;
    case 'date':
      return value.date;
    case 'text':
      return value.text;
    default:
      return '';
  }
}

/** A period as an ISO 8601 interval (`2023-01-01/2023-12-31`) or a single date. */
export function asOfText(asOf: AsOf | undefined): string {
  if (!asOf) return '';
  return asOf.end ? `${asOf.start}/${asOf.end}` : asOf.start;
}
