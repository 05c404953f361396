/**
 * Writes the benchmark's data files into a folder: the library as a bundle
 * and as plain JSON, a second small library with 200 providers x 50
 * attributes for the compare matrix, the search queries, and a manifest of
 * what was written (counts, sizes, generation time).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBundle } from '@shared/bundle/write';
import type { LibraryData } from '@shared/domain';
import { DEFAULT_OPTIONS, generateLibrary, type LibraryOptions } from './library';
import { makeQueries, type BenchQuery } from './queries';

/** The files `writeBenchData` produces, by role. */
export const DATA_FILES = {
  bundle: 'library.dossier',
  json: 'library.json',
  compareBundle: 'compare.dossier',
  queries: 'queries.json',
  manifest: 'manifest.json',
} as const;

/** What was generated, for the report. */
export interface DataManifest {
  options: LibraryOptions;
  counts: Record<keyof LibraryData, number>;
  compareCounts: Record<keyof LibraryData, number>;
  generateMs: number;
  bundleBytes: number;
  jsonBytes: number;
  compareBundleBytes: number;
  bigBriefingId: string;
}

/** Options of the compare library: every one of 200 x 50 cells holds two claims on 500 short articles. */
export function compareOptions(partial: Partial<LibraryOptions>): Partial<LibraryOptions> {
  return { articles: 500, claims: 20_000, providers: 200, attributes: 50, tags: 30, briefings: 1, articleChars: 1_000, bigBriefingClaims: 20, seed: (partial.seed ?? DEFAULT_OPTIONS.seed) + 1, idPrefix: 'cmp' };
}

const META = { appVersion: 'bench', exportedBy: 'Dossier bench', exportedAt: '2025-01-01T00:00:00.000Z' };

const counts = (d: LibraryData) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, (v as unknown[]).length])) as Record<keyof LibraryData, number>;

/** Generates and writes everything into `dir` (`compareOverrides` shrink the compare library for the smoke run); returns the manifest (also written as manifest.json). */
export function writeBenchData(dir: string, partial: Partial<LibraryOptions> = {}, compareOverrides: Partial<LibraryOptions> = {}): DataManifest {
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const library = generateLibrary(partial);
  const compare = generateLibrary({ ...compareOptions(partial), ...compareOverrides });
  const generateMs = performance.now() - t0;
  writeFileSync(join(dir, DATA_FILES.bundle), writeBundle(library, META));
  writeFileSync(join(dir, DATA_FILES.json), JSON.stringify(library));
  writeFileSync(join(dir, DATA_FILES.compareBundle), writeBundle(compare, META));
  const queries: BenchQuery[] = makeQueries(library.providers);
  writeFileSync(join(dir, DATA_FILES.queries), JSON.stringify(queries, null, 1));
  const manifest: DataManifest = {
    options: { ...DEFAULT_OPTIONS, ...partial },
    counts: counts(library),
    compareCounts: counts(compare),
    generateMs,
    bundleBytes: statSync(join(dir, DATA_FILES.bundle)).size,
    jsonBytes: statSync(join(dir, DATA_FILES.json)).size,
    compareBundleBytes: statSync(join(dir, DATA_FILES.compareBundle)).size,
    bigBriefingId: library.briefings[0]?.id ?? '',
  };
  writeFileSync(join(dir, DATA_FILES.manifest), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** Reads the manifest of a data folder written by `writeBenchData`. */
export function readManifest(dir: string): DataManifest {
  return JSON.parse(readFileSync(join(dir, DATA_FILES.manifest), 'utf8')) as DataManifest;
}
