import { afterEach, beforeEach, describe, it, expect, vi, type MockInstance } from 'vitest';
import { fileURLToPath } from 'node:url';
import { decodeEntities, htmlToText, markdownToText, runAnalyze, type AnalyzeReport } from './analyze';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

let log: MockInstance<typeof console.log>;
let error: MockInstance<typeof console.error>;
const stdout = () => log.mock.calls.map((c) => c.join(' ')).join('\n');
const stderr = () => error.mock.calls.map((c) => c.join(' ')).join('\n');

beforeEach(() => {
  log = vi.spyOn(console, 'log').mockImplementation(() => {});
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

async function json(...args: string[]): Promise<AnalyzeReport> {
  expect(await runAnalyze([...args, '--json'])).toBe(0);
  return JSON.parse(stdout()) as AnalyzeReport;
}

describe('runAnalyze on a text file', () => {
  it('prints providers, quantities and suggestions', async () => {
    expect(await runAnalyze([fixture('public-cloud.txt')])).toBe(0);
    const out = stdout();
    expect(out).toContain('Providers mentioned (6)');
    expect(out).toMatch(/마이크로소프트 \(Microsoft\)\s+×4\s+aliases: 마이크로소프트, MS, 애저/);
    expect(out).toMatch(/1조원\s+=\s+1,000,000,000,000 KRW/);
    expect(out).toMatch(/70%\s+=\s+0\.7 ratio \(70%\)/);
    expect(out).toMatch(/아마존웹서비스 \(AWS\): Market share = 70% \(as of 2019 to 2021\)/);
    expect(stderr()).toBe('');
  });

  it('prints JSON with offsets into the analysed text', async () => {
    const r = await json(fixture('public-cloud.txt'));
    expect(r.language).toBe('ko');
    expect(r.providers.map((p) => p.providerId)).toEqual([
      'prov-microsoft', 'prov-aws', 'prov-kt-cloud', 'prov-naver-cloud', 'prov-nhn-cloud', 'prov-openai',
    ]);
    expect(r.quantities.map((q) => [q.original, q.amount, q.unit])).toEqual([
      ['70%', 0.7, 'ratio'],
      ['12%', 0.12, 'ratio'],
      ['1조원', 1e12, 'KRW'],
      ['10조 원', 1e13, 'KRW'],
    ]);
    // Not amounts: the phone number, the law article (제23조의2) and the years.
    expect(r.quantities.some((q) => /23|4567|2019/.test(q.original))).toBe(false);
    expect(r.suggestions.map((s) => s.attributeId ?? null)).toEqual([
      'attr-csap-grade', 'attr-market-share', null, 'attr-ai-rnd-investment', 'attr-ai-rnd-investment',
    ]);
  });

  it('resolves relative dates against --date', async () => {
    const r = await json(fixture('public-cloud.txt'), '--date', '2024-12-12');
    expect(r.dates.find((d) => d.original === '지난 2일')).toMatchObject({ date: '2024-12-02', relative: true });
    expect(r.suggestions[0]).toMatchObject({ attributeId: 'attr-csap-grade', value: { category: '하' }, asOf: { start: '2024-12-02' } });
  });
});

describe('runAnalyze on HTML and Markdown', () => {
  it('reads only the visible HTML text, with entities decoded', async () => {
    const r = await json(fixture('coupang.html'));
    expect(r.providers.map((p) => p.providerId)).toEqual(['prov-coupang']);
    expect(r.quantities.map((q) => q.original)).toEqual(['100%', '1만3000장']);
    expect(r.suggestions).toMatchObject([{ providerIds: ['prov-coupang'], attributeId: 'attr-hq-jurisdiction' }]);
    expect(r.suggestions[0]!.sentence).toContain('"외산"');
  });

  it('reads Markdown link text and keeps acronyms on word boundaries', async () => {
    const r = await json(fixture('notes.md'));
    expect(r.providers.map((p) => [p.providerId, p.count])).toEqual([
      ['prov-kt-cloud', 2],
      ['prov-microsoft', 2],
    ]);
    expect(r.suggestions).toMatchObject([{ attributeId: 'attr-partnership', asOf: { start: '2024-09' } }]);
  });
});

describe('runAnalyze errors', () => {
  it('exits 1 for a missing file', async () => {
    expect(await runAnalyze([fixture('missing.txt')])).toBe(1);
    expect(stderr()).toMatch(/missing\.txt: cannot read the file \(no such file\)/);
  });

  it('exits 1 for an unsupported extension', async () => {
    expect(await runAnalyze([fixture('table.csv')])).toBe(1);
    expect(stderr()).toMatch(/unsupported file type "\.csv"/);
  });

  it('exits 1 for a file with no text', async () => {
    expect(await runAnalyze([fixture('empty.txt')])).toBe(1);
    expect(stderr()).toMatch(/no text to analyze/);
  });

  it.each([[[]], [['--bogus', 'a.txt']], [['a.txt', 'b.txt']], [['--date', 'soon', 'a.txt']], [['a.txt', '--date']]])(
    'exits 2 for usage errors: %j',
    async (args) => {
      expect(await runAnalyze(args)).toBe(2);
      expect(stderr()).toMatch(/Usage: dossier analyze/);
      expect(stdout()).toBe('');
    },
  );

  it('prints usage and exits 0 for --help', async () => {
    expect(await runAnalyze(['--help'])).toBe(0);
    expect(stdout()).toMatch(/Usage: dossier analyze/);
  });
});

describe('text extraction helpers', () => {
  it('decodes entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&lt;b&gt; &amp; &#44032;&#xAC01; &bogus; &#0;')).toBe('<b> & 가각 &bogus; &#0;');
  });

  it('drops scripts, styles and comments and breaks blocks into lines', () => {
    const text = htmlToText('<head><title>t</title></head><p>하나<br>둘</p><script>x()</script><!-- c --><div>셋</div>');
    expect(text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['하나', '둘', '셋']);
  });

  it('keeps link text and drops Markdown markers', () => {
    expect(markdownToText('## 제목\n> **굵게** [링크](http://x) `code`')).toBe('제목\n굵게 링크 code');
  });
});
