import { describe, it, expect } from 'vitest';
import { SearchIndex, findHighlights, type SearchDoc } from './search-index';

const article = (id: string, text: string, title?: string): SearchDoc => ({ id, kind: 'article', fields: { text, ...(title ? { title } : {}) } });

function library(): SearchIndex {
  const index = new SearchIndex();
  index.add(article('a1', '네이버클라우드는 공공 부문에서 CSAP를 먼저 받은 기업 가운데 하나다. 네이버는 AI 투자도 늘린다.', '토종 클라우드의 공공 시장'));
  index.add(article('a2', '마이크로소프트 애저가 CSAP 하 등급을 받으면서 해외 기업의 공공 클라우드 진출이 시작됐다.', '해외 CSP, 공공 문을 두드리다'));
  index.add(article('a3', '쿠팡은 AI 인프라를 쿠팡 인텔리전트 클라우드라는 이름으로 바꿨다. 데이터센터는 수도권에 있다.', '쿠팡의 클라우드 사업'));
  index.add(article('a4', 'The Korean public cloud market opened to Microsoft Azure after it passed CSAP.', 'Azure in Korea'));
  index.add({ id: 'c1', kind: 'claim', fields: { text: '네이버 클라우드가 국내 점유율 2위라고 밝혔다', note: '출처 확인 필요' } });
  return index;
}

