/**
 * What researchers record about providers, seeded into the attribute registry
 * on first start. Ids are stable (`attr-...`) because claims and shared bundles
 * refer to them. Units are the normalised units `findQuantities` produces, so a
 * suggested value lands in the attribute without conversion.
 */
import type { Attribute } from '../domain';

/** The starter attribute set. The researcher can edit or extend it; seeding never overwrites edits. */
export const STARTER_ATTRIBUTES: Attribute[] = [
  {
    id: 'attr-csap-grade',
    name: { ko: 'CSAP 등급', en: 'CSAP grade' },
    valueType: 'category',
    categories: ['상', '중', '하'],
    description:
      'Grade of the Korean Cloud Security Assurance Program certification (상 high, 중 medium, 하 low); required to serve public-sector systems of that grade.',
  },
  {
    id: 'attr-csap-certified',
    name: { ko: 'CSAP 인증일', en: 'CSAP certification date' },
    valueType: 'date',
    description: 'Date the provider obtained (or renewed) CSAP certification. Certificates are valid for five years.',
  },
  {
    id: 'attr-market-share',
    name: { ko: '시장 점유율', en: 'Market share' },
    valueType: 'quantity',
    unit: 'ratio',
    description: 'Share of a stated market (0–1; 70% is 0.7). Record the market and the period in the statement and "as of".',
  },
  {
    id: 'attr-ai-rnd-investment',
    name: { ko: 'AI 연구개발 투자', en: 'AI R&D investment' },
    valueType: 'quantity',
    unit: 'KRW',
    description: 'Money spent on AI research and development over the stated period, in Korean won.',
  },
  {
    id: 'attr-revenue',
    name: { ko: '매출', en: 'Revenue' },
    valueType: 'quantity',
    unit: 'KRW',
    description: 'Revenue of the provider (or of the named business unit) over the stated period, in Korean won.',
  },
  {
    id: 'attr-mau',
    name: { ko: '월간 활성 이용자 수', en: 'Monthly active users' },
    valueType: 'quantity',
    unit: 'persons',
    description: 'Monthly active users (MAU) of the provider\'s service in the stated market and month.',
  },
  {
    id: 'attr-gpu-count',
    name: { ko: 'GPU 보유량', en: 'GPU count' },
    valueType: 'quantity',
    unit: 'count',
    description: 'Number of GPUs the provider operates or has ordered (Korean press counts GPUs in 장).',
  },
  {
    id: 'attr-datacenter-location',
    name: { ko: '데이터센터 위치', en: 'Data centre location' },
    valueType: 'text',
    description: 'Where the provider\'s data centres serving Korean customers are located (region or city).',
  },
  {
    id: 'attr-hq-jurisdiction',
    name: { ko: '본사 소재 관할', en: 'Headquarters jurisdiction' },
    valueType: 'text',
    description:
      'Jurisdiction of the parent company\'s headquarters and controlling shareholder; decides exposure to laws such as the US CLOUD Act.',
  },
  {
    id: 'attr-partnership',
    name: { ko: '협력 관계', en: 'Partnership' },
    valueType: 'text',
    description: 'Partnerships, MOUs and joint investments with other companies or public bodies.',
  },
];
