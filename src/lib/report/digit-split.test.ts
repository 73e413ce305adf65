import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellOptions, enumerateReadings, solveAcrossRows, solveJoint, splitRow, type Identity } from './digit-split';
import { tokenizeValues } from './values';

const toks = (s: string) => tokenizeValues(s, 0, s.length, { units: true });
const vals = (cells: ({ value: number } | null)[]) => cells.map((c) => (c ? c.value : null));
const t3RowSum = (v: number[]) => v[0] + v[1] + v[2] + v[3] + v[4] + v[5] === v[6];

describe('splitRow', () => {
  it('reads one digit per cell when digits equal cells', () => {
    expect(vals(splitRow(toks('5100000'), 7).cells)).toEqual([5, 1, 0, 0, 0, 0, 0]);
  });
  it('uses the row sum to pick the unique reading of a glued run (raw/009.txt)', () => {
    const r = splitRow(toks('21710000218'), 7, t3RowSum);
    expect(r.status).toBe('unique');
    expect(vals(r.cells)).toEqual([217, 1, 0, 0, 0, 0, 218]);
    expect(vals(splitRow(toks('320000032'), 7, t3RowSum).cells)).toEqual([32, 0, 0, 0, 0, 0, 32]);
  });
  it('treats whitespace as a boundary inside partially spaced runs', () => {
    expect(vals(splitRow(toks('10 0 0 0 01'), 7, t3RowSum).cells)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(vals(splitRow(toks('160 02 0 018'), 7, t3RowSum).cells)).toEqual([16, 0, 0, 2, 0, 0, 18]);
    expect(vals(splitRow(toks('200 000121'), 7, t3RowSum).cells)).toEqual([20, 0, 0, 0, 0, 1, 21]);
    expect(vals(splitRow(toks('1400000 14'), 7, t3RowSum).cells)).toEqual([14, 0, 0, 0, 0, 0, 14]);
  });
  it('fills cells in reading order and leaves trailing cells null when a row is short', () => {
    const r = splitRow(toks('0 00000'), 7);
    expect(r.status).toBe('short');
    expect(vals(r.cells)).toEqual([0, 0, 0, 0, 0, 0, null]);
  });
  it('splits 表二 runs only when unique', () => {
    expect(vals(splitRow(toks('0011'), 3).cells)).toEqual([0, 0, 11]);
    const amb = splitRow(toks('6233440'), 3);
    expect(amb.status).toBe('ambiguous');
    expect(vals(amb.cells)).toEqual([null, null, null]);
    expect(vals(splitRow(toks('1-10'), 3).cells)).toEqual([1, -1, 0]);
    expect(vals(splitRow(toks('0+11'), 3).cells)).toEqual([0, 1, 1]);
    expect(vals(splitRow(toks('2笔 984361元'), 2).cells)).toEqual([2, 984361]);
    expect(vals(splitRow(toks('18651.06'), 1).cells)).toEqual([18651.06]);
  });
  it('reads thousands separators as one cell', () => {
    expect(vals(splitRow(toks('1,288 21 0 0 50 3 1,362'), 7, t3RowSum).cells)).toEqual([1288, 21, 0, 0, 50, 3, 1362]);
    expect(vals(splitRow(toks('96,171.6'), 1).cells)).toEqual([96171.6]);
    expect(toks('3,1190').map((t) => t.text)).toEqual(['3']);
  });
  it('keeps the cells all readings agree on', () => {
    // 88-720 with only the delta column signed: 88 | -7 | 20 or 88 | -72 | 0 — only the first cell is certain.
    const deltaOnlySigned = (v: number[]) => v[0] >= 0 && v[2] >= 0;
    expect(vals(splitRow(toks('88-720'), 3, deltaOnlySigned).cells)).toEqual([88, null, null]);
  });
  it('never returns a number that is not in the source and gives up on huge runs', () => {
    const r = splitRow(toks('1'.repeat(200)), 7, t3RowSum);
    expect(vals(r.cells)).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('enumerateReadings', () => {
  it('respects the no-leading-zero rule', () => {
    const rs = enumerateReadings(toks('0012'), 3)!;
    expect(rs.map((r) => r.map((p) => p.raw).join('|'))).toEqual(['0|0|12']);
  });
  it('splits 表四 runs with the group identities (raw/009.txt)', () => {
    const ok = (v: number[]) => [0, 5, 10].every((g) => v[g] + v[g + 1] + v[g + 2] + v[g + 3] === v[g + 4]);
    const rs = enumerateReadings(toks('21317000001324019'), 15, ok)!;
    expect(rs.length).toBe(1);
    expect(rs[0].map((p) => p.value)).toEqual([2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]);
  });
});

describe('solveAcrossRows', () => {
  it('chooses the unique combination satisfying a column identity', () => {
    // rows: a = "111" (2 cells: 1|11 or 11|1), b = "5 7" fixed, identity col0: a0 + b0 = 16 → a0 must be 11.
    const a = splitRow(toks('111'), 2);
    const b = splitRow(toks('5 7'), 2);
    const c = splitRow(toks('16 8'), 2);
    const ids: Identity[] = [{ plus: [[0, 0], [1, 0]], minus: [[2, 0]] }];
    const sol = solveAcrossRows([a, b, c], ids)!;
    expect(sol.get(0)!.map((p) => p.value)).toEqual([11, 1]);
  });
  it('returns null when no combination fits', () => {
    const a = splitRow(toks('111'), 2);
    const b = splitRow(toks('5 7'), 2);
    const c = splitRow(toks('99 8'), 2);
    expect(solveAcrossRows([a, b, c], [{ plus: [[0, 0], [1, 0]], minus: [[2, 0]] }])).toBeNull();
  });
});

describe('splitting never invents a value (property)', () => {
  const count = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 999 }));
  it('表三 rows glued with random spacing: every cell read is the printed one or null', () => {
    fc.assert(fc.property(fc.array(count, { minLength: 6, maxLength: 6 }), fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), (six, spaces) => {
      const row = [...six, six.reduce((a, b) => a + b, 0)];
      const text = row.map((v, i) => String(v) + (spaces[i] ? ' ' : '')).join('');
      const cells = splitRow(toks(text), 7, t3RowSum).cells;
      cells.forEach((c, i) => { if (c) expect(c.value).toBe(row[i]); });
    }), { numRuns: 2000 });
  });
  it('表四 runs: every cell read is the printed one or null', () => {
    const ok = (v: number[]) => [0, 5, 10].every((g) => v[g] + v[g + 1] + v[g + 2] + v[g + 3] === v[g + 4]);
    fc.assert(fc.property(fc.array(count, { minLength: 12, maxLength: 12 }), (twelve) => {
      const row: number[] = [];
      for (let g = 0; g < 3; g++) { const four = twelve.slice(g * 4, g * 4 + 4); row.push(...four, four.reduce((a, b) => a + b, 0)); }
      const r = splitRow(toks(row.join('')), 15, ok);
      r.cells.forEach((c, i) => { if (c) expect(c.value).toBe(row[i]); });
    }), { numRuns: 1000 });
  });
});

describe('cellOptions', () => {
  it('gives each cell exactly the values it takes over every reading (against the enumeration)', () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9]{1,12}( [0-9]{1,5})?$/), fc.integer({ min: 1, max: 7 }), (s, n) => {
      const toks = tokenizeValues(s, 0, s.length);
      const all = enumerateReadings(toks, n, undefined, { cap: 1e7, maxReadings: 1e6 });
      const got = cellOptions(toks, n);
      if (!all || all.length === 0) return got === null;
      const want = Array.from({ length: n }, (_, i) => [...new Set(all.map((r) => r[i].value))].sort((a, b) => a - b));
      expect(got).toEqual(want);
      return true;
    }), { numRuns: 300 });
  });
  it('raw/028.txt 行政规范性文件 \'1129\': 1|1|29, 1|12|9, 11|2|9', () => {
    expect(cellOptions(tokenizeValues('1129', 0, 4), 3)).toEqual([[1, 11], [1, 2, 12], [9, 29]]);
  });
});