describe('SearchIndex.search', () => {
  it('finds a Korean noun with a particle attached', () => {
    const index = library();
    expect(index.search('네이버클라우드').map((h) => h.id)).toEqual(['a1']);
    expect(index.search('CSAP').map((h) => h.id).sort()).toEqual(['a1', 'a2', 'a4']);
    expect(index.search('csap를').map((h) => h.id)).toEqual(['a1']);
  });

  it('requires every query word (AND)', () => {
    const index = library();
    expect(index.search('CSAP 애저').map((h) => h.id)).toEqual(['a2']);
    expect(index.search('CSAP 쿠팡')).toEqual([]);
    expect(index.search('존재하지않는말')).toEqual([]);
  });

  it('ranks title matches above body matches', () => {
    const index = new SearchIndex();
    index.add(article('body', '보고서는 여러 항목을 다룬다. 데이터센터 위치도 그중 하나다.', '클라우드 정책 동향'));
    index.add(article('title', '보고서는 여러 항목을 다룬다. 위치 이야기도 조금 있다.', '데이터센터 입지 분석'));
    expect(index.search('데이터센터').map((h) => h.id)).toEqual(['title', 'body']);
  });

  it('ranks by term frequency when nothing else differs', () => {
    const index = new SearchIndex();
    index.add(article('once', '쿠팡 이야기 한 번. 그리고 다른 이야기가 길게 이어진다.'));
    index.add(article('thrice', '쿠팡 쿠팡 쿠팡 이야기. 그리고 다른 이야기가 길게 이어진다.'));
    const hits = index.search('쿠팡');
    expect(hits.map((h) => h.id)).toEqual(['thrice', 'once']);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('checks quoted phrases against the text', () => {
    const index = library();
    expect(index.search('"공공 클라우드"').map((h) => h.id)).toEqual(['a2']);
    expect(index.search('"네이버 클라우드"').map((h) => h.id)).toEqual(['c1']);
    expect(index.search('"클라우드 공공"')).toEqual([]);
    // A phrase's words must stand apart as typed, so "네이버 클라우드" above skipped a1's 네이버클라우드는.
    expect(index.search('"네이버 클라우드가"').map((h) => h.id)).toEqual(['c1']);
    expect(index.search('"CSAP 하"').map((h) => h.id)).toEqual(['a2']);
  });

  it('rejects a phrase whose words are glued together, even when its keys occur elsewhere', () => {
    const index = new SearchIndex();
    index.add(article('glued', '공공클라우드를 쓰는 공 클럽이 있다'));
    index.add(article('apart', '공공 클라우드를 쓴다'));
    expect(index.search('"공공 클라우드"').map((h) => h.id)).toEqual(['apart']);
    expect(index.search('"쓰는 공공"')).toEqual([]);
  });

  it('finds words by their initial consonants', () => {
    const index = library();
    expect(index.search('ㄴㅇㅂ').map((h) => h.id).sort()).toEqual(['a1', 'c1']);
    expect(index.search('ㅋㅍ').map((h) => h.id)).toEqual(['a3']);
    expect(index.search('ㄴㅇㅂㅋㄹㅇㄷ').map((h) => h.id)).toEqual(['a1']);
  });

  it('searches claims and other fields and filters by kind', () => {
    const index = library();
    expect(index.search('출처').map((h) => [h.id, h.kind])).toEqual([['c1', 'claim']]);
    expect(index.search('점유율', { kind: 'article' })).toEqual([]);
    expect(index.search('클라우드', { kind: 'claim' }).map((h) => h.id)).toEqual(['c1']);
  });

  it('matches English case-insensitively and respects the limit', () => {
    const index = library();
    expect(index.search('azure').map((h) => h.id)).toEqual(['a4']);
    expect(index.search('CSAP', { limit: 2 })).toHaveLength(2);
  });

  it('finds NFD documents with NFC queries and vice versa', () => {
    const index = new SearchIndex();
    index.add(article('nfd', '가비아도 공공 클라우드에 나선다'.normalize('NFD')));
    expect(index.search('가비아').map((h) => h.id)).toEqual(['nfd']);
    expect(index.search('가비아'.normalize('NFD')).map((h) => h.id)).toEqual(['nfd']);
  });
});

describe('SearchIndex updates', () => {
  it('removes and replaces documents', () => {
    const index = library();
    index.remove('a2');
    expect(index.search('애저')).toEqual([]);
    expect(index.has('a2')).toBe(false);
    index.add(article('a1', '완전히 새로운 본문: 가비아 이야기'));
    expect(index.search('네이버클라우드')).toEqual([]);
    expect(index.search('가비아').map((h) => h.id)).toEqual(['a1']);
    expect(index.stats().docs).toBe(4);
    index.remove('unknown');
    expect(index.stats().docs).toBe(4);
  });

  it('gives the same results after compaction and after a serialize round trip', () => {
    const index = library();
    index.remove('a3');
    index.add(article('a5', '카카오도 클라우드 사업을 키운다', '카카오 클라우드'));
    const queries = ['클라우드', 'CSAP', '"공공 클라우드"', 'ㄴㅇㅂ', '카카오'];
    const before = queries.map((q) => index.search(q));
    const copy = SearchIndex.deserialize(structuredClone(index.serialize()));
    expect(queries.map((q) => copy.search(q))).toEqual(before);
    index.compact();
    expect(queries.map((q) => index.search(q))).toEqual(before);
    expect(copy.stats()).toEqual(index.stats());
  });

  it('keeps results across remove, compact, serialize and further adds and removes', () => {
    // Enough documents that common keys span many pool slices before compaction.
    const text = (i: number) => `문서 ${i}번: ${i % 3 ? '네이버클라우드는' : 'KT클라우드가'} CSAP ${i % 5 ? '하 등급을' : '중 등급을'} 받았다. 공공 클라우드 ${i % 7 ? '' : '가비아'}`;
    const index = new SearchIndex();
    for (let i = 0; i < 300; i++) index.add(article(`d${i}`, text(i), i % 11 ? undefined : `제목 ${i} 데이터센터`));
    for (let i = 0; i < 300; i += 4) index.remove(`d${i}`);
    const queries = ['클라우드', '네이버클라우드', 'KT', '"공공 클라우드"', '"중 등급"', 'ㄴㅇㅂ', '가비아', '데이터센터', '문서 27번'];
    const ids = (ix: SearchIndex) => queries.map((q) => ix.search(q, { limit: 1000 }).map((h) => h.id));
    const before = ids(index);
    expect(before[0]).toHaveLength(225);
    expect(before[2]).toHaveLength(75);
    const scoresBefore = index.search('네이버클라우드 CSAP', { limit: 1000 }).map((h) => [h.id, h.score]);

    const copy = SearchIndex.deserialize(structuredClone(index.serialize()));
    expect(ids(copy)).toEqual(before);
    expect(ids(index)).toEqual(before);
    expect(copy.search('네이버클라우드 CSAP', { limit: 1000 }).map((h) => [h.id, h.score])).toEqual(scoresBefore);
    expect(copy.stats()).toEqual(index.stats());

    // Lists laid out exactly by compaction or loading must still grow, and removals still count.
    for (const ix of [index, copy]) {
      for (let i = 300; i < 420; i++) ix.add(article(`d${i}`, text(i)));
      ix.remove('d1');
      ix.add(article('d2', '새 본문: 오라클 이야기'));
    }
    expect(ids(copy)).toEqual(ids(index));
    expect(index.search('네이버클라우드', { limit: 1000 }).map((h) => h.id)).not.toContain('d1');
    expect(index.search('네이버클라우드', { limit: 1000 }).map((h) => h.id)).not.toContain('d2');
    expect(index.search('오라클').map((h) => h.id)).toEqual(['d2']);
    expect(index.search('클라우드', { limit: 1000 })).toHaveLength(225 + 120 - 2);
    const again = SearchIndex.deserialize(index.serialize());
    expect(ids(again)).toEqual(ids(index));
  });

  it('returns phrase-checked hits in score order, the first `limit` of the full ranking', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 200; i++) {
      const phrase = i % 3 ? '공공 클라우드' : '공공클라우드 클럽';
      index.add(article(`d${i}`, `${'공공 '.repeat(1 + (i % 5))}${phrase} ${'기타 문장. '.repeat(i % 4)}`));
    }
    const all = index.search('"공공 클라우드"', { limit: 1000 });
    expect(all).toHaveLength(133);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
    expect(index.search('"공공 클라우드"', { limit: 7 })).toEqual(all.slice(0, 7));
  });

  it('compacts by itself when many documents are removed', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 2500; i++) index.add(article(`d${i}`, `문서 ${i} 클라우드 ${i % 2 ? '홀수' : '짝수'}`));
    const full = index.stats().postings;
    for (let i = 0; i < 2000; i++) index.remove(`d${i}`);
    const stats = index.stats();
    expect(stats.docs).toBe(500);
    // Compaction ran once tombstones outnumbered live documents; what is left is under half.
    expect(stats.postings).toBeLessThan(full / 2);
    expect(index.search('홀수', { limit: 1000 })).toHaveLength(250);
  });

  it('reports stats', () => {
    const s = library().stats();
    expect(s.docs).toBe(5);
    expect(s.terms).toBeGreaterThan(50);
    expect(s.postings).toBeGreaterThanOrEqual(s.terms);
    expect(s.approxBytes).toBeGreaterThan(0);
  });
});

