/**
 * The single-report rules through the real parser (src/lib/report/parse.ts) on every file of datasets/sources.
 * Expected sets were written by reading the files (manifest.csv notes, CORPUS-NOTES.md, and the narrative quoted
 * beside each case), not by saving the rules' output.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../report/parse';
import type { ParsedReport } from '../report/types';
import { badFlagCells } from './cells';
import { SOURCES, readSource } from './fixtures/build';

const FILES = ['seed/000_1869ea635e2008ab.txt', ...readdirSync(resolve(SOURCES, 'raw')).sort().map((f) => `raw/${f}`)];
const parsed = new Map<string, ParsedReport>();

beforeAll(async () => {
  for (const f of FILES) parsed.set(f, await parseReport(new Uint8Array(readFileSync(resolve(SOURCES, f))), f));
});

const IDENTITY = ['T3-1', 'T3-2', 'T3-3', 'T3-4', 'T4-1'];
const rulesOf = (f: string, rule: string) => parsed.get(f)!.flags.filter((x) => x.rule === rule);

/** Files CORPUS-NOTES.md lists as "tables that do not add up or contradict the text". */
function knownBad(): Set<string> {
  const notes = readSource('CORPUS-NOTES.md');
  const para = /Tables that do not add up[^\n]*\n[^\n]*/.exec(notes)![0];
  const ids = [...para.matchAll(/\b(\d{3})\b/g)].map((m) => m[1]);
  return new Set(ids.flatMap((id) => [`raw/${id}.txt`, `raw/${id}.html`]));
}

describe('corpus through the real parser', () => {
  it('seed: T3-1 and T3-2 for exactly natural_person, legal_service, total; no T3-3/T4-1; TEXT-TABLE; 4 SPAM ranges', () => {
    const seed = 'seed/000_1869ea635e2008ab.txt';
    const r = parsed.get(seed)!;
    for (const rule of ['T3-1', 'T3-2']) {
      expect(rulesOf(seed, rule).map((x) => x.cells[0].split('.').pop()).sort()).toEqual(['legal_service', 'natural_person', 'total']);
    }
    expect(rulesOf(seed, 'T3-3')).toEqual([]);
    expect(rulesOf(seed, 'T4-1')).toEqual([]);
    expect(rulesOf(seed, 'TEXT-TABLE')).toHaveLength(1);
    const spam = rulesOf(seed, 'SPAM');
    const text = r.text!;
    const where: string[] = [];
    for (let i = text.indexOf('体球网,球探体育比分'); i >= 0; i = text.indexOf('体球网,球探体育比分', i + 1)) where.push(`text:${i}-${i + 10}`);
    expect(where).toHaveLength(4);
    expect(spam.map((x) => x.cells[0])).toEqual(where);
    expect(spam.every((x) => x.expected === '关于')).toBe(true);
  });

  it('every flag of every report names cells that exist in that report', () => {
    const bad = FILES.flatMap((f) => badFlagCells(parsed.get(f)!).map((b) => `${f}: ${b.flag.rule} ${b.bad.join(',')}`));
    expect(bad).toEqual([]);
  });

  it('no SPAM on any clean real report', () => {
    const hits = FILES.filter((f) => !f.startsWith('seed/') && rulesOf(f, 'SPAM').length > 0);
    expect(hits).toEqual([]);
  });

  it('no identity flag on any report whose tables balance (all files outside the CORPUS-NOTES list)', () => {
    const bad = knownBad();
    const hits = FILES.filter((f) => f.startsWith('raw/') && !bad.has(f))
      .filter((f) => parsed.get(f)!.flags.some((x) => IDENTITY.includes(x.rule)))
      .map((f) => `${f}: ${parsed.get(f)!.flags.filter((x) => IDENTITY.includes(x.rule)).map((x) => x.message).join(' | ')}`);
    expect(hits).toEqual([]);
  });

  it('identity flags on the reports whose notes say they do not add up (005, 020, 026, 028)', () => {
    // 005: natural-person results 6+6+4+3+3+4 = 26 but （七）总计 natural = 20; 020: 1 + 0 ≠ 1 + 1 (结转);
    // 026: 本年新收 3 while （七）总计 and 结转 are 0; 028: 3 new, 不掌握 3, （七）总计 0.
    expect(rulesOf('raw/005.txt', 'T3-2').map((x) => x.cells[0])).toContain('t3.total_processed.natural_person');
    expect(rulesOf('raw/020.txt', 'T3-1').map((x) => x.cells[0])).toContain('t3.new_received.total');
    expect(rulesOf('raw/026.txt', 'T3-1').map((x) => x.cells[0])).toContain('t3.new_received.total');
    expect(rulesOf('raw/028.txt', 'T3-2').map((x) => x.cells[0])).toContain('t3.total_processed.total');
  });

  it('TEXT-TABLE fires exactly where the narrative contradicts the table (each case read in the file)', () => {
    const flagged = FILES.filter((f) => rulesOf(f, 'TEXT-TABLE').length > 0);
    expect(flagged).toEqual([
      'seed/000_1869ea635e2008ab.txt', // "没有收到政府信息公开申请" vs （七）总计 3
      'raw/001.html', // 予以公开及部分公开258件 vs 272+3; 无法提供265件 vs 337 (DQ-3)
      'raw/026.txt', // 共收到政府信息公开申请0条 vs 本年新收 3
      'raw/041.txt', // 共受理公开申请34件 vs table 32
      'raw/069.txt', // 不予公开2件 "分别属于本机关不掌握…及行政执法案卷": table has 1 不予公开 + 1 无法提供
      'raw/072.txt', // 因无法提供相关信息答复2件 vs 无法提供 rows 0 (the 2 are in （六）)
      'raw/083.txt', // 共收到政府信息公开申请4件 vs an all-zero 表三
      'raw/092.txt', // 未接到群众对依申请公开信息申请 vs （七）总计 natural 1
      'raw/106.txt' // 2022年未收到依申请公开事宜 vs 不掌握 row 3|…|2|5
    ]);
  });

  it('FORMAT: the 2021+ reports that still use the 2019 table (080, 092, 093, 094 per manifest.csv)', () => {
    expect(FILES.filter((f) => rulesOf(f, 'FORMAT').length > 0)).toEqual(['raw/080.txt', 'raw/092.txt', 'raw/093.txt', 'raw/094.txt']);
  });

  it('LATE: only 047 (投资促进局 2025, published 2026-04-17); the region\'s March reports are on time', () => {
    expect(FILES.filter((f) => rulesOf(f, 'LATE').length > 0)).toEqual(['raw/047.txt']);
  });

  it('REUSE words of another agency: the seed (我办, 应急管理系统) and 035 (我委 in a 财政金融局 report)', () => {
    expect(FILES.filter((f) => rulesOf(f, 'REUSE').length > 0)).toEqual(['seed/000_1869ea635e2008ab.txt', 'raw/035.txt']);
    expect(rulesOf('raw/035.txt', 'REUSE')[0].severity).toBe('info');
  });

  it('no YEAR flag on the corpus (title year, 统计期限 and publication date agree everywhere)', () => {
    expect(FILES.filter((f) => rulesOf(f, 'YEAR').length > 0)).toEqual([]);
  });
});
