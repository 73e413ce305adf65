/** Byte sniffing and decoding on real report bytes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from './decode';

const SOURCES = new URL('../../../datasets/sources/', import.meta.url);
const bytes = (rel: string) => new Uint8Array(readFileSync(new URL(rel, SOURCES)));
const kindOf = (b: Uint8Array) => {
  const d = decode(b);
  return d.ok ? d.kind : `rejected: ${d.reason}`;
};

describe('decode', () => {
  it('recognises the corpus kinds', () => {
    expect(kindOf(bytes('raw/001.html'))).toBe('html');
    expect(kindOf(bytes('raw/009.html'))).toBe('html');
    expect(kindOf(bytes('raw/002.txt'))).toBe('markdown');
    expect(kindOf(bytes('raw/003.pdf'))).toBe('pdf');
    expect(kindOf(bytes('raw/010.txt'))).toBe('text'); // crawl text with a stray Word HTML comment
    expect(kindOf(bytes('seed/000_1869ea635e2008ab.txt'))).toBe('text');
  });

  it('handles BOMs and UTF-16', () => {
    const text = new TextDecoder().decode(bytes('raw/024.txt'));
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('raw/024.txt')]);
    const d8 = decode(bom);
    expect(d8.ok && 'text' in d8 && d8.text).toBe(text);
    const u16 = new Uint8Array(2 + text.length * 2);
    u16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(u16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const d16 = decode(u16);
    expect(d16.ok && 'text' in d16 && d16.text).toBe(text);
  });

  it('keeps UTF-8 with a damaged byte as UTF-8, and notes a cut multi-byte character', () => {
    const b = bytes('raw/024.txt').slice();
    b[500] = 0xff;
    const d = decode(b);
    expect(d.ok && 'encoding' in d && d.encoding).toBe('utf-8');
    const whole = bytes('raw/024.txt');
    const lastMulti = whole.findLastIndex((x) => x >= 0xe0);
    const cut = decode(whole.slice(0, lastMulti + 1));
    expect(cut.ok && cut.truncated).toBe(true);
  });

  it('rejects empty, binary, legacy Office and non-DOCX zips with reasons', () => {
    expect(kindOf(new Uint8Array(0))).toBe('rejected: empty file');
    expect(kindOf(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x00]))).toMatch(/binary/);
    expect(kindOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(/legacy binary Office/);
    expect(kindOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toMatch(/not a DOCX/);
    expect(kindOf(new TextEncoder().encode('   \n  '))).toBe('rejected: empty file');
  });

  it('notes a PDF without its end-of-file marker as truncated', () => {
    const pdf = bytes('raw/003.pdf');
    const whole = decode(pdf);
    expect(whole.ok && whole.truncated).toBe(false);
    const cut = decode(pdf.slice(0, pdf.length >> 1));
    expect(cut.ok && cut.kind === 'pdf' && cut.truncated).toBe(true);
  });
});
