/**
 * Zod schemas for every record a `.dossier` bundle carries, and for its manifest.
 *
 * These schemas are the single source of truth for the bundle format:
 * `restore` validates rows with them, the IPC layer may reuse them, and
 * `scripts/gen-bundle-schema.ts` turns them into `docs/bundle.schema.json`.
 * Objects are loose on purpose: a newer Dossier may add fields, and an older one
 * must carry them through an import/export round trip rather than lose them.
 */
import { z } from 'zod';
import type {
  Article,
  Attribute,
  Briefing,
  Claim,
  LibraryTable,
  Provider,
  Tag,
} from '../domain';

/** Upper bounds on string and list sizes: generous for real research, fatal for hostile files. */
export const LIMITS = {
  id: 200,
  shortText: 500,
  title: 2_000,
  url: 4_096,
  articleText: 2_000_000,
  hash: 128,
  statement: 20_000,
  note: 100_000,
  quote: 100_000,
  quoteContext: 2_000,
  markdown: 1_000_000,
  idList: 100_000,
  smallList: 1_000,
  pages: 100_000,
} as const;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** True when the year/month/day parts (month and day optional) name a real calendar day. */
function realDate(y?: string, m?: string, d?: string): boolean {
  if (m === undefined) return y !== undefined;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(Number(y), month);
}

/** `YYYY-MM-DD`, a real day. */
export const calendarDate = z
  .string()
  .regex(DATE_RE, 'expected a date like 2024-12-02')
  .refine((s) => realDate(...(DATE_RE.exec(s) ?? []).slice(1)), 'not a real calendar date');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: values and as-of periods are often known only to the month or year. */
export const partialDate = z
  .string()
  .regex(PARTIAL_DATE_RE, 'expected a date like 2024, 2024-12 or 2024-12-02')
  .refine((s) => realDate(...(PARTIAL_DATE_RE.exec(s) ?? []).slice(1)), 'not a real calendar date');

/** ISO 8601 date-time (`2024-12-02T09:30:00.000Z`); the zone may be omitted on import. */
export const timestamp = z
  .string()
  .max(64)
  .regex(TIMESTAMP_RE, 'expected an ISO 8601 timestamp like 2024-12-02T09:30:00Z')
  .refine((s) => realDate(...(TIMESTAMP_RE.exec(s) ?? []).slice(1, 4)), 'not a real calendar date');

/** A calendar date or empty, for fields where the date may be unknown. */
const optionalCalendarDate = z.union([z.literal(''), calendarDate]);

const id = z.string().min(1, 'expected a non-empty id').max(LIMITS.id);
const text = (max: number) => z.string().max(max);
const idList = (max: number = LIMITS.idList) => z.array(id).max(max);
const bilingual = z.looseObject({ ko: text(LIMITS.shortText), en: text(LIMITS.shortText) });
const offset = z.number().int().min(0);

export const pageOffsetSchema = z.looseObject({ page: z.number().int().min(0), start: offset });

export const articleSchema = z.looseObject({
  id,
  title: text(LIMITS.title),
  outlet: text(LIMITS.shortText),
  author: text(LIMITS.shortText),
  publishedAt: optionalCalendarDate,
  url: text(LIMITS.url),
  language: z.enum(['ko', 'en', 'other']),
  text: text(LIMITS.articleText),
  contentHash: text(LIMITS.hash),
  source: z.looseObject({
    kind: z.enum(['paste', 'txt', 'md', 'html', 'pdf', 'bundle', 'sample']),
    fileName: text(LIMITS.shortText).optional(),
    pages: z.array(pageOffsetSchema).max(LIMITS.pages).optional(),
  }),
  tagIds: idList(LIMITS.smallList),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const textQuoteSelectorSchema = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: text(LIMITS.quote),
  prefix: text(LIMITS.quoteContext),
  suffix: text(LIMITS.quoteContext),
});

export const textPositionSelectorSchema = z
  .looseObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
  .refine((p) => p.end >= p.start, { message: 'end must not be before start', path: ['end'] });

export const claimTargetSchema = z.looseObject({
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema,
});

export const claimValueSchema = z.discriminatedUnion('kind', [
  z.looseObject({
    kind: z.literal('quantity'),
    amount: z.number(),
    amountMax: z.number().optional(),
    unit: text(64),
    original: text(LIMITS.title),
  }),
  z.looseObject({ kind: z.literal('category'), category: text(LIMITS.shortText) }),
  z.looseObject({ kind: z.literal('date'), date: partialDate }),
  z.looseObject({ kind: z.literal('text'), text: text(LIMITS.note) }),
]);

export const asOfSchema = z.looseObject({ start: partialDate, end: partialDate.optional() });

export const provenanceSchema = z.looseObject({
  fileName: text(LIMITS.shortText),
  importedAt: timestamp,
  exportedBy: text(LIMITS.shortText),
});

