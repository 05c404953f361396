/**
 * The claims table's rows, derived once per data change and then filtered,
 * sorted and grouped in plain loops so 100,000 claims stay responsive: each
 * row carries its display strings, its sort keys and a lower-cased haystack for
 * the text filter. Grouping yields a flat list (group header, then its rows),
 * which the virtualised table renders like any other rows.
 */
import { localName, type Claim, type ClaimStatus, type Lang } from '@shared/domain';
import { formatAsOf, formatValue } from '@shared/format/value';
import type { Lookups } from './use-lookups';

export interface ClaimRow {
  /** Unique per table row (a claim appears once per group it falls in). */
  rowId: string;
  id: string;
  articleId: string;
  providerIds: string[];
  attributeId: string;
  tagIds: string[];
  providers: string;
  attribute: string;
  value: string;
  /** Normalised amount for numeric sorting; undefined for non-quantities. */
  amount: number | undefined;
  asOf: string;
  /** Sort key for as-of: the period's start date. */
  asOfKey: string;
  status: ClaimStatus;
  tags: string;
  source: string;
  quote: string;
  orphaned: boolean;
  haystack: string;
  /** Set on group header rows only. */
  group?: { key: string; label: string; count: number };
}

export interface ArticleInfo {
  title: string;
  outlet: string;
}

/** One row per claim with everything the table shows, sorts and searches. */
export function buildClaimRows(claims: readonly Claim[], lookups: Lookups, articles: ReadonlyMap<string, ArticleInfo>, lang: Lang): ClaimRow[] {
  return claims.map((c) => {
    const a = articles.get(c.articleId);
    const providers = c.providerIds.map((id) => lookups.providers.get(id)).map((p) => (p ? localName(p.name, lang) : '?')).join(', ');
    const at = lookups.attributes.get(c.attributeId);
    const attribute = at ? localName(at.name, lang) : c.attributeId;
    const tags = c.tagIds.map((id) => lookups.tags.get(id)?.name ?? '').filter(Boolean).join(', ');
    const source = a ? [a.title, a.outlet].filter(Boolean).join(' — ') : '';
    return {
      rowId: c.id,
      id: c.id,
      articleId: c.articleId,
      providerIds: c.providerIds,
      attributeId: c.attributeId,
      tagIds: c.tagIds,
      providers,
      attribute,
      value: formatValue(c.value, lang),
      amount: c.value.kind === 'quantity' ? c.value.amount : undefined,
      asOf: formatAsOf(c.asOf, lang),
      asOfKey: c.asOf?.start ?? '',
      status: c.status,
      tags,
      source,
      quote: c.target.quote.exact,
      orphaned: !!c.orphaned,
      haystack: [providers, attribute, tags, source, c.statement, c.target.quote.exact, c.note].join('\n').toLowerCase(),
    };
  });
}

export interface ClaimFilter {
  providerId?: string;
  attributeId?: string;
  status?: ClaimStatus;
  tagId?: string;
  text?: string;
}

/** Rows matching every given filter; the text filter matches any word order-insensitively. */
export function filterClaimRows(rows: readonly ClaimRow[], f: ClaimFilter): ClaimRow[] {
  const words = (f.text ?? '').toLowerCase().normalize('NFC').split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (!f.providerId || r.providerIds.includes(f.providerId)) &&
      (!f.attributeId || r.attributeId === f.attributeId) &&
      (!f.status || r.status === f.status) &&
      (!f.tagId || r.tagIds.includes(f.tagId)) &&
      words.every((w) => r.haystack.includes(w)),
  );
}

export type SortColumn = 'providers' | 'attribute' | 'value' | 'asOf' | 'status' | 'tags' | 'source';
export interface SortSpec {
  id: SortColumn;
  desc: boolean;
}

const collator = new Intl.Collator(['ko', 'en'], { numeric: true });
const STATUS_ORDER: Record<ClaimStatus, number> = { verified: 0, unverified: 1, disputed: 2, outdated: 3 };

/** Sorted copy. Values sort by normalised amount; claims without an amount go last either way. */
export function sortClaimRows(rows: readonly ClaimRow[], sort: SortSpec | undefined): ClaimRow[] {
  if (!sort) return rows.slice();
  const dir = sort.desc ? -1 : 1;
  const out = rows.slice();
  switch (sort.id) {
    case 'value':
      out.sort((a, b) => {
        if (a.amount === undefined || b.amount === undefined) return a.amount === b.amount ? collator.compare(a.value, b.value) : a.amount === undefined ? 1 : -1;
        return dir * (a.amount - b.amount);
      });
      return out;
    case 'status':
      out.sort((a, b) => dir * (STATUS_ORDER[a.status] - STATUS_ORDER[b.status]));
      return out;
    case 'asOf':
      out.sort((a, b) => dir * (a.asOfKey < b.asOfKey ? -1 : a.asOfKey > b.asOfKey ? 1 : 0));
      return out;
    default: {
      const key = sort.id;
      out.sort((a, b) => dir * collator.compare(a[key], b[key]));
      return out;
    }
  }
}

export type GroupBy = 'none' | 'provider' | 'attribute' | 'tag';

/**
 * Flat rows with a header before each group, groups in label order. A claim
 * with two providers (or tags) appears under each; a claim without tags goes
 * under `noneLabel`. Collapsed groups keep their header and hide their rows.
 */
export function groupClaimRows(rows: readonly ClaimRow[], by: GroupBy, labels: (key: string) => string, collapsed: ReadonlySet<string>, noneLabel: string): ClaimRow[] {
  if (by === 'none') return rows as ClaimRow[];
  const groups = new Map<string, ClaimRow[]>();
  for (const r of rows) {
    const keys = by === 'provider' ? r.providerIds : by === 'attribute' ? [r.attributeId] : r.tagIds.length ? r.tagIds : [''];
    for (const k of keys) {
      let g = groups.get(k);
      if (!g) groups.set(k, (g = []));
      g.push(r);
    }
  }
  const named = [...groups.keys()].map((k) => ({ key: k, label: k ? labels(k) : noneLabel }));
  named.sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : collator.compare(a.label, b.label)));
  const out: ClaimRow[] = [];
  for (const { key, label } of named) {
    const members = groups.get(key)!;
    out.push({ ...EMPTY_ROW, rowId: `group:${key}`, group: { key, label, count: members.length } });
    if (collapsed.has(key)) continue;
    for (const r of members) out.push({ ...r, rowId: `${key}:${r.id}` });
  }
  return out;
}

const EMPTY_ROW: ClaimRow = {
  rowId: '', id: '', articleId: '', providerIds: [], attributeId: '', tagIds: [], providers: '', attribute: '', value: '', amount: undefined,
  asOf: '', asOfKey: '', status: 'unverified', tags: '', source: '', quote: '', orphaned: false, haystack: '',
};
