import { describe, it, expect } from 'vitest';
import { findQuantities, parseQuantity } from './quantity';

const one = (text: string) => {
  const found = findQuantities(text);
  expect(found, text).toHaveLength(1);
  const q = found[0]!;
  expect(text.slice(q.start, q.end)).toBe(q.original);
  return q;
};
const none = (text: string) => expect(findQuantities(text), text).toEqual([]);

describe('findQuantities: Korean amounts', () => {
  it.each([
    ['매출은 1조4600억원이었다', '1조4600억원', 1.46e12, 'KRW'],
    ['매출은 1조 4600억 원이었다', '1조 4600억 원', 1.46e12, 'KRW'],
    ['연구개발에 1조원을 쏟았다', '1조원', 1e12, 'KRW'],
    ['해마다 10조 원 가량을 쓴다', '10조 원', 1e13, 'KRW'],
    ['예산 5천만 원', '5천만 원', 5e7, 'KRW'],
    ['1억5천만원짜리는 아니다', '1억5천만원', 1.5e8, 'KRW'],
    ['사업비 1,200억원', '1,200억원', 1.2e11, 'KRW'],
    ['2.5조원 규모', '2.5조원', 2.5e12, 'KRW'],
    ['이용자는 526만 명으로 늘었다', '526만 명', 5_260_000, 'persons'],
    ['364만 명 증가', '364만 명', 3_640_000, 'persons'],
    ['GPU 1만3000장을 들여온다', '1만3000장', 13_000, 'count'],
    ['10억 달러를 투자', '10억 달러', 1e9, 'USD'],
    ['참여 기업 12개사', '12개사', 12, 'count'],
    ['유효기간은 5년이다', '5년', 5, 'years'],
    ['6개월 안에', '6개월', 6, 'months'],
    ['3배 늘었다', '3배', 3, 'times'],
    ['1만여 명이 모였다', '1만여 명', 10_000, 'persons'],
  ])('%s', (text, original, amount, unit) => {
    expect(one(text)).toMatchObject({ original, amount, unit });
  });

  it('normalises percentages to ratios', () => {
    expect(one('점유율 70% 내외')).toMatchObject({ original: '70%', amount: 0.7, unit: 'ratio' });
    expect(one('약 224.7% 증가')).toMatchObject({ amount: 2.247, unit: 'ratio' });
    expect(one('12%로 2위')).toMatchObject({ original: '12%', amount: 0.12 });
    expect(one('30퍼센트')).toMatchObject({ amount: 0.3, unit: 'ratio' });
    expect(one('3%p 올랐다')).toMatchObject({ amount: 0.03, unit: 'ratio-points' });
    expect(one('share of 70 % in 2021')).toMatchObject({ original: '70 %', amount: 0.7 });
  });

  it('reads ranges', () => {
    expect(one('3~4일 걸린다')).toMatchObject({ original: '3~4일', amount: 3, amountMax: 4, unit: 'days' });
    expect(one('70~80% 수준')).toMatchObject({ amount: 0.7, amountMax: 0.8, unit: 'ratio' });
    expect(one('3~4만 명')).toMatchObject({ amount: 30_000, amountMax: 40_000, unit: 'persons' });
    expect(one('1조~2조원')).toMatchObject({ amount: 1e12, amountMax: 2e12, unit: 'KRW' });
    expect(one('3-4 days later')).toMatchObject({ amount: 3, amountMax: 4, unit: 'days' });
  });

  it('counts days only as a range or a duration, because a bare N일 is a date', () => {
    none('12일 업계에 따르면');
    none('지난 2일 발표했다');
    expect(one('3일간 점검')).toMatchObject({ original: '3일', amount: 3, unit: 'days' });
  });

  it('reports several amounts with their offsets', () => {
    const text = '2024년 10월 MAU는 526만 명으로, 1월보다 약 224.7%(364만 명) 늘었다.';
    expect(findQuantities(text).map((q) => [q.original, q.amount, q.unit])).toEqual([
      ['526만 명', 5_260_000, 'persons'],
      ['224.7%', 2.247, 'ratio'],
      ['364만 명', 3_640_000, 'persons'],
    ]);
    for (const q of findQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.original);
  });

  it('reports a scaled number without a unit as unit-less rather than guessing', () => {
    expect(one('매출 3000억 돌파')).toMatchObject({ amount: 3e11, unit: '' });
  });
});

