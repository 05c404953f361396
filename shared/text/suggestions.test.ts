import { describe, it, expect } from 'vitest';
import { STARTER_ATTRIBUTES } from '../registry/attributes';
import { STARTER_PROVIDERS } from '../registry/providers';
import { suggestClaims } from './suggestions';

const suggest = (text: string, reference?: string) => suggestClaims(text, STARTER_PROVIDERS, STARTER_ATTRIBUTES, reference ? { reference } : {});

describe('suggestClaims', () => {
  it('suggests a market share with its period', () => {
    const [s, ...rest] = suggest('공정위 조사에서 2019~2021년 국내 시장은 아마존웹서비스가 점유율 70% 안팎으로 1위였다.');
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      providerIds: ['prov-aws'],
      attributeId: 'attr-market-share',
      value: { kind: 'quantity', amount: 0.7, unit: 'ratio', original: '70%' },
      asOf: { start: '2019', end: '2021' },
    });
  });

  it('pairs each provider with its own amount', () => {
    const text = '지난해 네이버가 AI 연구개발에 1조원을 썼다면, 오픈AI는 해마다 10조 원가량을 투자한다.';
    const ss = suggest(text);
    expect(ss.map((s) => [s.providerIds, s.attributeId, s.value && 'amount' in s.value ? s.value.amount : null])).toEqual([
      [['prov-naver-cloud'], 'attr-ai-rnd-investment', 1e12],
      [['prov-openai'], 'attr-ai-rnd-investment', 1e13],
    ]);
    expect(ss.map((s) => s.asOf ?? null)).toEqual([null, null]);
    for (const s of ss) {
      const quote = text.slice(s.quote.start, s.quote.end);
      expect(quote.startsWith('네이버') || quote.startsWith('오픈AI')).toBe(true);
    }
  });

  it('dates each paired amount from its own part of the sentence', () => {
    const ss = suggest('2023년 네이버가 AI 연구개발에 1조원을 쓴 반면 오픈AI는 한 해 10조 원가량을 투자한다.');
    expect(ss.map((s) => s.asOf ?? null)).toEqual([{ start: '2023' }, null]);
  });

  it('suggests a CSAP grade as a category, with the certification date as of', () => {
    const [s] = suggest('12일 업계에 따르면 마이크로소프트 애저는 지난 2일 CSAP \'하\' 등급 인증을 받았다.', '2024-12-12');
    expect(s).toMatchObject({
      providerIds: ['prov-microsoft'],
      attributeId: 'attr-csap-grade',
      value: { kind: 'category', category: '하' },
      asOf: { start: '2024-12-02' },
    });
  });

  it('suggests a CSAP certification date when no grade is named', () => {
    const [s] = suggest('가비아는 2023년 5월 10일 CSAP 인증을 획득했다.');
    expect(s).toMatchObject({ providerIds: ['prov-gabia'], attributeId: 'attr-csap-certified', value: { kind: 'date', date: '2023-05-10' } });
    expect(s!.asOf).toBeUndefined();
    const [relative] = suggest('애저는 지난 2일 보안인증(CSAP)을 통과했다.', '2024-12-12');
    expect(relative).toMatchObject({ attributeId: 'attr-csap-certified', value: { date: '2024-12-02' } });
    const [monthOnly] = suggest('가비아는 2023년 5월 CSAP 인증을 받았다.');
    expect(monthOnly!.attributeId).toBeUndefined();
  });

  it('does not read the list of grades as a provider grade', () => {
    const ss = suggest('CSAP는 상·중·하 등급으로 나뉘며 네이버클라우드도 이 제도를 따른다.');
    expect(ss).toEqual([]);
  });

  it('suggests MAU, GPU count and revenue from their keywords', () => {
    expect(suggest('네이버의 AI 서비스 MAU는 120만 명 수준이다.')[0]).toMatchObject({ attributeId: 'attr-mau', value: { amount: 1_200_000, unit: 'persons' } });
    expect(suggest('KT클라우드는 GPU 1만3000장을 확보했다.')[0]).toMatchObject({ attributeId: 'attr-gpu-count', value: { amount: 13_000, unit: 'count' } });
    expect(suggest('가비아의 지난해 매출은 3000억원이다.')[0]).toMatchObject({ attributeId: 'attr-revenue', value: { amount: 3e11, unit: 'KRW' } });
  });

  it('suggests text attributes without inventing a value', () => {
    const hq = suggest('쿠팡은 미국 본사가 지분 100%를 가진 한국 법인이다.')[0]!;
    expect(hq).toMatchObject({ providerIds: ['prov-coupang'], attributeId: 'attr-hq-jurisdiction' });
    expect(hq.value).toBeUndefined();
    const mou = suggest('MS와 KT는 2024년 9월 AI 클라우드 협력을 위한 업무협약을 맺었다.')[0]!;
    expect(mou).toMatchObject({ providerIds: ['prov-microsoft', 'prov-kt-cloud'], attributeId: 'attr-partnership', asOf: { start: '2024-09' } });
  });

  it('keeps a sentence whose attribute is unclear, with its amount', () => {
    const [s] = suggest('뒤이어 마이크로소프트가 12%로 2위에 올랐다.');
    expect(s).toMatchObject({ providerIds: ['prov-microsoft'], value: { amount: 0.12, unit: 'ratio' } });
    expect(s!.attributeId).toBeUndefined();
  });

  it('skips sentences without a provider, or without an amount, date or grade', () => {
    expect(suggest('국내 클라우드 시장은 2021년 70%가 외산이었다.')).toEqual([]);
    expect(suggest('네이버는 AI 생태계를 넓히려 한다.')).toEqual([]);
  });

  it('only guesses attributes the registry has', () => {
    const noShare = STARTER_ATTRIBUTES.filter((a) => a.id !== 'attr-market-share');
    const [s] = suggestClaims('아마존웹서비스의 점유율은 70%다.', STARTER_PROVIDERS, noShare);
    expect(s!.attributeId).toBeUndefined();
    expect(s!.value).toMatchObject({ amount: 0.7 });
  });

  it('is deterministic, with ids that depend on position', () => {
    const text = '쿠팡은 GPU 1000장을 들였다. 쿠팡은 GPU 1000장을 들였다.';
    const a = suggest(text);
    const b = suggest(text);
    expect(a).toEqual(b);
    expect(a).toHaveLength(2);
    expect(a[0]!.id).not.toBe(a[1]!.id);
    expect(a[0]!.id).toMatch(/^sug-[0-9a-f]{16}$/);
  });

  it('reports offsets that slice to the sentence', () => {
    const text = '서론이다.\n네이버클라우드는 2023년 매출 1조원을 넘겼다.';
    const [s] = suggest(text);
    expect(text.slice(s!.start, s!.end)).toBe(s!.sentence);
    expect(s!.sentence).toBe('네이버클라우드는 2023년 매출 1조원을 넘겼다.');
    expect(s!.asOf).toEqual({ start: '2023' });
  });
});
