import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { buildMatrix } from './matrix';
import { barChartData, renderBarChartSvg, renderTimelineSvg, timelineData } from './chart';
import { estimateTextWidth, fitText } from './chart-svg';
import { makeAttribute, makeClaim, makeProvider, qty } from './fixtures';

const { DOMParser } = new JSDOM('').window;
const parseSvg = (svg: string) => {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};

const providers = [
  makeProvider('naver', { name: { ko: '네이버클라우드', en: 'Naver Cloud' } }),
  makeProvider('kt', { name: { ko: 'KT클라우드', en: 'KT Cloud' } }),
  makeProvider('aws', { name: { ko: 'AWS', en: 'AWS' }, origin: 'foreign' }),
  makeProvider('nhn', { name: { ko: 'NHN클라우드', en: 'NHN Cloud' } }),
  makeProvider('evil', { name: { ko: '<script>alert(1)</script>', en: '<img src=x onerror=alert(1)>' } }),
];
const attributes = [
  makeAttribute('share', { name: { ko: '점유율', en: 'Market share' }, unit: 'ratio' }),
  makeAttribute('csap', { name: { ko: 'CSAP 인증일', en: 'CSAP certified' }, valueType: 'date', unit: undefined }),
];
const claims = [
  makeClaim({ id: 's-naver', providerIds: ['naver'], attributeId: 'share', value: qty(0.22, 'ratio'), status: 'verified', asOf: { start: '2024-12-31' } }),
  makeClaim({ id: 's-kt', providerIds: ['kt'], attributeId: 'share', value: qty(15, 'percent', '15%') }),
  makeClaim({ id: 's-kt2', providerIds: ['kt'], attributeId: 'share', value: qty(0.3, 'ratio') }),
  makeClaim({ id: 's-aws', providerIds: ['aws'], attributeId: 'share', value: qty(6e11, 'USD') }),
  makeClaim({ id: 's-nhn', providerIds: ['nhn'], attributeId: 'share', value: { kind: 'text', text: 'about a tenth' } }),
  makeClaim({ id: 's-evil', providerIds: ['evil'], attributeId: 'share', value: qty(0.05, 'ratio', '', 0.08), status: 'disputed' }),
];
const matrix = buildMatrix({ providers, attributes, claims, view: { providerIds: [], attributeIds: [] } });

describe('barChartData', () => {
  const data = barChartData(matrix, 'share', 'en');
  it('one bar per quantity row in row order, converted to the shared unit', () => {
    expect(data.unit).toBe('ratio');
    expect(data.attributeName).toBe('Market share');
    expect(data.bars.map((b) => b.providerId)).toEqual(['naver', 'kt', 'evil']);
    expect(data.bars[0]!.value).toBe(0.22);
    // KT's shown claim was written as 15 percent: converted into the ratio axis.
    expect(data.bars[1]!.value).toBeCloseTo(0.15, 10);
    expect(data.bars[1]!.formatted).toBe('15%');
    expect(data.bars[2]!.valueMax).toBe(0.08);
    expect(data.bars[0]).toMatchObject({ formatted: '22%', status: 'verified', asOfText: '2024-12-31', conflict: false });
  });
  it('marks conflicts: 15% and 30% for the same (open) period', () => {
    expect(data.bars[1]!.conflict).toBe(true);
  });
  it('says why rows were skipped', () => {
    expect(data.skipped).toEqual([
      { providerId: 'nhn', label: 'NHN Cloud', reason: 'not-quantity' },
      { providerId: 'aws', label: 'AWS', reason: 'other-unit' },
    ]);
  });
  it('no bars and no unit for an attribute without quantities', () => {
    const empty = barChartData(matrix, 'csap', 'ko');
    expect(empty.bars).toEqual([]);
    expect(empty.unit).toBe('');
    expect(empty.skipped.map((s) => s.reason)).toEqual(['no-value', 'no-value', 'no-value', 'no-value', 'no-value']);
  });
});

describe('timelineData', () => {
  const dated = [
    makeClaim({ id: 'cert-kt', providerIds: ['kt'], attributeId: 'csap', value: { kind: 'date', date: '2023-03-15' }, statement: 'KT got the top grade' }),
    makeClaim({ id: 'cert-naver', providerIds: ['naver'], attributeId: 'csap', value: { kind: 'date', date: '2022-11-01' }, statement: 'Naver certified' }),
    makeClaim({ id: 'share-2024', providerIds: ['naver', 'kt'], attributeId: 'share', value: qty(0.2, 'ratio'), asOf: { start: '2024' } }),
    makeClaim({ id: 'undated', attributeId: 'share', value: qty(0.2, 'ratio') }),
    makeClaim({ id: 'orphan', attributeId: 'csap', value: { kind: 'date', date: '2020-01-01' }, orphaned: true }),
  ];
  it('dates by value or as-of, oldest first, skipping undated and orphaned claims', () => {
    const events = timelineData(dated, attributes, providers, 'ko');
    expect(events.map((e) => [e.claimId, e.date, e.source])).toEqual([
      ['cert-naver', '2022-11-01', 'value'],
      ['cert-kt', '2023-03-15', 'value'],
      ['share-2024', '2024', 'as-of'],
    ]);
    expect(events[0]!.label).toBe('네이버클라우드 · CSAP 인증일');
    expect(events[0]!.detail).toBe('Naver certified');
    expect(events[2]!.label).toBe('네이버클라우드, KT클라우드 · 점유율');
    expect(events[2]!.detail).toBe('20%');
  });
});

