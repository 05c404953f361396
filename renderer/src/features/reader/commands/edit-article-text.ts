/**
 * Saves a new text for an article and re-anchors every claim on it in the same
 * transaction: position, then quote, then fuzzy quote (shared/text/anchor).
 * A placed claim gets fresh selectors for the new text; a claim that cannot be
 * placed is marked `orphaned` and kept with its old quote, never deleted.
 */
import type { Article, Claim } from '@shared/domain';
import { anchor, describeRange, type Anchored } from '@shared/text/anchor';
import { cleanArticleText, contentHash } from '@shared/text/normalize';
import type { DossierDb } from '../../../db/database';
import { MAX_ARTICLE_CHARS } from '../../library/commands/add-article';

export class ArticleTextError extends Error {
  constructor(
    readonly code: 'no-article' | 'empty-text' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'ArticleTextError';
  }
}

/** What happened to each claim: kept at its position, re-placed by quote or fuzzy match, or orphaned. */
export interface ReanchorReport {
  kept: string[];
  moved: string[];
  orphaned: string[];
  /** Puts the old text and every claim back as they were. */
  undo: () => Promise<void>;
}

/** Re-anchors one claim to `text`: the new claim row and how it was placed (null when orphaned). */
export function reanchorClaim(text: string, claim: Claim, iso: string): { claim: Claim; placed: Anchored | null } {
  const placed = anchor(text, claim.target);
  if (!placed) return { claim: { ...claim, orphaned: true, updatedAt: iso }, placed: null };
  const { orphaned: _o, ...rest } = claim;
  void _o;
  return { claim: { ...rest, target: describeRange(text, placed.start, placed.end), updatedAt: iso }, placed };
}

/** Replaces the article's text (cleaned to NFC) and re-anchors its claims; one transaction. */
export async function editArticleText(db: DossierDb, articleId: string, newText: string, now = new Date()): Promise<ReanchorReport> {
  if (newText.length > MAX_ARTICLE_CHARS) throw new ArticleTextError('too-large', `The text is longer than ${MAX_ARTICLE_CHARS} characters.`);
  const text = cleanArticleText(newText);
  if (!text) throw new ArticleTextError('empty-text', 'The article has no text.');
  const iso = now.toISOString();
  const { before, beforeClaims, kept, moved, orphaned } = await db.transaction('rw', db.articles, db.claims, async () => {
    const before = await db.articles.get(articleId);
    if (!before) throw new ArticleTextError('no-article', 'The article no longer exists.');
    const beforeClaims = await db.claims.where('articleId').equals(articleId).toArray();
    const kept: string[] = [];
    const moved: string[] = [];
    const orphaned: string[] = [];
    const next = beforeClaims.map((c) => {
      const r = reanchorClaim(text, c, iso);
      if (!r.placed) orphaned.push(c.id);
      else if (r.placed.method === 'position' && !c.orphaned) kept.push(c.id);
      else moved.push(c.id);
      return r.claim;
    });
    const article: Article = { ...before, text, contentHash: contentHash(text), updatedAt: iso };
    await db.articles.put(article);
    await db.claims.bulkPut(next);
    return { before, beforeClaims, kept, moved, orphaned };
  });
  return {
    kept,
    moved,
    orphaned,
    undo: async () => {
      await db.transaction('rw', db.articles, db.claims, async () => {
        await db.articles.put(before);
        await db.claims.bulkPut(beforeClaims);
      });
    },
  };
}
