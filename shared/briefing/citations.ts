/**
 * Numbered notes and a source list for a briefing: every claim the briefing
 * shows is cited with its exact quote, so a reader can check each figure
 * against the article it came from.
 */
import type { Article, Briefing, Claim, Id } from '../domain';
import { layoutMatrix } from '../compare/matrix';
import { chartClaimIds, sectionChart, sectionMatrix, type BriefingContext } from './sections';

/** One numbered note: the claim's quote and where it was published. */
export interface Note {
  /** 1-based, in order of first use. */
  number: number;
  claimId: Id;
  articleId: Id;
  /** The exact passage the claim was marked on. */
  quote: string;
  articleTitle: string;
  outlet: string;
  author: string;
  /** Publication date of the article (`YYYY-MM-DD`), empty when unknown. */
  date: string;
  url: string;
  /** PDF page the quote starts on, when the article came from a PDF with page offsets. */
  page?: number;
  /** Number of the article in `sources`; null when the article is missing from the library. */
  sourceNumber: number | null;
}

/** One article cited by the briefing. */
export interface Source {
  /** 1-based, in order of first citation. */
  number: number;
  articleId: Id;
  title: string;
  outlet: string;
  author: string;
  date: string;
  url: string;
}

/** Notes and sources of a briefing, plus lookups for placing note markers. */
export interface Citations {
  notes: Note[];
  sources: Source[];
  /** Note number per cited claim id. */
  noteNumber: ReadonlyMap<Id, number>;
  /** Claim ids a claims section lists that the library no longer has (shown as missing, never cited). */
  missingClaimIds: Id[];
}

/** The page a text offset falls on, from a PDF article's page start offsets. */
function pageAt(article: Article, offset: number): number | undefined {
  const pages = article.source.pages;
  if (!pages || pages.length === 0) return undefined;
  let best: { page: number; start: number } | undefined;
  for (const p of pages) if (p.start <= offset && (!best || p.start >= best.start)) best = p;
  return best?.page;
}

/**
 * The claim ids a briefing cites, in document order (duplicates kept): claims sections list
 * theirs; a compare snapshot cites each non-empty cell's shown claim, row by row as drawn;
 * a chart cites the claim behind each bar or timeline event. Text sections cite nothing.
 */
export function citedClaimIds(briefing: Briefing, ctx: BriefingContext): Id[] {
  const ids: Id[] = [];
  for (const section of briefing.sections) {
    if (section.kind === 'claims') ids.push(...section.claimIds);
    else if (section.kind === 'compare') {
      const layout = layoutMatrix(sectionMatrix(section, ctx));
      for (const row of layout.rows) for (const col of layout.columns) {
        const current = layout.cell(row, col).current;
        if (current) ids.push(current.id);
      }
    } else if (section.kind === 'chart') ids.push(...chartClaimIds(sectionChart(section, ctx, 'en')));
  }
  return ids;
}

/**
 * Numbers every cited claim in document order: the first use of a claim gives it the next
 * number, later uses keep that number. Sources are the distinct articles of those notes, in
 * order of first citation. See `citedClaimIds` for what counts as a citation.
 */
export function collectCitations(briefing: Briefing, ctx: BriefingContext): Citations {
  const claimById = new Map<Id, Claim>(ctx.claims.map((c) => [c.id, c]));
  const articleById = new Map<Id, Article>(ctx.articles.map((a) => [a.id, a]));
  const notes: Note[] = [];
  const sources: Source[] = [];
  const noteNumber = new Map<Id, number>();
  const sourceNumber = new Map<Id, number>();
  const missing: Id[] = [];

  for (const id of citedClaimIds(briefing, ctx)) {
    if (noteNumber.has(id)) continue;
    const claim = claimById.get(id);
    if (!claim) {
      if (!missing.includes(id)) missing.push(id);
      continue;
    }
    const article = articleById.get(claim.articleId);
    let source: number | null = null;
    if (article) {
      source = sourceNumber.get(article.id) ?? null;
      if (source === null) {
        source = sources.length + 1;
        sourceNumber.set(article.id, source);
        sources.push({
          number: source,
          articleId: article.id,
          title: article.title,
          outlet: article.outlet,
          author: article.author,
          date: article.publishedAt,
          url: article.url,
        });
      }
    }
    const number = notes.length + 1;
    noteNumber.set(id, number);
    const page = article ? pageAt(article, claim.target.position.start) : undefined;
    notes.push({
      number,
      claimId: id,
      articleId: claim.articleId,
      quote: claim.target.quote.exact,
      articleTitle: article?.title ?? '',
      outlet: article?.outlet ?? '',
      author: article?.author ?? '',
      date: article?.publishedAt ?? '',
      url: article?.url ?? '',
      ...(page !== undefined ? { page } : {}),
      sourceNumber: source,
    });
  }
  return { notes, sources, noteNumber, missingClaimIds: missing };
}