describe('long 表三 runs (counts in the thousands, no separators)', () => {
  const big = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 999 }), fc.integer({ min: 1000, max: 9999 }));
  const rowOf = (six: number[]) => [...six, six.reduce((a, b) => a + b, 0)];
  it('a run too long to list is searched by its row sum: every cell read is the printed one or null', () => {
    fc.assert(fc.property(fc.array(big, { minLength: 6, maxLength: 6 }), (six) => {
      const row = rowOf(six);
      const r = splitRow(toks(row.join('')), 7, t3RowSum, { rowSum: true });
      r.cells.forEach((c, i) => { if (c) expect(c.value).toBe(row[i]); });
    }), { numRuns: 1500 });
  });
  it('rows resolved jointly by the column identities: every resolved cell is the printed one', () => {
    fc.assert(fc.property(fc.array(fc.array(big, { minLength: 6, maxLength: 6 }), { minLength: 2, maxLength: 5 }), (outs) => {
      const rows = outs.map(rowOf);
      const total = rows[0].map((_, c) => rows.reduce((s, r) => s + r[c], 0));
      const all = [...rows, total];
      const splits = all.map((r) => splitRow(toks(r.join('')), 7, t3RowSum, { rowSum: true }));
      const ids: Identity[] = total.map((_, c) => ({ plus: [[rows.length, c]], minus: rows.map((_, i) => [i, c] as [number, number]) }));
      const sol = solveJoint(splits, ids);
      if (sol) for (const [ri, rd] of sol) rd.forEach((p, c) => expect(p.value).toBe(all[ri][c]));
    }), { numRuns: 400 });
  });
  it('a run-together 表三 of a large agency (synthetic) is resolved by the column identities', () => {
    // 988|73|7|12|12|9|1101 also reads 9|887|3|71|2|129|1101; 337… three ways; 1680… two: one combination adds up.
    const rows = [[988, 73, 7, 12, 12, 9], [337, 27, 2, 2, 6, 2], [1680, 131, 6, 14, 19, 23]].map(rowOf);
    const total = rows[0].map((_, c) => rows.reduce((s, r) => s + r[c], 0));
    const all = [...rows, total];
    const splits = all.map((r) => splitRow(toks(r.join('')), 7, t3RowSum, { rowSum: true }));
    expect(splits.some((s) => s.status === 'ambiguous')).toBe(true);
    const ids: Identity[] = total.map((_, c) => ({ plus: [[all.length - 1, c]], minus: [0, 1, 2].map((i) => [i, c] as [number, number]) }));
    const sol = solveJoint(splits, ids)!;
    expect(sol).not.toBeNull();
    for (const [ri, rd] of sol) expect(rd.map((p) => p.value)).toEqual(all[ri]);
  });
});

