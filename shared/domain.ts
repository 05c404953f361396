/**
 * Dossier's domain model: the records the researcher creates and shares.
 *
 * These interfaces describe what is stored in IndexedDB and what travels in a
 * `.dossier` bundle. The zod schemas in `shared/bundle/schema.ts` validate the
 * same shapes at the edges (imports, IPC); this file is the readable contract.
 * Dates are ISO 8601 strings (`2024-12-02` for calendar dates, full timestamps
 * for created/updated), because they must survive JSON and IndexedDB alike.
 */

/** Opaque identifier. Generated as a UUID in the app; any unique string is accepted on import. */
export type Id = string;

/** A UI or content language. Articles may also be `other`. */
export type Lang = 'ko' | 'en';

/** Text in both UI languages. Either may be empty; display falls back to the other. */
export interface Bilingual {
  ko: string;
  en: string;
}

/** How an article came into the library, kept for provenance and re-import. */
export type ArticleSourceKind = 'paste' | 'txt' | 'md' | 'html' | 'pdf' | 'bundle' | 'sample';

/** Where a PDF page starts in the extracted text, so quotes can cite page numbers. */
export interface PageOffset {
  page: number;
  start: number;
}

/** An article, report or note in the offline library. `text` is plain NFC text, never HTML. */
export interface Article {
  id: Id;
  title: string;
  outlet: string;
  author: string;
  /** Calendar date of publication (`YYYY-MM-DD`), or empty when unknown. */
  publishedAt: string;
  url: string;
  language: Lang | 'other';
  text: string;
  /** Hash of the normalised text; duplicate detection compares it. */
  contentHash: string;
  source: { kind: ArticleSourceKind; fileName?: string; pages?: PageOffset[] };
  tagIds: Id[];
  createdAt: string;
  updatedAt: string;
}

/** W3C Web Annotation TextQuoteSelector: the exact text plus a little context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: code-unit offsets into the article text, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where a claim's quote sits in its article. Both selectors are stored, as the W3C model allows. */
export interface ClaimTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** The four states a researcher moves a claim through. */
export type ClaimStatus = 'unverified' | 'verified' | 'disputed' | 'outdated';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['unverified', 'verified', 'disputed', 'outdated'];

/** How sure the researcher is; separate from status (a verified fact can still be low-confidence). */
export type Confidence = 'low' | 'medium' | 'high';
export const CONFIDENCES: readonly Confidence[] = ['low', 'medium', 'high'];

/**
 * A quantity as written and as a number. `amount` is normalised to the base unit
 * (`1조4600억원` → 1.46e12 with unit `KRW`; `70%` → 0.7 with unit `ratio`).
 * A range (`3~4일`) has `amount` as its low end and `amountMax` as its high end.
 */
export interface QuantityValue {
  kind: 'quantity';
  amount: number;
  amountMax?: number;
  unit: string;
  original: string;
}

/** One of the attribute's allowed categories (e.g. CSAP grade `하`). */
export interface CategoryValue {
  kind: 'category';
  category: string;
}

/** A calendar date value (e.g. the day a certification was granted). */
export interface DateValue {
  kind: 'date';
  date: string;
}

/** Free text, for attributes such as partnerships. */
export interface TextValue {
  kind: 'text';
  text: string;
}

export type ClaimValue = QuantityValue | CategoryValue | DateValue | TextValue;
export type ValueKind = ClaimValue['kind'];
export const VALUE_KINDS: readonly ValueKind[] = ['quantity', 'category', 'date', 'text'];

/** The date or period a claim's value holds for. `end` absent means a single point in time. */
export interface AsOf {
  start: string;
  end?: string;
}

/** Where a record came from when it arrived in an imported bundle. */
export interface Provenance {
  fileName: string;
  importedAt: string;
  exportedBy: string;
}

/** A fact or claim marked on a passage of an article. */
export interface Claim {
  id: Id;
  articleId: Id;
  target: ClaimTarget;
  /** The researcher's paraphrase. */
  statement: string;
  providerIds: Id[];
  attributeId: Id;
  value: ClaimValue;
  asOf?: AsOf;
  status: ClaimStatus;
  confidence: Confidence;
  tagIds: Id[];
  note: string;
  author: string;
  /** Marked in the compare evidence panel as the value to show for its cell. */
  preferred?: boolean;
  /** Set when re-anchoring could not place the quote in the edited article text. */
  orphaned?: boolean;
  provenance?: Provenance;
  createdAt: string;
  updatedAt: string;
}

export type ProviderOrigin = 'domestic' | 'foreign';
export type ProviderKind = 'csp' | 'msp' | 'ai' | 'other';

/** A company the research follows, with the names it goes by in Korean and English text. */
export interface Provider {
  id: Id;
  name: Bilingual;
  aliases: string[];
  origin: ProviderOrigin;
  /** ISO 3166-1 alpha-2 country of the parent company's headquarters. */
  country: string;
  kind: ProviderKind;
}

/** What can be said about a provider, and what shape its value takes. */
export interface Attribute {
  id: Id;
  name: Bilingual;
  valueType: ValueKind;
  /** Expected unit for quantities (`KRW`, `ratio`, `persons`, `count`). */
  unit?: string;
  /** Allowed values for category attributes, in display order. */
  categories?: string[];
  description: string;
}

/** A label on claims and articles. `/` in the name makes a hierarchy (`regulation/CSAP`). */
export interface Tag {
  id: Id;
  name: string;
  color: string;
}

/** A named selection of the compare matrix, reused by saved views and briefing snapshots. */
export interface CompareView {
  providerIds: Id[];
  attributeIds: Id[];
  origin?: ProviderOrigin;
  kind?: ProviderKind;
  tagId?: Id;
  transposed?: boolean;
}

export type BriefingSection =
  | { id: Id; kind: 'text'; title: string; markdown: string }
  | { id: Id; kind: 'claims'; title: string; claimIds: Id[] }
  | { id: Id; kind: 'compare'; title: string; view: CompareView }
  | { id: Id; kind: 'chart'; title: string; attributeId: Id; providerIds: Id[] };

export type PageSize = 'A4' | 'Letter';

/** A document composed from claims, exported as PDF or Markdown. */
export interface Briefing {
  id: Id;
  title: string;
  subtitle: string;
  author: string;
  organisation: string;
  date: string;
  summary: string;
  sections: BriefingSection[];
  pageSize: PageSize;
  createdAt: string;
  updatedAt: string;
}

/** A saved compare view with a name. */
export interface SavedView {
  id: Id;
  name: string;
  view: CompareView;
}

/** One key-value setting. */
export interface Setting {
  key: string;
  value: unknown;
}

/** Every record kind the library holds, as arrays: the unit of export and import. */
export interface LibraryData {
  articles: Article[];
  claims: Claim[];
  tags: Tag[];
  providers: Provider[];
  attributes: Attribute[];
  briefings: Briefing[];
}

export const LIBRARY_TABLES = ['articles', 'claims', 'tags', 'providers', 'attributes', 'briefings'] as const;
export type LibraryTable = (typeof LIBRARY_TABLES)[number];

/** Picks the display name in the wanted language, falling back to the other. */
export function localName(name: Bilingual, lang: Lang): string {
  return (lang === 'ko' ? name.ko || name.en : name.en || name.ko) || '';
}
