import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { strToU8 } from 'fflate';
import { DossierDb } from '../../../db/database';
import { PdfReadError } from '../import/pdf-extract';
import type { FileReaders } from '../import/read-file';
import { importFiles, summarizeOutcomes } from './import-files';

let db: DossierDb;
beforeEach(async () => {
  db = new DossierDb(`import-files-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const readers: FileReaders = {
  html: (html) => ({ title: '웹 페이지', author: '박기자', outlet: '예시뉴스', publishedAt: '2024-03-01', url: 'https://example.org/p', text: html.replace(/<[^>]+>/g, ' ') }),
  pdf: async (bytes) => {
    if (bytes.length < 20) throw new PdfReadError('pdf-broken', 'Invalid PDF structure.');
    return { text: 'Page one.\n\nPage two.', pages: [{ page: 1, start: 0 }, { page: 2, start: 11 }], title: 'Report', author: '' };
  },
};
const file = (name: string, s: string | Uint8Array) => ({ name, bytes: typeof s === 'string' ? strToU8(s) : s });

describe('importFiles', () => {
  it('imports each kind, keeps PDF pages, reports duplicates with their input and failures with a code', async () => {
    const files = [
      file('국내.txt', '쿠팡은 클라우드 사업을 키운다.\n둘째 줄'),
      file('notes.md', '# Market notes\n\nAWS leads the market.'),
      file('page.html', '<p>네이버클라우드는 공공 시장에 집중한다.</p>'),
      file('report.pdf', `%PDF-1.7 ${'x'.repeat(40)}`),
      file('broken.pdf', '%PDF-1.7 trunc'),
      file('again.txt', '쿠팡은  클라우드 사업을 키운다.\n둘째 줄 '),
      file('picture.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])),
      file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9])),
    ];
    const progress: number[] = [];
    const { results, cancelled } = await importFiles(db, files, readers, { onProgress: (p) => progress.push(p.done), yieldEvery: () => Promise.resolve() });
    expect(cancelled).toBe(false);
    expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(summarizeOutcomes(results)).toEqual({ imported: 4, duplicate: 1, failed: 3 });
    expect(results.map((r) => (r.status === 'failed' ? r.code : r.status))).toEqual(['imported', 'imported', 'imported', 'imported', 'pdf-broken', 'duplicate', 'unsupported', 'not-utf8']);
    const dup = results[5]!;
    expect(dup).toMatchObject({ status: 'duplicate', reason: 'text', existingTitle: '쿠팡은 클라우드 사업을 키운다.' });
    const all = await db.articles.toArray();
    expect(all).toHaveLength(4);
    const pdf = all.find((a) => a.source.kind === 'pdf')!;
    expect(pdf).toMatchObject({ title: 'Report', source: { fileName: 'report.pdf', pages: [{ page: 1, start: 0 }, { page: 2, start: 11 }] } });
    expect(all.find((a) => a.source.kind === 'html')).toMatchObject({ outlet: '예시뉴스', author: '박기자', url: 'https://example.org/p', language: 'ko' });
    expect(all.find((a) => a.source.kind === 'md')).toMatchObject({ title: 'Market notes', language: 'en' });
  });
});
