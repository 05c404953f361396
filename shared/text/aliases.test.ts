import { describe, it, expect } from 'vitest';
import type { Provider } from '../domain';
import { STARTER_PROVIDERS } from '../registry/providers';
import { findProviderMentions, summarizeMentions } from './aliases';

const P = STARTER_PROVIDERS;
const ids = (text: string) => findProviderMentions(text, P).map((m) => m.providerId);
const surface = (text: string) => findProviderMentions(text, P).map((m) => text.slice(m.start, m.end));

describe('findProviderMentions', () => {
  it('matches Hangul aliases before particles', () => {
    expect(ids('네이버는 새 모델을 내놓았고 쿠팡의 행보도 주목된다')).toEqual(['prov-naver-cloud', 'prov-coupang']);
  });

  it('prefers the longest alias and does not also report the shorter one inside it', () => {
    const text = '네이버클라우드는 공공 사업을 넓힌다';
    const ms = findProviderMentions(text, P);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ providerId: 'prov-naver-cloud', alias: '네이버클라우드', start: 0, end: 7 });
  });

  it('matches aliases written with or without the space', () => {
    expect(surface('구글 클라우드와 구글클라우드, 그리고 KT 클라우드')).toEqual(['구글 클라우드', '구글클라우드', 'KT 클라우드']);
    expect(findProviderMentions('KT 클라우드', P)[0]!.alias).toBe('KT 클라우드');
  });

  it('keeps Latin acronyms on word boundaries', () => {
    expect(ids('KTX 열차와 market 동향')).toEqual([]);
    expect(ids('국내 MSP 업계')).toEqual([]);
    expect(ids('MS와 KT의 공동 투자')).toEqual(['prov-microsoft', 'prov-kt-cloud']);
    expect(ids('(AWS) 그리고 AWS.')).toEqual(['prov-aws', 'prov-aws']);
    expect(ids('SKT와 퍼플렉시티')).toEqual(['prov-sk-telecom']);
  });

  it('treats all-caps acronyms as case-sensitive but names as case-insensitive', () => {
    expect(ids('the query took 40 ms on aws-like hardware')).toEqual([]);
    expect(ids('GOOGLE and google and Google')).toEqual(['prov-google-cloud', 'prov-google-cloud', 'prov-google-cloud']);
  });

  it('does not match short Hangul aliases inside other words', () => {
    expect(ids('메타버스 플랫폼과 메타데이터 표준')).toEqual([]);
    expect(ids('메타는 라마를 공개했다')).toEqual(['prov-meta']);
    expect(ids('한국구글은')).toEqual([]);
    expect(ids('구글코리아 측은')).toEqual(['prov-google-cloud']);
  });

  it('lets long Hangul aliases match before any Hangul, and finds mixed-script aliases', () => {
    expect(ids('한국마이크로소프트가 발표')).toEqual(['prov-microsoft']);
    expect(ids('챗GPT 개발사 오픈AI도 MOU를 맺었다')).toEqual(['prov-openai']);
    expect(ids('삼성SDS와 SK텔레콤')).toEqual(['prov-samsung-sds', 'prov-sk-telecom']);
  });

  it('resolves the full Coupang cloud name as one mention and its abbreviation separately', () => {
    const text = '쿠팡 인텔리전트 클라우드(Coupang Intelligent Cloud, CIC)를 내놨다';
    expect(findProviderMentions(text, P).map((m) => m.alias)).toEqual([
      '쿠팡 인텔리전트 클라우드',
      'Coupang Intelligent Cloud',
      'CIC',
    ]);
  });

  it('reports offsets into the text', () => {
    const text = '올해 아마존웹서비스(AWS) 점유율';
    for (const m of findProviderMentions(text, P)) expect(text.slice(m.start, m.end)).toBe(m.alias);
  });

  it('works with a custom registry', () => {
    const custom: Provider[] = [
      { id: 'x', name: { ko: '엑스', en: 'X' }, aliases: ['엑스클라우드'], origin: 'domestic', country: 'KR', kind: 'csp' },
    ];
    expect(findProviderMentions('엑스클라우드가 출범했다', custom)).toEqual([{ providerId: 'x', alias: '엑스클라우드', start: 0, end: 6 }]);
    expect(findProviderMentions('네이버', custom)).toEqual([]);
  });
});

describe('summarizeMentions', () => {
  it('counts per provider with the aliases used, in order of first mention', () => {
    const text = '마이크로소프트(MS) 애저가 인증을 받았다. 네이버는 긴장한다. MS는 이어서';
    const s = summarizeMentions(findProviderMentions(text, P));
    expect(s.map((x) => [x.providerId, x.count, x.aliases])).toEqual([
      ['prov-microsoft', 4, ['마이크로소프트', 'MS', '애저']],
      ['prov-naver-cloud', 1, ['네이버']],
    ]);
  });
});
