import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { toCsv } from '../csv';
import { buildMatrix } from './matrix';
import { cellText, matrixToCsvRows } from './csv';
import { makeAttribute, makeClaim, makeProvider, qty } from './fixtures';

const providers = [
  makeProvider('naver', { name: { ko: '네이버클라우드', en: 'Naver Cloud' } }),
  makeProvider('odd', { name: { ko: '"따옴표", 쉼표 회사', en: 'Quote "Co", Ltd' } }),
  makeProvider('evil', { name: { ko: '=HYPERLINK("x")', en: '=HYPERLINK("x")' } }),
];
const attributes = [
  makeAttribute('revenue', { name: { ko: '매출', en: 'Revenue' } }),
  makeAttribute('grade', { name: { ko: 'CSAP 등급', en: 'CSAP grade' }, valueType: 'category', unit: undefined }),
];
const claims = [
  makeClaim({ id: 'r1', providerIds: ['naver'], attributeId: 'revenue', value: qty(1.46e12, 'KRW'), asOf: { start: '2024-12-02' }, status: 'verified' }),
  makeClaim({ id: 'r2', providerIds: ['naver'], attributeId: 'revenue', value: qty(1.1e12, 'KRW') }),
  makeClaim({ id: 'g1', providerIds: ['odd'], attributeId: 'grade', value: { kind: 'category', category: '하, 잠정' }, status: 'disputed' }),
];
const view = { providerIds: [], attributeIds: [] };

describe('cellText', () => {
  const m = buildMatrix({ providers, attributes, claims, view });
  it('value, as-of and conflict marker in each language', () => {
    expect(cellText(m.cells.get('naver|revenue')!, 'ko')).toBe('1조 4,600억 원 (2024-12-02 기준) [상충]');
    expect(cellText(m.cells.get('naver|revenue')!, 'en')).toBe('KRW 1.46 trillion (as of 2024-12-02) [conflict]');
  });
  it('marks a shown value that is only disputed', () => {
    expect(cellText(m.cells.get('odd|grade')!, 'en')).toBe('하, 잠정 [disputed]');
  });
});

describe('matrixToCsvRows', () => {
  it('header of attribute names, one row per provider, empty cells empty', () => {
    const rows = matrixToCsvRows(buildMatrix({ providers, attributes, claims, view }), 'ko');
    expect(rows[0]).toEqual(['사업자', '매출', 'CSAP 등급']);
    expect(rows[1]).toEqual(['네이버클라우드', '1조 4,600억 원 (2024-12-02 기준) [상충]', '']);
    expect(rows[2]).toEqual(['"따옴표", 쉼표 회사', '', '하, 잠정 [이의 제기]']);
  });
  it('defuses formulas in names', () => {
    const rows = matrixToCsvRows(buildMatrix({ providers, attributes, claims, view }), 'en');
    expect(rows[3]![0]).toBe(`'=HYPERLINK("x")`);
  });
  it('follows the transposed orientation', () => {
    const rows = matrixToCsvRows(buildMatrix({ providers, attributes, claims, view: { ...view, transposed: true } }), 'en');
    expect(rows[0]).toEqual(['Attribute', 'Naver Cloud', 'Quote "Co", Ltd', `'=HYPERLINK("x")`]);
    expect(rows[2]).toEqual(['CSAP grade', '', '하, 잠정 [disputed]', '']);
  });
  it('survives a CSV round trip with Korean, commas and quotes', () => {
    const rows = matrixToCsvRows(buildMatrix({ providers, attributes, claims, view }), 'ko');
    const csv = toCsv(rows);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed).toEqual(rows);
  });
});
