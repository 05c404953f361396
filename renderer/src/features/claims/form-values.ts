/**
 * Conversions between stored claims (or claim suggestions) and the claim
 * editor's text fields, so creating, editing and accepting a suggestion all
 * go through one form.
 */
import type { AsOf, Claim, ClaimValue, Tag } from '@shared/domain';
import type { Suggestion } from '@shared/text/suggestions';
import { EMPTY_CLAIM_FORM, type ClaimFormValues } from './ClaimForm';

/** The text the value field shows for a stored value (the quantity's original wording). */
export function valueToText(value: ClaimValue | undefined): string {
  if (!value) return '';
  switch (value.kind) {
    case 'quantity':
      return value.original || String(value.amount);
    case 'category':
      return value.category;
    case 'date':
      return value.date;
    case 'text':
      return value.text;
  }
}

/** Tag names for the tags field, comma-separated, skipping ids whose tag is gone. */
export function tagIdsToText(tagIds: readonly string[], tags: ReadonlyMap<string, Tag>): string {
  return tagIds
    .map((id) => tags.get(id)?.name)
    .filter(Boolean)
    .join(', ');
}

/** The editor's fields for an existing claim. */
export function claimToForm(claim: Claim, tags: ReadonlyMap<string, Tag>): ClaimFormValues {
  return {
    statement: claim.statement,
    providerIds: [...claim.providerIds],
    attributeId: claim.attributeId,
    valueText: valueToText(claim.value),
    asOfStart: claim.asOf?.start ?? '',
    asOfEnd: claim.asOf?.end ?? '',
    status: claim.status,
    confidence: claim.confidence,
    tags: tagIdsToText(claim.tagIds, tags),
    note: claim.note,
  };
}

/** The editor's fields pre-filled from a suggestion; the as-of date falls back to the publication date. */
export function suggestionToForm(s: Suggestion, publishedAt: string): ClaimFormValues {
  return {
    ...EMPTY_CLAIM_FORM,
    providerIds: [...s.providerIds],
    attributeId: s.attributeId ?? '',
    valueText: valueToText(s.value),
    asOfStart: s.asOf?.start ?? publishedAt,
    asOfEnd: s.asOf?.end ?? '',
  };
}

/** The as-of field pair as a period, or undefined when no start date is given. */
export function formAsOf(values: Pick<ClaimFormValues, 'asOfStart' | 'asOfEnd'>): AsOf | undefined {
  if (!values.asOfStart) return undefined;
  return values.asOfEnd ? { start: values.asOfStart, end: values.asOfEnd } : { start: values.asOfStart };
}
