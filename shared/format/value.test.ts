import { describe, it, expect } from 'vitest';
import type { QuantityValue } from '../domain';
import { formatAsOf, formatDate, formatValue, koreanScaledNumber } from './value';
import { decimal, groupDigits } from './number';

const q = (amount: number, unit: string, amountMax?: number): QuantityValue => ({
  kind: 'quantity',
  amount,
  unit,
  original: '',
  ...(amountMax === undefined ? {} : { amountMax }),
});

describe('number helpers', () => {
  it('groups digits without Intl', () => {
    expect(groupDigits('13000')).toBe('13,000');
    expect(groupDigits('-1234567.25')).toBe('-1,234,567.25');
    expect(groupDigits('999')).toBe('999');
  });
  it('drops trailing zeros and float noise', () => {
    expect(decimal(70.00000000000001, 2)).toBe('70');
    expect(decimal(1.46, 3)).toBe('1.46');
    expect(decimal(-0.0001, 2)).toBe('0');
    expect(decimal(12345.5)).toBe('12,345.5');
  });
});

describe('koreanScaledNumber', () => {
  it('counts in 조/억/만', () => {
    expect(koreanScaledNumber(1.46e12)).toBe('1조 4,600억');
    expect(koreanScaledNumber(1e12)).toBe('1조');
    expect(koreanScaledNumber(5_260_000)).toBe('526만');
    expect(koreanScaledNumber(13_000)).toBe('1만 3,000');
    expect(koreanScaledNumber(1234)).toBe('1,234');
    expect(koreanScaledNumber(0)).toBe('0');
    expect(koreanScaledNumber(-3e8)).toBe('-3억');
    expect(koreanScaledNumber(2.5e16)).toBe('25,000조');
  });
});

describe('formatValue: quantities', () => {
  it('KRW in Korean units and English short scale', () => {
    expect(formatValue(q(1.46e12, 'KRW'), 'ko')).toBe('1조 4,600억 원');
    expect(formatValue(q(1e12, 'KRW'), 'ko')).toBe('1조 원');
    expect(formatValue(q(1.46e12, 'KRW'), 'en')).toBe('KRW 1.46 trillion');
    expect(formatValue(q(3.5e8, 'KRW'), 'en')).toBe('KRW 350 million');
    expect(formatValue(q(5000, 'KRW'), 'en')).toBe('KRW 5,000');
  });
  it('ratio as percent', () => {
    expect(formatValue(q(0.7, 'ratio'), 'ko')).toBe('70%');
    expect(formatValue(q(0.7, 'ratio'), 'en')).toBe('70%');
    expect(formatValue(q(0.123, 'ratio'), 'en')).toBe('12.3%');
    expect(formatValue(q(0.6, 'ratio', 0.7), 'ko')).toBe('60~70%');
  });
  it('persons', () => {
    expect(formatValue(q(5_260_000, 'persons'), 'ko')).toBe('526만 명');
    expect(formatValue(q(5_260_000, 'persons'), 'en')).toBe('5.26 million people');
    expect(formatValue(q(1, 'persons'), 'en')).toBe('1 person');
  });
  it('counts stay plain', () => {
    expect(formatValue(q(13_000, 'count'), 'ko')).toBe('13,000');
    expect(formatValue(q(13_000, 'count'), 'en')).toBe('13,000');
  });
  it('ranges', () => {
    expect(formatValue(q(3, 'day', 4), 'en')).toBe('3–4 days');
    expect(formatValue(q(3, 'days', 4), 'ko')).toBe('3~4일');
    expect(formatValue(q(1, 'day'), 'en')).toBe('1 day');
    expect(formatValue(q(1e12, 'KRW', 2e12), 'en')).toBe('KRW 1–2 trillion');
    expect(formatValue(q(5e11, 'KRW', 1.2e12), 'en')).toBe('KRW 500 billion–1.2 trillion');
    expect(formatValue(q(5e11, 'KRW', 1.2e12), 'ko')).toBe('5,000억~1조 2,000억 원');
  });
  it('a range whose ends are equal shows one number', () => {
    expect(formatValue(q(3, 'day', 3), 'ko')).toBe('3일');
  });
  it('unknown units fall back to number and unit', () => {
    expect(formatValue(q(2.5, 'GW'), 'en')).toBe('2.5 GW');
    expect(formatValue(q(2, 'GW', 3), 'ko')).toBe('2~3 GW');
    expect(formatValue(q(42, ''), 'en')).toBe('42');
  });
});

describe('formatValue: other kinds', () => {
  it('category and text as they are', () => {
    expect(formatValue({ kind: 'category', category: '하' }, 'en')).toBe('하');
    expect(formatValue({ kind: 'text', text: 'Partnership with a telecom' }, 'ko')).toBe('Partnership with a telecom');
  });
  it('dates as YYYY-MM-DD', () => {
    expect(formatValue({ kind: 'date', date: '2024-12-02' }, 'ko')).toBe('2024-12-02');
    expect(formatValue({ kind: 'date', date: '2024-12-02T09:00:00Z' }, 'en')).toBe('2024-12-02');
    expect(formatDate('2024-06')).toBe('2024-06');
  });
});

describe('formatAsOf', () => {
  it('points, periods and absence', () => {
    expect(formatAsOf(undefined, 'ko')).toBe('');
    expect(formatAsOf({ start: '2024-12-02' }, 'en')).toBe('2024-12-02');
    expect(formatAsOf({ start: '2024-01-01', end: '2024-12-31' }, 'ko')).toBe('2024-01-01~2024-12-31');
    expect(formatAsOf({ start: '2024-01-01', end: '2024-12-31' }, 'en')).toBe('2024-01-01 – 2024-12-31');
    expect(formatAsOf({ start: '2024-03-01', end: '2024-03-01' }, 'en')).toBe('2024-03-01');
  });
});
