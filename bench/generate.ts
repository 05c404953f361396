/**
 * `npm run bench:data`: generates the benchmark library into bench/data/
 * (git-ignored). Flags: --articles N --claims N --providers N --attributes N
 * --tags N --briefings N --chars N (article length) --big-claims N (claims in
 * the large briefing) --seed N --out DIR.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { intArg, parseArgs } from './lib/args';
import { writeBenchData } from './lib/data';
import { DEFAULT_OPTIONS } from './lib/library';

const args = parseArgs(process.argv.slice(2));
const out = resolve(args.get('out') ?? fileURLToPath(new URL('./data', import.meta.url)));
const d = DEFAULT_OPTIONS;
const options = {
  articles: intArg(args, 'articles', d.articles),
  claims: intArg(args, 'claims', d.claims),
  providers: intArg(args, 'providers', d.providers),
  attributes: intArg(args, 'attributes', d.attributes),
  tags: intArg(args, 'tags', d.tags),
  briefings: intArg(args, 'briefings', d.briefings),
  articleChars: intArg(args, 'chars', d.articleChars),
  bigBriefingClaims: intArg(args, 'big-claims', d.bigBriefingClaims),
  seed: intArg(args, 'seed', d.seed),
};

const t0 = performance.now();
const m = writeBenchData(out, options);
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
console.log(`Generated in ${(m.generateMs / 1000).toFixed(1)} s (with writing: ${((performance.now() - t0) / 1000).toFixed(1)} s) into ${out}`);
console.log(`  library: ${Object.entries(m.counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
console.log(`  library.dossier ${mib(m.bundleBytes)}, library.json ${mib(m.jsonBytes)}, compare.dossier ${mib(m.compareBundleBytes)} (${m.compareCounts.providers} providers x ${m.compareCounts.attributes} attributes, ${m.compareCounts.claims} claims)`);