export const claimSchema = z.looseObject({
  id,
  articleId: id,
  target: claimTargetSchema,
  statement: text(LIMITS.statement),
  providerIds: idList(LIMITS.smallList),
  attributeId: id,
  value: claimValueSchema,
  asOf: asOfSchema.optional(),
  status: z.enum(['unverified', 'verified', 'disputed', 'outdated']),
  confidence: z.enum(['low', 'medium', 'high']),
  tagIds: idList(LIMITS.smallList),
  note: text(LIMITS.note),
  author: text(LIMITS.shortText),
  preferred: z.boolean().optional(),
  orphaned: z.boolean().optional(),
  provenance: provenanceSchema.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const tagSchema = z.looseObject({
  id,
  name: z.string().min(1, 'expected a non-empty name').max(LIMITS.shortText),
  color: text(64),
});

export const providerSchema = z.looseObject({
  id,
  name: bilingual,
  aliases: z.array(text(LIMITS.shortText)).max(LIMITS.smallList),
  origin: z.enum(['domestic', 'foreign']),
  country: text(8),
  kind: z.enum(['csp', 'msp', 'ai', 'other']),
});

export const attributeSchema = z.looseObject({
  id,
  name: bilingual,
  valueType: z.enum(['quantity', 'category', 'date', 'text']),
  unit: text(64).optional(),
  categories: z.array(text(LIMITS.shortText)).max(LIMITS.smallList).optional(),
  description: text(LIMITS.statement),
});

export const compareViewSchema = z.looseObject({
  providerIds: idList(LIMITS.smallList),
  attributeIds: idList(LIMITS.smallList),
  origin: z.enum(['domestic', 'foreign']).optional(),
  kind: z.enum(['csp', 'msp', 'ai', 'other']).optional(),
  tagId: id.optional(),
  transposed: z.boolean().optional(),
});

export const briefingSectionSchema = z.discriminatedUnion('kind', [
  z.looseObject({ id, kind: z.literal('text'), title: text(LIMITS.title), markdown: text(LIMITS.markdown) }),
  z.looseObject({ id, kind: z.literal('claims'), title: text(LIMITS.title), claimIds: idList() }),
  z.looseObject({ id, kind: z.literal('compare'), title: text(LIMITS.title), view: compareViewSchema }),
  z.looseObject({
    id,
    kind: z.literal('chart'),
    title: text(LIMITS.title),
    attributeId: id,
    providerIds: idList(LIMITS.smallList),
  }),
]);

export const briefingSchema = z.looseObject({
  id,
  title: text(LIMITS.title),
  subtitle: text(LIMITS.title),
  author: text(LIMITS.shortText),
  organisation: text(LIMITS.shortText),
  date: optionalCalendarDate,
  summary: text(LIMITS.note),
  sections: z.array(briefingSectionSchema).max(LIMITS.smallList),
  pageSize: z.enum(['A4', 'Letter']),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** The schema each table's rows must pass. */
export const tableSchemas = {
  articles: articleSchema,
  claims: claimSchema,
  tags: tagSchema,
  providers: providerSchema,
  attributes: attributeSchema,
  briefings: briefingSchema,
} as const satisfies Record<LibraryTable, z.ZodType>;

/** The file name of each table's entry inside the zip. */
export const TABLE_ENTRIES = {
  articles: 'articles.json',
  claims: 'claims.json',
  tags: 'tags.json',
  providers: 'providers.json',
  attributes: 'attributes.json',
  briefings: 'briefings.json',
} as const satisfies Record<LibraryTable, string>;

export const MANIFEST_ENTRY = 'manifest.json';
export const BUNDLE_TYPE = 'dossier-bundle';

const count = z.number().int().min(0);

export const manifestSchema = z.looseObject({
  type: z.literal(BUNDLE_TYPE),
  formatVersion: z.number().int().min(0),
  appVersion: text(64),
  exportedAt: timestamp,
  exportedBy: text(LIMITS.shortText),
  counts: z.looseObject({
    articles: count,
    claims: count,
    tags: count,
    providers: count,
    attributes: count,
    briefings: count,
  }),
  entries: z.record(
    z.string().min(1).max(LIMITS.shortText),
    z.looseObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a hex SHA-256'), bytes: z.number().int().min(0) }),
  ),
  /** What the exporter chose to include, in words, when the bundle is not the whole library. */
  selection: text(LIMITS.note).optional(),
});

/** The manifest as validated (unknown fields kept). */
export type Manifest = z.infer<typeof manifestSchema>;

/** Checks, at compile time, that each schema's output still fits the domain interface. */
type Fits<S extends z.ZodType, T> = z.output<S> extends T ? true : never;
const _fits: [
  Fits<typeof articleSchema, Article>,
  Fits<typeof claimSchema, Claim>,
  Fits<typeof tagSchema, Tag>,
  Fits<typeof providerSchema, Provider>,
  Fits<typeof attributeSchema, Attribute>,
  Fits<typeof briefingSchema, Briefing>,
] = [true, true, true, true, true, true];
void _fits;
