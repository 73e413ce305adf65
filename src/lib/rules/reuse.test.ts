/**
 * REUSE on a synthetic panel (labelled synthetic: random CJK text, planted copies) — the scale path
 * (count-min sketches, MinHash + LSH) finds exactly what was planted. Real cases are in panel.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { PanelReport } from './panel';
import { reuseFlags } from './reuse';
import { badFlagCells } from './cells';
import { report } from './fixtures/build';

function rng(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
}
const POOL = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');

function synthPanel(n: number): { panel: PanelReport[]; sectionsOf: string[][] } {
  const r = rng(42);
  const para = (len: number) => Array.from({ length: len }, () => POOL[Math.floor(r() * POOL.length)]).join('');
  const sectionsOf: string[][] = [];
  const panel: PanelReport[] = [];
  for (let i = 0; i < n; i++) sectionsOf.push(Array.from({ length: 6 }, () => para(150)));
  // planted: report 7 (agency 7, 2024) copies part 5 of report 3 (agency 3, 2023); report 20 copies an
  // 80-character passage of report 10 into its part 1
  sectionsOf[7][4] = sectionsOf[3][4];
  sectionsOf[20][0] = sectionsOf[20][0].slice(0, 40) + sectionsOf[10][1].slice(20, 100) + sectionsOf[20][0].slice(40);
  for (let i = 0; i < n; i++) {
    let text = '';
    const sections: Record<string, [number, number]> = {};
    sectionsOf[i].forEach((s, k) => {
      const start = text.length;
      text += s + '。\n';
      sections[`s${k + 1}`] = [start, text.length];
    });
    const year = i === 3 || i === 10 ? 2023 : 2024;
    panel.push({
      report_id: `syn-${i}`, agency_id: `a${i}`, agency: `合成单位${i}`, year, format: '2021',
      report: report({ format: '2021', year, text, sections })
    });
  }
  return { panel, sectionsOf };
}

describe('REUSE at scale (synthetic)', () => {
  it('finds the planted section copy and passage among 400 reports, and nothing else', () => {
    const { panel } = synthPanel(400);
    const out = reuseFlags(panel);
    const got = [...out].flatMap(([id, fl]) => fl.map((f) => `${id}: ${f.message.slice(0, 40)}`)).sort();
    expect(got).toHaveLength(2);
    expect(out.get('syn-7')![0].message).toMatch(/^第五部分与合成单位3 ?2023年报告重复率100%/);
    expect(out.get('syn-20')![0].message).toMatch(/^1段文字（共80字/);
    for (const p of panel) expect(badFlagCells(p.report, out.get(p.report_id) ?? [])).toEqual([]);
  });
});
