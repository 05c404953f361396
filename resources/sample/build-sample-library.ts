/**
 * Turns the sample source into LibraryData: articles normalised and hashed,
 * quotes anchored with W3C selectors, tags by name, plus the starter registries.
 * Deterministic (fixed timestamps), so the committed bundle can be checked.
 */
import type { Article, Claim, LibraryData, Tag } from '../../shared/domain';
import type { BundleMeta } from '../../shared/bundle/write';
import { describeRange } from '../../shared/text/anchor';
import { cleanArticleText, contentHash } from '../../shared/text/normalize';
import { detectLanguage } from '../../shared/text/language';
import { STARTER_ATTRIBUTES } from '../../shared/registry/attributes';
import { STARTER_PROVIDERS } from '../../shared/registry/providers';
import { SAMPLE_ARTICLES, SAMPLE_CLAIMS, SAMPLE_TAGS } from './sample-library';

const STAMP = '2026-11-01T00:00:00.000Z';

export const SAMPLE_BUNDLE_META: BundleMeta = { appVersion: '0.1.0', exportedBy: 'Dossier sample', exportedAt: STAMP, selection: 'Sample dataset: the Korean cloud market' };

export function buildSampleLibrary(): LibraryData {
  const tags: Tag[] = SAMPLE_TAGS.map((t, i) => ({ id: `sample-tag-${i + 1}`, name: t.name, color: t.color }));
  const tagId = (name: string) => {
    const t = tags.find((x) => x.name === name);
    if (!t) throw new Error(`Sample tag "${name}" is not declared`);
    return t.id;
  };
  const articles: Article[] = SAMPLE_ARTICLES.map((a) => {
    const text = cleanArticleText(a.text);
    return {
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      author: a.author,
      publishedAt: a.publishedAt,
      url: a.url,
      language: detectLanguage(text),
      text,
      contentHash: contentHash(text),
      source: { kind: 'sample' },
      tagIds: a.tags.map(tagId),
      createdAt: STAMP,
      updatedAt: STAMP,
    };
  });
  const claims: Claim[] = SAMPLE_CLAIMS.map((c) => {
    const article = articles.find((a) => a.id === c.articleId);
    if (!article) throw new Error(`Sample claim ${c.id} names a missing article`);
    const start = article.text.indexOf(c.quote);
    if (start < 0) throw new Error(`Sample claim ${c.id}: quote not found in ${article.id}`);
    return {
      id: c.id,
      articleId: c.articleId,
      target: describeRange(article.text, start, start + c.quote.length),
      statement: c.statement,
      providerIds: c.providerIds,
      attributeId: c.attributeId,
      value: c.value,
      ...(c.asOf ? { asOf: c.asOf } : {}),
      status: c.status,
      confidence: c.confidence,
      tagIds: c.tags.map(tagId),
      note: c.note ?? '',
      author: 'Dossier sample',
      createdAt: STAMP,
      updatedAt: STAMP,
    };
  });
  return { articles, claims, tags, providers: STARTER_PROVIDERS, attributes: STARTER_ATTRIBUTES, briefings: [] };
}