describe('findQuantities: English amounts', () => {
  it.each([
    ['a $10 billion deal', '$10 billion', 1e10, 'USD'],
    ['US$5 million in seed money', 'US$5 million', 5e6, 'USD'],
    ['about 10 billion won a year', '10 billion won', 1e10, 'KRW'],
    ['1.2 trillion won of investment', '1.2 trillion won', 1.2e12, 'KRW'],
    ['reached 5,260,000 users', '5,260,000 users', 5_260_000, 'persons'],
    ['a 40MW campus', '40MW', 4e7, 'W'],
    ['over 2,000 GPUs', '2,000 GPUs', 2000, 'count'],
    ['share of 35 percent', '35 percent', 0.35, 'ratio'],
  ])('%s', (text, original, amount, unit) => {
    expect(one(text)).toMatchObject({ original, amount, unit });
  });
});

describe('findQuantities: things that are not amounts', () => {
  it.each([
    '2019년 조사',
    '2019~2021년 3개 연도', // the year range, not 2019 to 2021 years
    '2024년 10월 기준',
    '2024-12-02 발표',
    '2024.12.02 발표',
    '대표번호 02-123-4567',
    '휴대폰 010-1234-5678',
    '법 제23조의2에 근거',
    '같은 법 23조의2',
    '제3조 제1항',
    '제미나이 2.0을 출시',
    'A100과 H100',
    '오전 10:30',
    '5G 서비스',
    '100 원격 근무', // 원 starts another word
    '엔비디아 3 엔비디아', // 엔 starts another word
    "'24년 전망",
    '제3자 제공',
    '1위를 차지',
    '3분기 실적',
    '2024년 12월 2일 발표',
    '11일(현지시각) 공개',
    '지난 10월 출시',
    'GPT-4o 모델',
  ])('%s', (text) => {
    const found = findQuantities(text);
    // "2019~2021년 3개 연도" legitimately holds "3개"; everything else holds nothing.
    expect(found.filter((q) => !(q.original === '3개')), text).toEqual([]);
  });

  it('keeps law article numbers out of trillions even next to real amounts', () => {
    expect(findQuantities('제23조의2에 따라 1조원을 배정').map((q) => q.original)).toEqual(['1조원']);
  });

  it('does not join a year to a preceding amount', () => {
    expect(findQuantities('1조 2024년').map((q) => [q.original, q.amount])).toEqual([['1조', 1e12]]);
  });
});

describe('parseQuantity', () => {
  it('parses one typed value', () => {
    expect(parseQuantity('1조4600억원')).toEqual({ kind: 'quantity', amount: 1.46e12, unit: 'KRW', original: '1조4600억원' });
    expect(parseQuantity(' 70% ')).toEqual({ kind: 'quantity', amount: 0.7, unit: 'ratio', original: '70%' });
    expect(parseQuantity('3~4일')).toEqual({ kind: 'quantity', amount: 3, amountMax: 4, unit: 'days', original: '3~4일' });
    expect(parseQuantity('3일')).toMatchObject({ amount: 3, unit: 'days' });
  });

  it('gives a bare number the default unit', () => {
    expect(parseQuantity('13,000', 'count')).toMatchObject({ amount: 13_000, unit: 'count' });
    expect(parseQuantity('1만3000', 'count')).toMatchObject({ amount: 13_000, unit: 'count' });
    expect(parseQuantity('13000')).toBeNull();
  });

  it('accepts NFD input', () => {
    expect(parseQuantity('526만 명'.normalize('NFD'))).toMatchObject({ amount: 5_260_000, unit: 'persons' });
  });

  it('refuses text that is not exactly one amount', () => {
    expect(parseQuantity('')).toBeNull();
    expect(parseQuantity('2019년')).toBeNull();
    expect(parseQuantity('약 70% 이상')).toBeNull();
    expect(parseQuantity('70%와 12%')).toBeNull();
    expect(parseQuantity('many')).toBeNull();
  });
});
