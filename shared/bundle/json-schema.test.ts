import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleJsonSchema, bundleJsonSchemaText } from './json-schema';

describe('docs/bundle.schema.json', () => {
  it('equals the schema generated from the zod schemas (run `npx tsx scripts/gen-bundle-schema.ts` after a schema change)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../docs/bundle.schema.json', import.meta.url)), 'utf8');
    expect(committed).toBe(bundleJsonSchemaText());
  });

  it('describes every entry and keeps unknown fields allowed', () => {
    const schema = bundleJsonSchema() as { properties: Record<string, unknown>; $defs: Record<string, { required: string[]; additionalProperties: unknown }> };
    expect(Object.keys(schema.properties)).toEqual(['manifest.json', 'articles.json', 'claims.json', 'tags.json', 'providers.json', 'attributes.json', 'briefings.json']);
    expect(schema.$defs.Claim!.required).toEqual(expect.arrayContaining(['id', 'articleId', 'target', 'value', 'status']));
    expect(schema.$defs.Claim!.required).not.toContain('asOf');
    expect(schema.$defs.Article!.additionalProperties).toEqual({});
  });
});
