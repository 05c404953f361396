import { beforeEach, describe, expect, it } from 'vitest';
import type { Article, Briefing, Claim } from '@shared/domain';
import { sampleBriefing, sampleContext } from '@shared/briefing/fixtures';
import { collectCitations } from '@shared/briefing/citations';
import { sectionMatrix, type BriefingContext } from '@shared/briefing/sections';
import { layoutMatrix } from '@shared/compare/matrix';
import { DossierDb } from '../../../db/database';
import { claimNeeds, loadBriefingContext } from './briefing-context';

let db: DossierDb;
let full: BriefingContext;

/** An article and a claim no section of the sample briefing can show (another attribute, another provider). */
function unrelated(n: number): { article: Article; claim: Claim } {
  const base = sampleContext();
  const article: Article = { ...base.articles[0]!, id: `other-${n}`, title: `Other ${n}`, text: `Unrelated text ${n}.` };
  const claim: Claim = { ...base.claims[0]!, id: `other-claim-${n}`, articleId: article.id, attributeId: 'not-shown', tagIds: [] };
  return { article, claim };
}

async function store(briefing: Briefing): Promise<void> {
  await db.briefings.put(briefing);
}

beforeEach(async () => {
  db = new DossierDb(`briefing-context-${Math.random()}`);
  const ctx = sampleContext();
  const extra = [1, 2, 3].map(unrelated);
  full = { ...ctx, claims: [...ctx.claims, ...extra.map((e) => e.claim)], articles: [...ctx.articles, ...extra.map((e) => e.article)] };
  await db.transaction('rw', [db.articles, db.claims, db.providers, db.attributes, db.briefings], async () => {
    await db.articles.bulkPut([...full.articles]);
    await db.claims.bulkPut([...full.claims]);
    await db.providers.bulkPut([...ctx.providers]);
    await db.attributes.bulkPut([...ctx.attributes]);
  });
  await store(sampleBriefing());
});

/**
 * Everything the print page and the Markdown export derive from a context. Providers and
 * attributes come from `registry` (as stored, in key order) so only the claims and
 * articles differ between the contexts compared.
 */
function rendered(briefing: Briefing, ctx: BriefingContext, registry: BriefingContext = ctx) {
  ctx = { ...ctx, providers: registry.providers, attributes: registry.attributes };
  const citations = collectCitations(briefing, ctx);
  const matrices = briefing.sections.flatMap((s) => {
    if (s.kind !== 'compare') return [];
    const layout = layoutMatrix(sectionMatrix(s, ctx));
    return [layout.rows.map((r) => layout.columns.map((c) => layout.cell(r, c).current?.id ?? null))];
  });
  return { notes: citations.notes, sources: citations.sources, missing: citations.missingClaimIds, matrices };
}

describe('loadBriefingContext', () => {
  it('renders the same notes, sources and tables as the whole library, from fewer records', async () => {
    const loaded = await loadBriefingContext(db, 'b1');
    expect(loaded).not.toBeNull();
    expect(rendered(loaded!.briefing, loaded!.ctx)).toEqual(rendered(loaded!.briefing, full, loaded!.ctx));
    expect(loaded!.ctx.claims.some((c) => c.id.startsWith('other-'))).toBe(false);
    expect(loaded!.ctx.articles.some((a) => a.id.startsWith('other-'))).toBe(false);
    // Only articles that end up cited are read.
    const cited = new Set(collectCitations(loaded!.briefing, full).sources.map((s) => s.articleId));
    expect(new Set(loaded!.ctx.articles.map((a) => a.id))).toEqual(cited);
  });

  it('reads every claim for a compare section that shows every attribute', async () => {
    const b = sampleBriefing();
    b.sections = [{ id: 'all', kind: 'compare', title: 'All', view: { providerIds: [], attributeIds: [] } }];
    await store(b);
    const loaded = await loadBriefingContext(db, 'b1');
    expect(loaded!.ctx.claims).toHaveLength(full.claims.length);
    expect(rendered(b, loaded!.ctx)).toEqual(rendered(b, full, loaded!.ctx));
  });

  it('keeps the tag filter exact: providers are picked by any claim with the tag', async () => {
    const b = sampleBriefing();
    const tagged = full.claims.find((c) => c.id === 'other-claim-1')!;
    await db.claims.put({ ...tagged, tagIds: ['t-pick'] });
    full = { ...full, claims: full.claims.map((c) => (c.id === tagged.id ? { ...c, tagIds: ['t-pick'] } : c)) };
    b.sections = [{ id: 'tag', kind: 'compare', title: 'Tagged', view: { providerIds: [], attributeIds: ['revenue', 'grade'], tagId: 't-pick' } }];
    await store(b);
    const loaded = await loadBriefingContext(db, 'b1');
    expect(loaded!.ctx.claims.map((c) => c.id)).toContain(tagged.id);
    expect(rendered(b, loaded!.ctx)).toEqual(rendered(b, full, loaded!.ctx));
  });

  it('is null for a briefing that does not exist', async () => {
    expect(await loadBriefingContext(db, 'nope')).toBeNull();
  });
});

describe('claimNeeds', () => {
  it('names the listed claims, the shown attributes and the tag filters', () => {
    const needs = claimNeeds(sampleBriefing());
    expect(needs.all).toBe(false);
    expect(needs.ids).toEqual(['rev-naver', 'gone', 'grade-aws']);
    expect(new Set(needs.attributeIds)).toEqual(new Set(['revenue', 'grade', 'certified']));
    expect(needs.tagIds).toEqual([]);
  });
});
