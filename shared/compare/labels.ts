/**
 * The few words compare exports print themselves (CSV, Markdown, SVG charts).
 * These outputs leave the app, so they cannot use the renderer's i18n catalogue;
 * the UI's own wording lives there.
 */
import type { ClaimStatus, Lang } from '../domain';

export interface CompareLabels {
  provider: string;
  attribute: string;
  value: string;
  asOf: string;
  /** Wraps a formatted as-of for display after a value: `as of 2024-12-02` / `2024-12-02 기준`. */
  asOfPhrase: (date: string) => string;
  conflict: string;
  incomparable: string;
  status: Record<ClaimStatus, string>;
  noData: string;
  date: string;
  event: string;
}

export const COMPARE_LABELS: Record<Lang, CompareLabels> = {
  ko: {
    provider: '사업자',
    attribute: '항목',
    value: '값',
    asOf: '기준일',
    asOfPhrase: (d) => `${d} 기준`,
    conflict: '상충',
    incomparable: '비교 불가',
    status: { verified: '검증됨', unverified: '미검증', disputed: '이의 제기', outdated: '지난 정보' },
    noData: '데이터 없음',
    date: '날짜',
    event: '내용',
  },
  en: {
    provider: 'Provider',
    attribute: 'Attribute',
    value: 'Value',
    asOf: 'As of',
    asOfPhrase: (d) => `as of ${d}`,
    conflict: 'conflict',
    incomparable: 'incomparable',
    status: { verified: 'verified', unverified: 'unverified', disputed: 'disputed', outdated: 'outdated' },
    noData: 'No data',
    date: 'Date',
    event: 'Event',
  },
};
