import { describe, expect, it } from 'vitest';
import { findClaims, textTableFlags } from './text-table';
import { badFlagCells } from './cells';
import { seedReport } from './fixtures/seed';
import { report001, report016, report026 } from './fixtures/corpus';

describe('TEXT-TABLE on real reports (tables typed in from the files)', () => {
  it('seed: "没有收到政府信息公开申请" while （七）总计 is 3', () => {
    const r = seedReport();
    const f = textTableFlags(r);
    expect(f).toHaveLength(1);
    expect(f[0].rule).toBe('TEXT-TABLE');
    expect(f[0].severity).toBe('warning');
    expect(r.text!.slice(...(f[0].cells[0].slice(5).split('-').map(Number) as [number, number]))).toBe('没有收到政府信息公开申请');
    expect(f[0].cells).toContain('t3.total_processed.total');
    expect(f[0].actual).toBe(3);
    expect(badFlagCells(r, f)).toEqual([]);
  });
  it('001: 予以公开及部分公开 258 vs 272+3, 无法提供 265 vs 337 (DQ-3); the other figures agree', () => {
    const r = report001();
    const f = textTableFlags(r);
    expect(f.map((x) => [x.actual, x.expected])).toEqual([[258, 275], [265, 337]]);
    expect(badFlagCells(r, f)).toEqual([]);
    const claims = findClaims(r.text!, 2019).map((c) => `${c.q}=${c.value}`);
    expect(claims).toEqual(expect.arrayContaining(['received=859', 'processed=805', 'carried_over=18', 'deny=35', 'not_processed=158', 'review=7', 'litigation=9']));
  });
  it('026: "共收到政府信息公开申请0条" while 本年新收 is 3', () => {
    const r = report026();
    const f = textTableFlags(r);
    expect(f.map((x) => [x.actual, x.expected])).toEqual([[0, 3]]);
    expect(f[0].cells).toContain('t3.new_received.total');
  });
  it('016: the text agrees with the table (11 received) — no flag', () => {
    const r = report016();
    expect(findClaims(r.text!, 2022).map((c) => `${c.q}=${c.value}`)).toEqual(['received=11']);
    expect(textTableFlags(r)).toEqual([]);
  });
  it('ignores figures about another year and 依申请公开 item counts (026 narrative)', () => {
    expect(findClaims('2022年共收到政府信息公开申请5件。2023年，共收到政府信息公开申请3件。', 2023).map((c) => c.value)).toEqual([3]);
    expect(findClaims('共制发政府信息313条，其中，主动公开政府信息128条、依申请公开130条', 2023)).toEqual([]);
  });
});
