/**
 * Builds resources/sample/sample.dossier from resources/sample/sample-library.ts:
 * anchors every sample quote in its article (W3C selectors), adds the starter
 * registries, and writes a bundle with the same writer the app uses.
 * `npm run sample:build`; a unit test checks the committed file is current.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSampleLibrary, SAMPLE_BUNDLE_META } from '../resources/sample/build-sample-library';
import { writeBundle } from '../shared/bundle/write';

const out = fileURLToPath(new URL('../resources/sample/sample.dossier', import.meta.url));
const bytes = writeBundle(buildSampleLibrary(), SAMPLE_BUNDLE_META);
writeFileSync(out, bytes);
console.log(`Wrote ${out} (${bytes.length} bytes)`);