describe('snippets', () => {
  it('highlights the query words in the snippet', () => {
    const hit = library().search('네이버클라우드')[0]!;
    const [s, e] = hit.snippet.highlights[0]!;
    expect(hit.snippet.text.slice(s, e)).toBe('네이버클라우드');
  });

  it('cuts long texts around the densest cluster of matches', () => {
    const filler = '관련 없는 문장이 이어진다. '.repeat(30);
    const text = `${filler}여기서 가비아가 등장하고 곧 가비아가 다시 나온다. ${filler}`;
    const index = new SearchIndex();
    index.add(article('long', text));
    const { snippet } = index.search('가비아')[0]!;
    expect(snippet.text.length).toBeLessThanOrEqual(162);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.highlights).toHaveLength(2);
    for (const [s, e] of snippet.highlights) expect(snippet.text.slice(s, e)).toBe('가비아');
  });

  it('falls back to the title when only the title matches', () => {
    const index = new SearchIndex();
    index.add(article('t', '본문에는 그 단어가 없다', '오라클의 공공 전략'));
    const { snippet } = index.search('오라클')[0]!;
    expect(snippet.text).toBe('오라클의 공공 전략');
    expect(snippet.highlights).toEqual([[0, 3]]);
  });
});

describe('findHighlights', () => {
  it('keeps Latin words on boundaries and merges overlaps', () => {
    expect(findHighlights('MS and MSP', [], ['ms'])).toEqual([[0, 2]]);
    expect(findHighlights('공공 클라우드 시장', ['공공 클라우드'], ['공공', '클라우드'])).toEqual([[0, 7]]);
  });
});
