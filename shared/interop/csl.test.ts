import { describe, it, expect } from 'vitest';
import { sampleLibrary } from '../bundle/fixtures';
import { cslDate, cslNames, toCslJson } from './csl';

describe('toCslJson', () => {
  it('writes newspaper articles Zotero can import', () => {
    const [ko, en] = toCslJson(sampleLibrary().articles);
    expect(ko).toEqual({
      id: 'art-csap',
      type: 'article-newspaper',
      title: 'CSAP 등급제 시행, 외국 클라우드 공공시장 문 열리나',
      'container-title': '테크정책신문',
      author: [{ literal: '김하늘' }],
      issued: { 'date-parts': [[2024, 11, 28]] },
      accessed: { 'date-parts': [[2024, 12, 2]] },
      URL: 'https://news.example.kr/policy/csap-grades?utm_source=feed',
      language: 'ko',
    });
    expect(en!.author).toEqual([{ family: 'Park', given: 'Jane' }]);
  });

  it('leaves out what is unknown', () => {
    const a = { ...sampleLibrary().articles[0]!, outlet: '', author: '', publishedAt: '', url: '', language: 'other' as const };
    const [item] = toCslJson([a]);
    expect(Object.keys(item!).sort()).toEqual(['accessed', 'id', 'title', 'type']);
  });
});

describe('cslNames', () => {
  it('splits bylines and keeps Korean and corporate names literal', () => {
    expect(cslNames('김하늘 기자, 이도윤 특파원')).toEqual([{ literal: '김하늘' }, { literal: '이도윤' }]);
    expect(cslNames('Jane Park and Mary Ann Lee')).toEqual([{ family: 'Park', given: 'Jane' }, { family: 'Lee', given: 'Mary Ann' }]);
    expect(cslNames('Reuters')).toEqual([{ literal: 'Reuters' }]);
    expect(cslNames('')).toEqual([]);
  });
});

describe('cslDate', () => {
  it('reads full and partial dates', () => {
    expect(cslDate('2024-06')).toEqual({ 'date-parts': [[2024, 6]] });
    expect(cslDate('2024-12-02T09:30:00Z')).toEqual({ 'date-parts': [[2024, 12, 2]] });
    expect(cslDate('unknown')).toBeUndefined();
  });
});
