import { describe, it, expect } from 'vitest';
import { findDates } from './quantity';

const dates = (text: string, reference?: string) =>
  findDates(text, reference ? { reference } : {}).map((d) => [d.original, d.date, d.precision, d.until ?? null]);

describe('findDates', () => {
  it('reads Korean dates at the precision written', () => {
    expect(dates('2024년 12월 2일 인증')).toEqual([['2024년 12월 2일', '2024-12-02', 'day', null]]);
    expect(dates('2024년 10월 국내 MAU')).toEqual([['2024년 10월', '2024-10', 'month', null]]);
    expect(dates('2022년 조사')).toEqual([['2022년', '2022', 'year', null]]);
    expect(dates('2019~2021년 3년 동안')).toEqual([['2019~2021년', '2019', 'year', '2021']]);
  });

  it('marks parts of a year as approximate or as a period', () => {
    const [end] = findDates('2022년 말 발표한 조사');
    expect(end).toMatchObject({ date: '2022-12', precision: 'month', approximate: true });
    expect(findDates('2023년 상반기')[0]).toMatchObject({ date: '2023-01', until: '2023-06' });
  });

  it('reads numeric and English dates', () => {
    expect(dates('발표일 2024-12-02.')).toEqual([['2024-12-02', '2024-12-02', 'day', null]]);
    expect(dates('2024.12.02 보도')).toEqual([['2024.12.02', '2024-12-02', 'day', null]]);
    expect(dates('as of 2024-10')).toEqual([['2024-10', '2024-10', 'month', null]]);
    expect(dates('in October 2024')).toEqual([['October 2024', '2024-10', 'month', null]]);
    expect(dates('on December 2, 2024')).toEqual([['December 2, 2024', '2024-12-02', 'day', null]]);
    expect(dates('on 2 Dec 2024')).toEqual([['2 Dec 2024', '2024-12-02', 'day', null]]);
  });

  it('rejects impossible dates', () => {
    expect(dates('2024년 13월')).toEqual([['2024년', '2024', 'year', null]]);
    expect(dates('2023-02-30')).toEqual([]);
    expect(dates('대표번호 02-123-4567')).toEqual([]);
  });

  it('skips relative dates without a reference, resolves them with one', () => {
    const text = '12일 업계에 따르면 지난 2일 인증을 받았다. 지난 10월 공개했고 지난해 1조원을 썼다.';
    expect(dates(text)).toEqual([]);
    const found = findDates(text, { reference: '2024-12-12' });
    expect(found.map((d) => [d.original, d.date])).toEqual([
      ['12일', '2024-12-12'],
      ['지난 2일', '2024-12-02'],
      ['지난 10월', '2024-10'],
      ['지난해', '2023'],
    ]);
    expect(found.every((d) => d.relative)).toBe(true);
  });

  it('resolves 지난 N일 into the previous month when N is after the reference day', () => {
    expect(dates('지난 28일', '2024-01-05')).toEqual([['지난 28일', '2023-12-28', 'day', null]]);
  });

  it('gives offsets that slice to the original', () => {
    const text = '공정위가 2022년 말 발표했고 2024년 12월 2일 인증했다';
    for (const d of findDates(text)) expect(text.slice(d.start, d.end)).toBe(d.original);
  });
});
