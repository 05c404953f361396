/**
 * The `.dossier` bundle pipeline: write, read, restore, merge. Import from
 * here (`@shared/bundle`); the modules behind it are details.
 */
export { FORMAT_VERSION, writeBundle, type BundleMeta } from './write';
export {
  readBundle,
  BUNDLE_ERRORS,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_UNCOMPRESSED_BYTES,
  MAX_ENTRY_BYTES,
  MIN_FORMAT_VERSION,
  type BundleErrorCode,
  type ParsedBundle,
  type ReadOptions,
} from './read';
export { restore, FORBIDDEN_KEYS, MAX_DEPTH, type RestoreInput, type RestoreOptions, type Restored } from './restore';
export { openBundle, type OpenedBundle } from './open';
export { migrations, migrate, migrateV0toV1, type Migration, type RawTables } from './migrations';
export { validateRow, validateTable, describeIssue, type RowCheck } from './validate';
export { formatPath, type Problem, type ProblemSeverity } from './problem';
export {
  applyMerge,
  deepEqual,
  importSummary,
  planMerge,
  type ApplySummary,
  type ImportSummary,
  type MatchedBy,
  type MergeChoice,
  type MergeItem,
  type MergeOptions,
  type MergePlan,
  type MergeStatus,
} from './merge';
export {
  articleSchema,
  attributeSchema,
  briefingSchema,
  claimSchema,
  manifestSchema,
  providerSchema,
  tagSchema,
  tableSchemas,
  LIMITS,
  BUNDLE_TYPE,
  MANIFEST_ENTRY,
  TABLE_ENTRIES,
  type Manifest,
} from './schema';
