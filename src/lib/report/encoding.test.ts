/**
 * Encodings and scripts: a GBK copy of a real report parses to the same JSON as the UTF-8 file; a
 * Traditional-character copy (opencc cn→tw) and a full-width-digit copy give the same numbers.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { decode } from './decode';
import { parseReport } from './parse';
import { isTraditional, TRADITIONAL_ONLY, traditionalRatio } from './traditional';
import type { ParsedReport } from './types';

const SOURCES = new URL('../../../datasets/sources/', import.meta.url);
const read = (rel: string) => readFileSync(new URL(rel, SOURCES), 'utf8');

/** GBK encoder built once by decoding every GBK double-byte code (TextEncoder cannot write GBK). */
const GBK = (() => {
  const map = new Map<string, number>();
  const dec = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, (lead << 8) | trail);
    }
  }
  return map;
})();

/** Characters GBK cannot hold are replaced by '?' (returned so the UTF-8 side can be made identical). */
function toGbk(text: string): { bytes: Uint8Array; text: string } {
  const out: number[] = [];
  let kept = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      kept += ch;
    } else if (GBK.has(ch)) {
      const v = GBK.get(ch)!;
      out.push(v >> 8, v & 0xff);
      kept += ch;
    } else {
      out.push(0x3f);
      kept += '?';
    }
  }
  return { bytes: new Uint8Array(out), text: kept };
}

const tables = (r: ParsedReport) => ({ t2: r.t2, t3: r.t3, t4: r.t4 });
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('GBK', () => {
  it('the encoder round-trips through the decoder', () => {
    expect(GBK.size).toBeGreaterThan(20_000);
    const { bytes, text } = toGbk('政府信息公开工作年度报告（七）总计：“三安全一稳定”');
    expect(new TextDecoder('gbk').decode(bytes)).toBe(text);
  });

  for (const f of ['raw/024.txt', 'raw/001.html', 'seed/000_1869ea635e2008ab.txt']) {
    it(`${f} as GBK parses to the same JSON as UTF-8`, async () => {
      const { bytes, text } = toGbk(read(f));
      expect(bytes.some((b) => b >= 0x80)).toBe(true);
      const d = decode(bytes);
      expect(d.ok && 'encoding' in d && d.encoding).toBe('gb18030');
      const a = await parseReport(utf8(text), f);
      const b = await parseReport(bytes, f);
      expect(a.status).toBe('parsed');
      expect(b).toEqual(a);
    });
  }
});

describe('Traditional characters', () => {
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

  it('every listed Traditional-only character converts under opencc t→cn', () => {
    const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
    for (const ch of TRADITIONAL_ONLY) expect(toCn(ch), ch).not.toBe(ch);
  });

  it('no Simplified corpus report is taken for Traditional', () => {
    for (const f of ['raw/001.html', 'raw/002.txt', 'raw/009.html', 'raw/024.txt', 'seed/000_1869ea635e2008ab.txt']) {
      expect(traditionalRatio(read(f)).trad, f).toBeLessThan(3);
      expect(isTraditional(read(f)), f).toBe(false);
    }
  });

  for (const f of ['raw/024.txt', 'raw/009.html', 'raw/002.txt']) {
    it(`${f} converted to Traditional gives the same numbers`, async () => {
      const tw = toTw(read(f));
      expect(isTraditional(tw)).toBe(true);
      const a = await parseReport(utf8(read(f)), f);
      const b = await parseReport(utf8(tw), f);
      expect(b.status).toBe('parsed');
      expect(tables(b)).toEqual(tables(a));
      expect([b.year, b.format]).toEqual([a.year, a.format]);
    });
  }
});

describe('full-width digits', () => {
  it('raw/024.txt with every digit full-width gives the same numbers and year', async () => {
    const src = read('raw/024.txt');
    const wide = src.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(wide).not.toMatch(/[0-9]/);
    const a = await parseReport(utf8(src), 'a');
    const b = await parseReport(utf8(wide), 'b');
    expect(tables(b)).toEqual(tables(a));
    expect(b.year).toBe(2025);
    expect(b.t3.total_processed.total).toBe(148);
  });
});