describe('long 表四 runs', () => {
  it('a run too long to list is searched block by block: every cell read is the printed one or null', () => {
    const ok = (v: number[]) => [0, 5, 10].every((g) => v[g] + v[g + 1] + v[g + 2] + v[g + 3] === v[g + 4]);
    const big = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 100, max: 999 }));
    fc.assert(fc.property(fc.array(big, { minLength: 12, maxLength: 12 }), (twelve) => {
      const row: number[] = [];
      for (let g = 0; g < 3; g++) { const four = twelve.slice(g * 4, g * 4 + 4); row.push(...four, four.reduce((a, b) => a + b, 0)); }
      const r = splitRow(toks(row.join('')), 15, ok, { blockSum: 5 });
      r.cells.forEach((c, i) => { if (c) expect(c.value).toBe(row[i]); });
    }), { numRuns: 1000 });
  });
  it('the 25-digit run of a synthetic large agency: 54|14|10|15|93, 25|3|3|5|36, 14|2|6|1|23', () => {
    const ok = (v: number[]) => [0, 5, 10].every((g) => v[g] + v[g + 1] + v[g + 2] + v[g + 3] === v[g + 4]);
    const r = splitRow(toks('5414101593253353614261 23'.replace(' ', '')), 15, ok, { blockSum: 5 });
    expect(r.status).not.toBe('unsolvable');
    vals(r.cells).forEach((v, i) => { if (v !== null) expect(v).toBe([54, 14, 10, 15, 93, 25, 3, 3, 5, 36, 14, 2, 6, 1, 23][i]); });
  });
});

