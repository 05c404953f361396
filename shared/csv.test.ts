import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { strFromU8 } from 'fflate';
import { csvBytes, csvField, toCsv, withBom } from './csv';

describe('toCsv', () => {
  it('quotes only what RFC 4180 needs', () => {
    expect(csvField('네이버클라우드')).toBe('네이버클라우드');
    expect(csvField('1조4600억원, 2023')).toBe('"1조4600억원, 2023"');
    expect(csvField('the "local" providers')).toBe('"the ""local"" providers"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('')).toBe('');
  });

  it('joins records with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd,e']])).toBe('a,b\r\nc,"d,e"\r\n');
    expect(toCsv([])).toBe('');
  });

  it('round-trips through papaparse, Korean and all', () => {
    const rows = [
      ['id', 'statement', 'quote'],
      ['c1', 'AWS 점유율 약 60%, 1위', '그는 "하 등급"이라고 말했다'],
      ['c2', 'two\r\nlines', '  leading and trailing  '],
      ['c3', '', ',,,'],
    ];
    const parsed = Papa.parse<string[]>(toCsv(rows), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows);
  });
});

describe('BOM', () => {
  it('adds the byte-order mark once and encodes UTF-8', () => {
    expect(withBom(withBom('a'))).toBe('\uFEFFa');
    const bytes = csvBytes('상,중,하\r\n');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(bytes.slice(3))).toBe('상,중,하\r\n');
  });
});
