/**
 * Creates a claim on a passage of an article. The quote is stored with both a
 * W3C TextQuoteSelector and a TextPositionSelector so it can be re-anchored if
 * the article text changes later.
 */
import type { AsOf, Claim, ClaimStatus, ClaimValue, Confidence } from '@shared/domain';
import { describeRange } from '@shared/text/anchor';
import { nfc } from '@shared/text/normalize';
import type { DossierDb } from '../../../db/database';

export interface NewClaimInput {
  articleId: string;
  /** Offsets of the selected passage in the article text (end exclusive). */
  start: number;
  end: number;
  statement?: string;
  providerIds: string[];
  attributeId: string;
  value: ClaimValue;
  asOf?: AsOf;
  status?: ClaimStatus;
  confidence?: Confidence;
  tagIds?: string[];
  note?: string;
  author?: string;
}

export class ClaimInputError extends Error {
  constructor(
    readonly code: 'no-article' | 'bad-range' | 'no-provider' | 'no-attribute' | 'bad-value',
    message: string,
  ) {
    super(message);
    this.name = 'ClaimInputError';
  }
}

/** Checks a value against its kind: numbers finite, dates ISO, text non-empty. */
export function validateValue(value: ClaimValue): string | null {
  switch (value.kind) {
    case 'quantity':
      if (!Number.isFinite(value.amount)) return 'The amount is not a number.';
      if (value.amountMax !== undefined && !(value.amountMax >= value.amount)) return 'The range ends below its start.';
      return null;
    case 'category':
      return value.category.trim() ? null : 'Choose a category.';
    case 'date':
      return /^\d{4}-\d{2}(-\d{2})?$/.test(value.date) ? null : `"${value.date}" is not a date (YYYY-MM-DD).`;
    case 'text':
      return value.text.trim() ? null : 'The value is empty.';
  }
}

export async function createClaim(db: DossierDb, input: NewClaimInput, now = new Date()): Promise<Claim> {
  if (!input.providerIds.length) throw new ClaimInputError('no-provider', 'Choose at least one provider.');
  if (!input.attributeId) throw new ClaimInputError('no-attribute', 'Choose an attribute.');
  const problem = validateValue(input.value);
  if (problem) throw new ClaimInputError('bad-value', problem);
  return db.transaction('rw', db.articles, db.claims, db.attributes, async () => {
    const article = await db.articles.get(input.articleId);
    if (!article) throw new ClaimInputError('no-article', 'The article no longer exists.');
    if (!(await db.attributes.get(input.attributeId))) throw new ClaimInputError('no-attribute', 'The attribute no longer exists.');
    if (!(input.start >= 0 && input.end > input.start && input.end <= article.text.length)) {
      throw new ClaimInputError('bad-range', 'Select a passage of the article first.');
    }
    const iso = now.toISOString();
    const claim: Claim = {
      id: crypto.randomUUID(),
      articleId: article.id,
      target: describeRange(article.text, input.start, input.end),
      statement: nfc((input.statement ?? '').trim()),
      providerIds: input.providerIds,
      attributeId: input.attributeId,
      value: input.value,
      ...(input.asOf ? { asOf: input.asOf } : {}),
      status: input.status ?? 'unverified',
      confidence: input.confidence ?? 'medium',
      tagIds: input.tagIds ?? [],
      note: nfc(input.note ?? ''),
      author: input.author ?? '',
      createdAt: iso,
      updatedAt: iso,
    };
    await db.claims.add(claim);
    return claim;
  });
}
