/**
 * Measures a large library through the app's import path: 10,000 articles
 * and 100,000 claims written as a bundle, opened (checksums, validation,
 * restore), planned against an empty library and committed into a DossierDb.
 * Slow, so it runs only with DOSSIER_SCALE=1; prints the figures.
 */
import { describe, it, expect } from 'vitest';
import type { Article, Claim, LibraryData } from '@shared/domain';
import { sampleLibrary } from '@shared/bundle/fixtures';
import { writeBundle } from '@shared/bundle/write';
import { DossierDb } from '../../../db/database';
import { commitImport, planImport, withIds } from './import-bundle';

const ARTICLES = Number(process.env.DOSSIER_SCALE_ARTICLES ?? 10_000);
const CLAIMS_PER_ARTICLE = 10;

function bigLibrary(): LibraryData {
  const base = sampleLibrary();
  const model = base.articles[1]!;
  const claimModel = base.claims[0]!;
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const text = `${model.text}\n기사 ${i}: 클라우드 시장 점유율이 ${i % 100}% 수준으로 집계됐다.`;
    articles.push({ ...model, id: `art-${i}`, title: `${model.title} #${i}`, url: `https://example.com/a/${i}`, text, contentHash: i.toString(16).padStart(64, '0') });
    for (let j = 0; j < CLAIMS_PER_ARTICLE; j++) {
      claims.push({ ...claimModel, id: `clm-${i}-${j}`, articleId: `art-${i}`, statement: `Claim ${j} of article ${i}`, value: { kind: 'quantity', amount: (i * j) / 1000, unit: 'ratio', original: `${j}%` } });
    }
  }
  return { ...base, articles, claims, briefings: [] };
}

describe.skipIf(!process.env.DOSSIER_SCALE)('import at scale', () => {
  it(`bundles, opens and commits ${ARTICLES} articles with ${ARTICLES * CLAIMS_PER_ARTICLE} claims`, async () => {
    const data = bigLibrary();
    let t = performance.now();
    const bytes = writeBundle(data, { appVersion: '1', exportedBy: 'x', exportedAt: '2026-11-23T00:00:00.000Z' });
    const writeMs = performance.now() - t;
    t = performance.now();
    const planned = planImport({ articles: [], claims: [], tags: [], providers: [], attributes: [], briefings: [] }, bytes, 'big.dossier');
    const openPlanMs = performance.now() - t;
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    const db = new DossierDb(`scale-${Math.random()}`);
    t = performance.now();
    await commitImport(db, withIds(planned.value), {}, 'mine');
    const commitMs = performance.now() - t;
    expect(await db.claims.count()).toBe(data.claims.length);
    console.log(
      `scale: ${data.articles.length} articles, ${data.claims.length} claims; bundle ${(bytes.length / 1024 / 1024).toFixed(1)} MiB; ` +
        `write ${writeMs.toFixed(0)} ms; open+verify+validate+plan ${openPlanMs.toFixed(0)} ms; commit (fake-indexeddb) ${commitMs.toFixed(0)} ms`,
    );
  }, 600_000);
});
