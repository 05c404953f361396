/**
 * Editing one claim from the claim editor, re-attaching an orphaned claim to a
 * new passage, and adding or removing tags on many claims at once. Each runs in
 * one transaction and returns an undo that puts the rows back exactly.
 */
import type { AsOf, Claim, ClaimStatus, ClaimValue, Confidence } from '@shared/domain';
import { describeRange } from '@shared/text/anchor';
import { nfc } from '@shared/text/normalize';
import type { DossierDb } from '../../../db/database';
import { ClaimInputError, validateValue } from './create-claim';

/** Every field the editor may change. The quote and article stay as they are. */
export interface ClaimEdit {
  statement: string;
  providerIds: string[];
  attributeId: string;
  value: ClaimValue;
  asOf?: AsOf;
  status: ClaimStatus;
  confidence: Confidence;
  tagIds: string[];
  note: string;
}

/** Replaces the editable fields of claim `id`; throws ClaimInputError on bad input. */
export async function editClaim(db: DossierDb, id: string, edit: ClaimEdit, now = new Date()): Promise<() => Promise<void>> {
  if (!edit.providerIds.length) throw new ClaimInputError('no-provider', 'Choose at least one provider.');
  if (!edit.attributeId) throw new ClaimInputError('no-attribute', 'Choose an attribute.');
  const problem = validateValue(edit.value);
  if (problem) throw new ClaimInputError('bad-value', problem);
  if (edit.asOf && (!edit.asOf.start || (edit.asOf.end && edit.asOf.end < edit.asOf.start))) throw new ClaimInputError('bad-value', 'The period ends before it starts.');
  const before = await db.transaction('rw', db.claims, db.attributes, async () => {
    const claim = await db.claims.get(id);
    if (!claim) throw new ClaimInputError('no-article', 'The claim no longer exists.');
    if (!(await db.attributes.get(edit.attributeId))) throw new ClaimInputError('no-attribute', 'The attribute no longer exists.');
    const { asOf: _dropped, ...rest } = claim;
    void _dropped;
    const next: Claim = {
      ...rest,
      statement: nfc(edit.statement.trim()),
      providerIds: [...new Set(edit.providerIds)],
      attributeId: edit.attributeId,
      value: edit.value,
      ...(edit.asOf ? { asOf: edit.asOf } : {}),
      status: edit.status,
      confidence: edit.confidence,
      tagIds: [...new Set(edit.tagIds)],
      note: nfc(edit.note),
      updatedAt: now.toISOString(),
    };
    await db.claims.put(next);
    return claim;
  });
  return async () => {
    await db.claims.put(before);
  };
}

/**
 * Anchors an orphaned (or misplaced) claim to a new passage of its article's
 * current text: new selectors, `orphaned` cleared.
 */
export async function reattachClaim(db: DossierDb, id: string, start: number, end: number, now = new Date()): Promise<() => Promise<void>> {
  const before = await db.transaction('rw', db.claims, db.articles, async () => {
    const claim = await db.claims.get(id);
    if (!claim) throw new ClaimInputError('no-article', 'The claim no longer exists.');
    const article = await db.articles.get(claim.articleId);
    if (!article) throw new ClaimInputError('no-article', 'The article no longer exists.');
    if (!(start >= 0 && end > start && end <= article.text.length)) throw new ClaimInputError('bad-range', 'Select a passage of the article first.');
    const { orphaned: _o, ...rest } = claim;
    void _o;
    await db.claims.put({ ...rest, target: describeRange(article.text, start, end), updatedAt: now.toISOString() });
    return claim;
  });
  return async () => {
    await db.claims.put(before);
  };
}

/** Adds `add` and removes `remove` tag ids on every listed claim. */
export async function retagClaims(db: DossierDb, ids: string[], change: { add?: string[]; remove?: string[] }, now = new Date()): Promise<() => Promise<void>> {
  const add = change.add ?? [];
  const remove = new Set(change.remove ?? []);
  const before = await db.transaction('rw', db.claims, async () => {
    const rows = (await db.claims.bulkGet(ids)).filter((c): c is Claim => !!c);
    const iso = now.toISOString();
    await db.claims.bulkPut(rows.map((c) => ({ ...c, tagIds: [...new Set([...c.tagIds.filter((t) => !remove.has(t)), ...add])], updatedAt: iso })));
    return rows;
  });
  return async () => {
    await db.claims.bulkPut(before);
  };
}
