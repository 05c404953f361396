/**
 * Pure selections of the library for sharing part of it: a briefing, a tag,
 * or hand-picked claims, each closed over what they reference (the claims'
 * articles, and the providers, attributes and tags any chosen record names),
 * so the exported bundle opens without dangling references.
 */
import type { Briefing, Claim, Id, LibraryData } from '@shared/domain';
import { buildMatrix } from '@shared/compare/matrix';

/** What to share. `library` is everything; the others are closed selections. */
export type ShareScope =
  | { kind: 'library' }
  | { kind: 'briefing'; briefingId: Id }
  | { kind: 'tag'; tagId: Id }
  | { kind: 'claims'; claimIds: Id[] };

/** Keeps `rows` whose id is in `ids`, in library order. */
function keep<T extends { id: Id }>(rows: readonly T[], ids: ReadonlySet<Id>): T[] {
  return rows.filter((r) => ids.has(r.id));
}

/**
 * Closes a choice of claims, articles and briefings over their references:
 * every claim's article, and every provider, attribute and tag named by a
 * chosen claim, article or briefing section. Ids the library does not hold are
 * skipped, so the result never invents records.
 */
export function closeSelection(data: LibraryData, claimIds: Iterable<Id>, articleIds: Iterable<Id> = [], briefingIds: Iterable<Id> = []): LibraryData {
  const claimSet = new Set(claimIds);
  const claims = keep(data.claims, claimSet);
  const articleSet = new Set(articleIds);
  for (const c of claims) articleSet.add(c.articleId);
  const articles = keep(data.articles, articleSet);
  const briefings = keep(data.briefings, new Set(briefingIds));

  const providerSet = new Set<Id>();
  const attributeSet = new Set<Id>();
  const tagSet = new Set<Id>();
  for (const c of claims) {
    c.providerIds.forEach((p) => providerSet.add(p));
    attributeSet.add(c.attributeId);
    c.tagIds.forEach((t) => tagSet.add(t));
  }
  for (const a of articles) a.tagIds.forEach((t) => tagSet.add(t));
  for (const b of briefings) {
    for (const s of b.sections) {
      if (s.kind === 'compare') {
        s.view.providerIds.forEach((p) => providerSet.add(p));
        s.view.attributeIds.forEach((a) => attributeSet.add(a));
        if (s.view.tagId) tagSet.add(s.view.tagId);
      } else if (s.kind === 'chart') {
        attributeSet.add(s.attributeId);
        s.providerIds.forEach((p) => providerSet.add(p));
      }
    }
  }
  return {
    articles,
    claims,
    tags: keep(data.tags, tagSet),
    providers: keep(data.providers, providerSet),
    attributes: keep(data.attributes, attributeSet),
    briefings,
  };
}

/** The claims a briefing shows: listed in claim sections, or counted in its compare tables and charts. */
export function briefingClaimIds(data: LibraryData, briefing: Briefing): Set<Id> {
  const ids = new Set<Id>();
  for (const s of briefing.sections) {
    if (s.kind === 'claims') s.claimIds.forEach((id) => ids.add(id));
    else if (s.kind === 'compare') {
      const m = buildMatrix({ providers: data.providers, attributes: data.attributes, claims: data.claims, view: s.view });
      const rows = new Set(m.rows.map((p) => p.id));
      const cols = new Set(m.columns.map((a) => a.id));
      for (const c of data.claims) if (!c.orphaned && cols.has(c.attributeId) && c.providerIds.some((p) => rows.has(p))) ids.add(c.id);
    } else if (s.kind === 'chart') {
      const providers = new Set(s.providerIds);
      const all = providers.size === 0;
      for (const c of data.claims) if (!c.orphaned && c.attributeId === s.attributeId && (all || c.providerIds.some((p) => providers.has(p)))) ids.add(c.id);
    }
  }
  return ids;
}

/** A briefing with the claims it shows, their articles, and every provider, attribute and tag referenced. Empty when the id is unknown. */
export function selectForBriefing(data: LibraryData, briefingId: Id): LibraryData {
  const briefing = data.briefings.find((b) => b.id === briefingId);
  if (!briefing) return closeSelection(data, []);
  return closeSelection(data, briefingClaimIds(data, briefing), [], [briefingId]);
}

/**
 * A tag's claims and articles: claims carrying the tag or one of its children
 * (`regulation` takes `regulation/CSAP`), articles carrying it, and the
 * articles of those claims.
 */
export function selectForTag(data: LibraryData, tagId: Id): LibraryData {
  const tag = data.tags.find((t) => t.id === tagId);
  if (!tag) return closeSelection(data, []);
  const family = new Set(data.tags.filter((t) => t.id === tagId || t.name.startsWith(`${tag.name}/`)).map((t) => t.id));
  const tagged = (ids: readonly Id[]) => ids.some((id) => family.has(id));
  const claims = data.claims.filter((c: Claim) => tagged(c.tagIds)).map((c) => c.id);
  const articles = data.articles.filter((a) => tagged(a.tagIds)).map((a) => a.id);
  const out = closeSelection(data, claims, articles);
  // The tag itself travels even when nothing carries it any more, so the recipient sees what was shared.
  if (!out.tags.some((t) => t.id === tagId)) out.tags = keep(data.tags, new Set([...out.tags.map((t) => t.id), tagId]));
  return out;
}

/** The chosen claims with their articles and what they reference. */
export function selectForClaims(data: LibraryData, claimIds: readonly Id[]): LibraryData {
  return closeSelection(data, claimIds);
}

/** The data a scope selects. */
export function selectScope(data: LibraryData, scope: ShareScope): LibraryData {
  switch (scope.kind) {
    case 'library':
      return data;
    case 'briefing':
      return selectForBriefing(data, scope.briefingId);
    case 'tag':
      return selectForTag(data, scope.tagId);
    case 'claims':
      return selectForClaims(data, scope.claimIds);
  }
}
