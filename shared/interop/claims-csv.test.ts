import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { sampleLibrary } from '../bundle/fixtures';
import { CLAIMS_CSV_COLUMNS, claimsCsvRows, claimsToCsv, neutralizeFormula } from './claims-csv';

function parsed(csv: string): Record<string, string>[] {
  const out = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(out.errors).toEqual([]);
  return out.data;
}

describe('claimsToCsv', () => {
  it('writes one row per claim under the documented header', () => {
    const csv = claimsToCsv(sampleLibrary());
    expect(csv.split('\r\n')[0]).toBe(CLAIMS_CSV_COLUMNS.join(','));
    const rows = parsed(csv);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      id: 'clm-aws-share',
      providers: 'AWS',
      attribute: 'Market share',
      value: '60%',
      amount: '0.6',
      amount_max: '',
      unit: 'ratio',
      as_of: '2023',
      status: 'verified',
      confidence: 'medium',
      tags: 'market',
      statement: 'AWS holds about 60% of Korean public-cloud spending.',
      quote: 'roughly 60%',
      article_title: 'Who holds the Korean cloud market, in numbers',
      outlet: 'Cloud Ledger',
      date: '2024-10-15',
      url: 'https://example.com/cloud/korea-shares',
      author: 'Researcher A',
    });
  });

  it('keeps Korean, commas, quotes and newlines intact, and names in the chosen language', () => {
    const rows = parsed(claimsToCsv(sampleLibrary(), { lang: 'ko' }));
    expect(rows[1]).toMatchObject({ providers: '네이버클라우드', attribute: '매출', value: '1조4600억원', amount: '1460000000000', as_of: '2023-01-01/2023-12-31' });
    expect(rows[2]).toMatchObject({
      providers: '아마존웹서비스; 마이크로소프트 애저',
      value: '하',
      tags: 'regulation/CSAP; market',
      statement: 'Foreign CSPs expected to enter via the CSAP "low" grade, with commas, too',
      article_title: 'CSAP 등급제 시행, 외국 클라우드 공공시장 문 열리나',
    });
  });

  it('defuses spreadsheet formulas in text cells but not negative numbers', () => {
    const data = sampleLibrary();
    data.claims[0]!.statement = '=HYPERLINK("http://evil.example")';
    data.claims[0]!.value = { kind: 'quantity', amount: -3.5, unit: 'ratio', original: '-3.5%' };
    const row = claimsCsvRows(data)[1]!;
    expect(row[CLAIMS_CSV_COLUMNS.indexOf('statement')]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(row[CLAIMS_CSV_COLUMNS.indexOf('amount')]).toBe('-3.5');
    expect(row[CLAIMS_CSV_COLUMNS.indexOf('value')]).toBe('-3.5%');
    expect(neutralizeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeFormula('- bullet')).toBe("'- bullet");
  });
});
