/**
 * The bundle format as JSON Schema (draft 2020-12), generated from the zod
 * schemas so the published description can never drift from what `restore`
 * accepts. `scripts/gen-bundle-schema.ts` writes it to `docs/bundle.schema.json`.
 * Checks zod cannot express in JSON Schema (real calendar days, end ≥ start)
 * are stated in `docs/bundle-format.md` instead.
 */
import { z } from 'zod';
import {
  articleSchema,
  attributeSchema,
  briefingSchema,
  claimSchema,
  manifestSchema,
  providerSchema,
  tagSchema,
  TABLE_ENTRIES,
  MANIFEST_ENTRY,
} from './schema';

/** The `$id` of the generated document. */
export const BUNDLE_SCHEMA_ID = 'urn:dossier:schema:bundle';

/** The JSON Schema of a bundle: one property per zip entry, each holding that entry's JSON. */
export function bundleJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id: string; description: string }>();
  registry.add(manifestSchema, { id: 'Manifest', description: `The ${MANIFEST_ENTRY} entry: what the bundle holds and the checksum of each entry.` });
  registry.add(articleSchema, { id: 'Article', description: 'An article, report or note; `text` is plain NFC text, never HTML.' });
  registry.add(claimSchema, { id: 'Claim', description: 'A fact or claim marked on a passage of an article.' });
  registry.add(tagSchema, { id: 'Tag', description: 'A label; `/` in the name makes a hierarchy.' });
  registry.add(providerSchema, { id: 'Provider', description: 'A company the research follows.' });
  registry.add(attributeSchema, { id: 'Attribute', description: 'What can be said about a provider, and the shape of its value.' });
  registry.add(briefingSchema, { id: 'Briefing', description: 'A document composed from claims.' });

  // Loose: readers ignore entries they do not know, so a schema must not forbid them.
  const bundle = z
    .looseObject({
      [MANIFEST_ENTRY]: manifestSchema,
      [TABLE_ENTRIES.articles]: z.array(articleSchema),
      [TABLE_ENTRIES.claims]: z.array(claimSchema),
      [TABLE_ENTRIES.tags]: z.array(tagSchema),
      [TABLE_ENTRIES.providers]: z.array(providerSchema),
      [TABLE_ENTRIES.attributes]: z.array(attributeSchema),
      [TABLE_ENTRIES.briefings]: z.array(briefingSchema),
    })
    .partial({
      [TABLE_ENTRIES.articles]: true,
      [TABLE_ENTRIES.claims]: true,
      [TABLE_ENTRIES.tags]: true,
      [TABLE_ENTRIES.providers]: true,
      [TABLE_ENTRIES.attributes]: true,
      [TABLE_ENTRIES.briefings]: true,
    });

  const generated = z.toJSONSchema(bundle, { metadata: registry, target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: BUNDLE_SCHEMA_ID,
    title: 'Dossier bundle (.dossier)',
    description:
      'A .dossier file is a zip archive. Each property below is one entry of the archive, named by its path, and describes the JSON that entry holds. See docs/bundle-format.md.',
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
}

/** The generated schema as the exact text committed in `docs/bundle.schema.json`. */
export function bundleJsonSchemaText(): string {
  return `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`;
}