describe('renderBarChartSvg', () => {
  const data = barChartData(matrix, 'share', 'ko');
  const svg = renderBarChartSvg(data, { width: 600, height: 200, title: '점유율 <2024> & "추정"', lang: 'ko' });
  const doc = parseSvg(svg);
  const root = doc.documentElement;

  it('is accessible: role, name, title and a data description', () => {
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('점유율 <2024> & "추정"');
    const [titleId, descId] = root.getAttribute('aria-labelledby')!.split(' ');
    expect(doc.getElementById(titleId!)!.textContent).toBe('점유율 <2024> & "추정"');
    const desc = doc.getElementById(descId!)!.textContent!;
    expect(desc).toContain('네이버클라우드: 22% (2024-12-31 기준)');
    expect(desc).toContain('5~8% [이의 제기]');
  });
  it('escapes hostile labels so they stay text', () => {
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    expect(svg).not.toContain('<script>');
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts.some((t) => t!.startsWith('<script>'))).toBe(true);
  });
  it('draws one bar per datum plus a pale range extension, crisp and in Korean', () => {
    const bars = [...doc.getElementsByTagName('rect')].filter((r) => r.getAttribute('height') !== '10' && r.getAttribute('width') !== '600');
    expect(bars).toHaveLength(4);
    expect(bars.every((r) => r.getAttribute('shape-rendering') === 'crispEdges')).toBe(true);
    expect(bars.every((r) => Number.isInteger(Number(r.getAttribute('x'))))).toBe(true);
    expect(svg).toContain('[상충]');
    expect(svg).toContain('검증됨');
  });
  it('bar lengths follow the values', () => {
    const widths = [...doc.getElementsByTagName('rect')]
      .filter((r) => r.getAttribute('fill-opacity') === '1')
      .map((r) => Number(r.getAttribute('width')));
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.15 / 0.22, 1);
  });
  it('grows taller instead of squeezing many rows', () => {
    const many = { ...data, bars: Array.from({ length: 30 }, (_, i) => ({ ...data.bars[0]!, providerId: `p${i}` })) };
    const tall = parseSvg(renderBarChartSvg(many, { width: 600, height: 200, title: 't', lang: 'en' }));
    expect(Number(tall.documentElement.getAttribute('height'))).toBeGreaterThan(200);
  });
  it('an empty chart says so in the given language', () => {
    const empty = renderBarChartSvg(barChartData(matrix, 'csap', 'en'), { width: 300, height: 100, title: '', lang: 'en' });
    expect(parseSvg(empty).documentElement.textContent).toContain('No data');
  });
  it('different content gets different ids', () => {
    const other = renderBarChartSvg(barChartData(matrix, 'share', 'en'), { width: 600, height: 200, title: 'Other', lang: 'en' });
    const id = (s: string) => parseSvg(s).documentElement.getAttribute('aria-labelledby');
    expect(id(other)).not.toBe(id(svg));
    expect(renderBarChartSvg(data, { width: 600, height: 200, title: 'x', lang: 'ko', idPrefix: 'fig1' })).toContain('id="fig1-title"');
  });
});

describe('renderTimelineSvg', () => {
  const events = timelineData(
    [
      makeClaim({ id: 'e1', providerIds: ['evil'], attributeId: 'csap', value: { kind: 'date', date: '2023-03-15' }, statement: 'x" onload="alert(1)' }),
      makeClaim({ id: 'e2', providerIds: ['kt'], attributeId: 'csap', value: { kind: 'date', date: '2024-01-10' }, statement: '상 등급 취득', status: 'verified' }),
    ],
    attributes,
    providers,
    'en',
  );
  const svg = renderTimelineSvg(events, { width: 500, height: 120, title: 'Certifications', lang: 'en' });
  const doc = parseSvg(svg);
  it('one marker per event, dates in order, text escaped', () => {
    expect(doc.getElementsByTagName('circle')).toHaveLength(2);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts.indexOf('2023-03-15')).toBeLessThan(texts.indexOf('2024-01-10'));
    expect([...doc.getElementsByTagName('*')].some((el) => el.hasAttribute('onload'))).toBe(false);
    expect(doc.documentElement.getAttribute('role')).toBe('img');
    expect(doc.getElementsByTagName('desc')[0]!.textContent).toContain('2024-01-10 — KT Cloud · CSAP certified: 상 등급 취득');
  });
  it('empty timeline says so', () => {
    expect(renderTimelineSvg([], { width: 300, height: 80, title: '', lang: 'ko' })).toContain('데이터 없음');
  });
});

describe('text fitting', () => {
  it('Hangul counts wider than Latin and cut text ends in an ellipsis', () => {
    expect(estimateTextWidth('가나', 10)).toBeGreaterThan(estimateTextWidth('ab', 10));
    const cut = fitText('네이버클라우드 공공부문 사업', 50, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut, 10)).toBeLessThanOrEqual(50);
    expect(fitText('short', 100, 10)).toBe('short');
  });
});
