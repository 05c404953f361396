/**
 * Words that briefing exports print themselves. Exports leave the app, so they
 * carry their own wording instead of the renderer's i18n catalogue.
 */
import type { BriefingSection, Lang } from '../domain';

export interface BriefingLabels {
  summary: string;
  contents: string;
  notes: string;
  sources: string;
  author: string;
  organisation: string;
  date: string;
  page: (n: number) => string;
  missingClaim: string;
  noClaims: string;
  sectionFallback: Record<BriefingSection['kind'], string>;
}

export const BRIEFING_LABELS: Record<Lang, BriefingLabels> = {
  ko: {
    summary: '요약',
    contents: '목차',
    notes: '주',
    sources: '출처',
    author: '작성',
    organisation: '소속',
    date: '날짜',
    page: (n) => `${n}쪽`,
    missingClaim: '(삭제된 주장)',
    noClaims: '(주장 없음)',
    sectionFallback: { text: '본문', claims: '주요 주장', compare: '비교', chart: '차트' },
  },
  en: {
    summary: 'Summary',
    contents: 'Contents',
    notes: 'Notes',
    sources: 'Sources',
    author: 'Author',
    organisation: 'Organisation',
    date: 'Date',
    page: (n) => `p. ${n}`,
    missingClaim: '(deleted claim)',
    noClaims: '(no claims)',
    sectionFallback: { text: 'Text', claims: 'Key claims', compare: 'Comparison', chart: 'Chart' },
  },
};
