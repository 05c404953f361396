/**
 * The benchmark's search queries: provider names with Korean particles
 * (네이버클라우드는, 쿠팡의), Korean words with particles, English words, two-word
 * queries and quoted phrases. Drawn from the library's own vocabulary so most
 * queries have hits, with a few that have none (a miss must be fast too).
 */
import type { Provider } from '@shared/domain';
import { createRng } from './rng';
import { QUERY_PHRASES, QUERY_WORDS_EN, QUERY_WORDS_KO, josa } from './vocabulary';

/** A query and the family it belongs to, so results can be read per family. */
export interface BenchQuery {
  q: string;
  family: 'ko-particle' | 'ko-word' | 'en-word' | 'two-words' | 'phrase' | 'miss';
}

/** `count` queries (default 200), deterministic for a seed. */
export function makeQueries(providers: Provider[], count = 200, seed = 7): BenchQuery[] {
  const rng = createRng(seed);
  const koNames = providers.map((p) => p.name.ko).filter((n) => /[가-힣]/.test(n));
  const particles = ['은/는', '이/가', '을/를', '과/와'] as const;
  const make: Array<() => BenchQuery> = [
    () => ({ q: josa(rng.pick(koNames), rng.pick(particles)), family: 'ko-particle' }),
    () => ({ q: `${rng.pick(koNames)}의`, family: 'ko-particle' }),
    () => ({ q: rng.pick(QUERY_WORDS_KO), family: 'ko-word' }),
    () => ({ q: rng.pick(QUERY_WORDS_EN), family: 'en-word' }),
    () => ({ q: `${rng.pick(QUERY_WORDS_EN)} ${rng.pick(QUERY_WORDS_EN)}`, family: 'two-words' }),
    () => ({ q: `${rng.pick(koNames)} ${rng.pick(QUERY_WORDS_KO)}`, family: 'two-words' }),
    () => ({ q: rng.pick(QUERY_PHRASES), family: 'phrase' }),
  ];
  const out: BenchQuery[] = [];
  while (out.length < count) {
    if (out.length % 40 === 39) out.push({ q: rng.pick(['양자암호통신망', 'zeppelin', '"blue whale"']), family: 'miss' });
    else out.push(rng.pick(make)());
  }
  return out;
}
