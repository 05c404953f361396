/**
 * Writes docs/bundle.schema.json from the zod schemas in shared/bundle/schema.ts.
 * Run after changing a schema: `npx tsx scripts/gen-bundle-schema.ts`.
 * A unit test fails while the committed file differs from this output.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleJsonSchemaText } from '../shared/bundle/json-schema';

const target = fileURLToPath(new URL('../docs/bundle.schema.json', import.meta.url));
writeFileSync(target, bundleJsonSchemaText());
console.log(`Wrote ${target}`);
