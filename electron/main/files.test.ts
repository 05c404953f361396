import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { MAX_OPEN_FILE_BYTES, readOpenedFiles, safeFileName, SavedPaths } from './files';
import { IpcFailure } from './ipc-failure';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dossier-files-'));
  await writeFile(path.join(dir, '클라우드.txt'), '공공 클라우드');
  await writeFile(path.join(dir, 'big.bin'), new Uint8Array(2048));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readOpenedFiles', () => {
  it('returns names and bytes as plain Uint8Arrays', async () => {
    const [file] = await readOpenedFiles([path.join(dir, '클라우드.txt')]);
    expect(file!.name).toBe('클라우드.txt');
    expect(Object.getPrototypeOf(file!.bytes)).toBe(Uint8Array.prototype);
    expect(new TextDecoder().decode(file!.bytes)).toBe('공공 클라우드');
  });

  it('fails the whole call with too-large naming the file, before reading anything', async () => {
    const err = await readOpenedFiles([path.join(dir, '클라우드.txt'), path.join(dir, 'big.bin')], 1024).catch((e) => e);
    expect(err).toBeInstanceOf(IpcFailure);
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/^big\.bin is 0\.0 MB; Dossier opens files up to 0 MB$/);
  });

  it('caps at 200 MB by default', () => {
    expect(MAX_OPEN_FILE_BYTES).toBe(200 * 1024 * 1024);
  });
});

describe('safeFileName', () => {
  it('strips directories and reserved characters and adds the extension once', () => {
    expect(safeFileName('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(safeFileName('브리핑: CSAP "하" 등급?', 'pdf')).toBe('브리핑 CSAP 하 등급.pdf');
    expect(safeFileName('Brief.PDF', 'pdf')).toBe('Brief.PDF');
    expect(safeFileName('...', 'pdf')).toBe('dossier.pdf');
    expect(safeFileName('tab\there\u0000')).toBe('tabhere');
  });
});

describe('SavedPaths', () => {
  it('knows only the paths added, compared after resolving', () => {
    const saved = new SavedPaths();
    saved.add(path.join(dir, 'a.pdf'));
    expect(saved.has(path.join(dir, 'x', '..', 'a.pdf'))).toBe(true);
    expect(saved.has(path.join(dir, 'b.pdf'))).toBe(false);
  });
});
