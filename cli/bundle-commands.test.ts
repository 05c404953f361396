import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { writeBundle } from '@shared/bundle';
import { sampleLibrary } from '@shared/bundle/fixtures';
import { runConvert, runValidate } from './bundle-commands';

const META = { appVersion: '0.1.0', exportedBy: 'Researcher A', exportedAt: '2024-12-05T08:00:00.000Z' };

let dir: string;
let stdout: string;
let stderr: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function bundleFile(name: string, edit?: (d: ReturnType<typeof sampleLibrary>) => void): Promise<string> {
  const data = sampleLibrary();
  edit?.(data);
  const path = join(dir, name);
  await writeFile(path, writeBundle(data, META));
  return path;
}

describe('validate', () => {
  it('exits 0 for a valid bundle and says what it holds', async () => {
    const file = await bundleFile('good.dossier');
    expect(await runValidate([file])).toBe(0);
    expect(stdout).toContain('format 1, exported by Researcher A');
    expect(stdout).toContain('2 articles, 3 claims, 2 tags, 3 providers, 3 attributes, 1 briefings');
    expect(stdout).toContain('0 dropped, 0 fixed, 0 warnings: valid');
  });

  it('prints each problem with its place and exits 1 when rows would be dropped', async () => {
    const file = await bundleFile('bad-rows.dossier', (d) => {
      (d.claims[1]!.value as unknown as Record<string, unknown>).amount = 'lots';
      d.claims[2]!.articleId = 'missing';
    });
    expect(await runValidate([file])).toBe(1);
    expect(stdout).toContain('dropped claims[1].value.amount: expected a number, found text "lots" (row dropped)');
    expect(stdout).toContain('dropped claims[2].articleId: article "missing" is not in this file (row dropped)');
    expect(stdout).toContain('2 dropped');
  });

  it('still exits 0 when there are only warnings', async () => {
    const file = await bundleFile('warn.dossier', (d) => void (d.claims[0]!.tagIds = ['tag-elsewhere']));
    expect(await runValidate([file])).toBe(0);
    expect(stdout).toContain('warning claims[0].tagIds[0]: tag "tag-elsewhere" is not in this file');
  });

  it('reports a refused file with its code and exits 1', async () => {
    const path = join(dir, 'notes.dossier');
    await writeFile(path, 'just some text');
    expect(await runValidate([path])).toBe(1);
    expect(stderr).toContain('refused [bundle-not-zip]');
    expect(await runValidate([join(dir, 'absent.dossier')])).toBe(1);
    expect(stderr).toContain('cannot read the file');
  });

  it('exits 2 on bad usage', async () => {
    expect(await runValidate([])).toBe(2);
    expect(stderr).toContain('Usage: dossier validate');
  });
});

describe('convert', () => {
  it('writes W3C annotations to stdout', async () => {
    const file = await bundleFile('w3c.dossier');
    expect(await runConvert([file, '--to', 'w3c'])).toBe(0);
    const doc = JSON.parse(stdout) as { '@context': string; id: string; total: number; first: { items: { target: { source: string } }[] } };
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.id).toBe('urn:dossier:collection:w3c.dossier');
    expect(doc.total).toBe(3);
  });

  it('writes a CSV file with a BOM, names in the chosen language', async () => {
    const file = await bundleFile('csv.dossier');
    const target = join(dir, 'claims.csv');
    expect(await runConvert([file, '--to=csv', '--out', target, '--lang', 'ko'])).toBe(0);
    const bytes = await readFile(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(bytes.subarray(3).toString('utf8'), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.providers)).toEqual(['아마존웹서비스', '네이버클라우드', '아마존웹서비스; 마이크로소프트 애저']);
    expect(stderr).toContain(`Wrote ${target}`);
    expect(stdout).toBe('');
  });

  it('writes CSL-JSON for the articles', async () => {
    const file = await bundleFile('csl.dossier');
    expect(await runConvert([file, '--to', 'csl-json'])).toBe(0);
    const items = JSON.parse(stdout) as { id: string; type: string }[];
    expect(items.map((i) => [i.id, i.type])).toEqual([
      ['art-csap', 'article-newspaper'],
      ['art-share', 'article-newspaper'],
    ]);
  });

  it('leaves dropped rows out and says so', async () => {
    const file = await bundleFile('partial.dossier', (d) => void (d.claims[0]!.articleId = 'gone'));
    expect(await runConvert([file, '--to', 'csv'])).toBe(0);
    expect(stderr).toContain('1 rows were dropped');
    expect(stdout.trim().split('\r\n')).toHaveLength(3);
  });

  it('rejects bad options with exit 2 and a refused file with exit 1', async () => {
    const file = await bundleFile('opts.dossier');
    expect(await runConvert([file, '--to', 'pdf'])).toBe(2);
    expect(stderr).toContain('--to must be one of w3c, csv, csl-json (got "pdf")');
    expect(await runConvert([file])).toBe(2);
    expect(await runConvert([file, '--to', 'csv', '--lang', 'fr'])).toBe(2);
    const broken = join(dir, 'broken.dossier');
    await writeFile(broken, (await readFile(file)).subarray(0, 200));
    expect(await runConvert([broken, '--to', 'csv'])).toBe(1);
    expect(stderr).toContain('refused [bundle-corrupt]');
  });
});
