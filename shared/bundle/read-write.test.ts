import { describe, it, expect } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { sampleLibrary } from './fixtures';
import { readBundle, BUNDLE_ERRORS } from './read';
import { FORMAT_VERSION, writeBundle, type BundleMeta } from './write';
import { sha256Hex } from '../text/normalize';

const META: BundleMeta = { appVersion: '0.1.0', exportedBy: '연구자 A', exportedAt: '2024-12-05T08:00:00.000Z' };

/** Rebuilds a bundle with some entries replaced, re-using or recomputing the manifest. */
function rezip(bytes: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes);
  edit(files);
  const z: Zippable = {};
  for (const [k, v] of Object.entries(files)) z[k] = v;
  return zipSync(z);
}

function manifestOf(bytes: Uint8Array): Record<string, unknown> {
  return JSON.parse(strFromU8(unzipSync(bytes)['manifest.json']!)) as Record<string, unknown>;
}

/** Replaces a table entry and fixes its checksum, so only the content is wrong. */
function withEntry(bytes: Uint8Array, name: string, content: Uint8Array): Uint8Array {
  return rezip(bytes, (files) => {
    files[name] = content;
    const m = JSON.parse(strFromU8(files['manifest.json']!)) as { entries: Record<string, unknown> };
    m.entries[name] = { sha256: sha256Hex(content), bytes: content.length };
    files['manifest.json'] = strToU8(JSON.stringify(m));
  });
}

describe('writeBundle', () => {
  it('writes a manifest with counts, checksums and the format version', () => {
    const data = sampleLibrary();
    const bytes = writeBundle(data, { ...META, selection: 'Claims tagged market' });
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['manifest.json', 'articles.json', 'claims.json', 'tags.json', 'providers.json', 'attributes.json', 'briefings.json']);
    const m = manifestOf(bytes) as { formatVersion: number; counts: Record<string, number>; entries: Record<string, { sha256: string; bytes: number }>; selection: string };
    expect(m.formatVersion).toBe(FORMAT_VERSION);
    expect(m.counts).toEqual({ articles: 2, claims: 3, tags: 2, providers: 3, attributes: 3, briefings: 1 });
    expect(m.entries['claims.json']).toEqual({ sha256: sha256Hex(files['claims.json']!), bytes: files['claims.json']!.length });
    expect(m.selection).toBe('Claims tagged market');
    expect(JSON.parse(strFromU8(files['articles.json']!))).toEqual(data.articles);
  });

  it('is deterministic and compresses', () => {
    const a = writeBundle(sampleLibrary(), META);
    const b = writeBundle(sampleLibrary(), META);
    expect(a).toEqual(b);
    const raw = JSON.stringify(sampleLibrary()).length;
    expect(a.length).toBeLessThan(raw);
  });
});

