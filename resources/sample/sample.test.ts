import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeBundle } from '../../shared/bundle/write';
import { openBundle } from '../../shared/bundle/open';
import { anchor } from '../../shared/text/anchor';
import { buildSampleLibrary, SAMPLE_BUNDLE_META } from './build-sample-library';

const committed = new Uint8Array(readFileSync(fileURLToPath(new URL('./sample.dossier', import.meta.url))));

describe('sample dataset', () => {
  it('is committed as built from its source (run `npm run sample:build` after editing it)', () => {
    expect(Buffer.from(writeBundle(buildSampleLibrary(), SAMPLE_BUNDLE_META)).equals(Buffer.from(committed))).toBe(true);
  });

  it('opens through the import pipeline without a single problem', () => {
    const opened = openBundle(committed);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.problems).toEqual([]);
    expect(opened.value.data.articles.length).toBe(3);
    expect(opened.value.data.claims.length).toBeGreaterThanOrEqual(10);
  });

  it('anchors every claim exactly at its quote and names only known providers and attributes', () => {
    const lib = buildSampleLibrary();
    const providers = new Set(lib.providers.map((p) => p.id));
    const attributes = new Set(lib.attributes.map((a) => a.id));
    for (const c of lib.claims) {
      const article = lib.articles.find((a) => a.id === c.articleId)!;
      const placed = anchor(article.text, c.target);
      expect(placed, c.id).toMatchObject({ method: 'position' });
      expect(article.text.slice(c.target.position.start, c.target.position.end)).toBe(c.target.quote.exact);
      for (const p of c.providerIds) expect(providers.has(p), `${c.id} provider ${p}`).toBe(true);
      expect(attributes.has(c.attributeId), `${c.id} attribute`).toBe(true);
    }
  });
});
