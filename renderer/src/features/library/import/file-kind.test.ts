import { describe, expect, it } from 'vitest';
import { detectFileKind, looksLikePdf } from './file-kind';

const u8 = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('detectFileKind', () => {
  it('reads the extension for text, Markdown and HTML', () => {
    expect(detectFileKind('a.txt', u8('hello'))).toBe('txt');
    expect(detectFileKind('a.MD', u8('# hi'))).toBe('md');
    expect(detectFileKind('page.htm', u8('<p>x</p>'))).toBe('html');
  });

  it('trusts the PDF signature over the name, and hands a signature-less .pdf to the PDF reader', () => {
    expect(detectFileKind('notes.txt', u8('%PDF-1.7\n...'))).toBe('pdf');
    expect(detectFileKind('junk-first.bin', u8('\n\n%PDF-1.4'))).toBe('pdf');
    expect(detectFileKind('broken.pdf', u8('hello'))).toBe('pdf');
    expect(looksLikePdf(u8('%PD'))).toBe(false);
  });

  it('recognises an HTML document saved as .txt, and refuses binaries and unknown extensions', () => {
    expect(detectFileKind('saved.txt', u8('\xef\xbb\xbf  <!DOCTYPE html><html>'))).toBe('html');
    expect(detectFileKind('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).toBeNull();
    expect(detectFileKind('report.docx', u8('PK\x03\x04rest'))).toBeNull();
    expect(detectFileKind('data.csv', u8('a,b'))).toBeNull();
  });
});