describe('readBundle', () => {
  const good = writeBundle(sampleLibrary(), META);

  it('reads back what was written', () => {
    const r = readBundle(good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.formatVersion).toBe(1);
    expect(r.value.manifest.exportedBy).toBe('연구자 A');
    expect(r.value.tables.claims).toEqual(sampleLibrary().claims);
    expect(r.value.problems).toEqual([]);
  });

  it('refuses a file that is not a zip', () => {
    const r = readBundle(strToU8('{"type":"dossier-bundle"}'));
    expect(r).toMatchObject({ ok: false, error: { code: BUNDLE_ERRORS.notZip } });
  });

  it('refuses a zip without a manifest, or with a foreign one', () => {
    const noManifest = zipSync({ 'notes.txt': strToU8('hello') });
    expect(readBundle(noManifest)).toMatchObject({ ok: false, error: { code: BUNDLE_ERRORS.notBundle, message: expect.stringMatching(/no manifest\.json/) } });
    const foreign = zipSync({ 'manifest.json': strToU8('{"type":"something-else"}') });
    expect(readBundle(foreign)).toMatchObject({ ok: false, error: { code: BUNDLE_ERRORS.notBundle } });
    expect(readBundle(zipSync({}))).toMatchObject({ ok: false, error: { code: BUNDLE_ERRORS.notBundle } });
  });

  it('refuses a truncated file', () => {
    for (const cut of [30, Math.floor(good.length / 2), good.length - 10]) {
      const r = readBundle(good.slice(0, cut));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe(BUNDLE_ERRORS.corrupt);
    }
  });

  it('names the entry whose checksum does not match', () => {
    const bytes = rezip(good, (files) => {
      files['claims.json'] = strToU8(strFromU8(files['claims.json']!).replace('0.6', '0.7'));
    });
    const r = readBundle(bytes);
    expect(r).toMatchObject({ ok: false, error: { code: BUNDLE_ERRORS.checksum, message: expect.stringContaining('"claims.json"') } });
  });

  it('refuses a file over the size limit before unzipping', () => {
    expect(readBundle(good, { maxBytes: 100 })).toMatchObject({ ok: false, error: { code: BUNDLE_ERRORS.tooLarge } });
  });

  it('refuses a zip bomb by its declared sizes, without inflating it', () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = withEntry(good, 'articles.json', zeros);
    expect(bomb.length).toBeLessThan(100_000);
    const r = readBundle(bomb, { maxUncompressedBytes: 4 * 1024 * 1024 });
    expect(r).toMatchObject({ ok: false, error: { code: BUNDLE_ERRORS.tooLarge, message: expect.stringMatching(/would unpack to/) } });
  });

  it('does not trust an entry whose declared size is a lie', () => {
    const bytes = withEntry(good, 'tags.json', strToU8(JSON.stringify(new Array(5000).fill({ id: 'x', name: 'y', color: 'z' }))));
    // Shrink the declared uncompressed size in the central directory: inflation is capped there.
    const patched = bytes.slice();
    const view = new DataView(patched.buffer);
    for (let i = patched.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        const nameLen = view.getUint16(i + 28, true);
        const name = strFromU8(patched.subarray(i + 46, i + 46 + nameLen));
        if (name === 'tags.json') view.setUint32(i + 24, 100, true);
      }
    }
    const r = readBundle(patched);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([BUNDLE_ERRORS.checksum, BUNDLE_ERRORS.corrupt]).toContain(r.error.code);
  });

  it('refuses a newer format with the update message', () => {
    const bytes = rezip(good, (files) => {
      const m = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>;
      m.formatVersion = FORMAT_VERSION + 1;
      files['manifest.json'] = strToU8(JSON.stringify(m));
    });
    const r = readBundle(bytes);
    expect(r).toEqual({
      ok: false,
      error: {
        code: BUNDLE_ERRORS.newerVersion,
        message: `This file was written by a newer Dossier (format ${FORMAT_VERSION + 1}); this version reads format ${FORMAT_VERSION} or older. Update Dossier to open it.`,
      },
    });
  });

  it('names the entry that holds bad JSON', () => {
    const r = readBundle(withEntry(good, 'providers.json', strToU8('[{"id": "p1",')));
    expect(r).toMatchObject({ ok: false, error: { code: BUNDLE_ERRORS.badJson, message: expect.stringContaining('"providers.json"') } });
    const m = readBundle(rezip(good, (files) => void (files['manifest.json'] = strToU8('{nope'))));
    expect(m).toMatchObject({ ok: false, error: { code: BUNDLE_ERRORS.badJson, message: expect.stringContaining('"manifest.json"') } });
  });

  it('refuses a damaged manifest with the place of the damage', () => {
    const bytes = rezip(good, (files) => {
      const m = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>;
      m.exportedAt = 'last tuesday';
      files['manifest.json'] = strToU8(JSON.stringify(m));
    });
    expect(readBundle(bytes)).toMatchObject({ ok: false, error: { code: BUNDLE_ERRORS.badManifest, message: expect.stringContaining('manifest.exportedAt') } });
  });

  it('refuses an entry the manifest lists but the zip lacks', () => {
    const bytes = rezip(good, (files) => void delete files['tags.json']);
    expect(readBundle(bytes)).toMatchObject({ ok: false, error: { code: BUNDLE_ERRORS.corrupt, message: expect.stringContaining('"tags.json"') } });
  });

  it('warns about, and ignores, entries it does not know or cannot check', () => {
    const bytes = rezip(good, (files) => {
      files['readme.txt'] = strToU8('hi');
      const m = JSON.parse(strFromU8(files['manifest.json']!)) as { entries: Record<string, unknown> };
      delete m.entries['briefings.json'];
      files['manifest.json'] = strToU8(JSON.stringify(m));
    });
    const r = readBundle(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.tables.briefings).toBeUndefined();
    expect(r.value.problems.map((p) => p.path).sort()).toEqual(['briefings.json', 'readme.txt']);
  });
});
