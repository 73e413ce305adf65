import { describe, expect, it } from 'vitest';
import { assessIdentities, identityCounts, identityFlags } from './identities';
import { badFlagCells } from './cells';
import { seedReport } from './fixtures/seed';
import { report, t3FromRows, t4FromRow } from './fixtures/build';

describe('identities on the seed (datasets/sources/seed, read by hand)', () => {
  const seed = seedReport();
  const flags = identityFlags(seed);

  it('T3-1 and T3-2 fire for exactly natural_person, legal_service and total', () => {
    for (const rule of ['T3-1', 'T3-2']) {
      const cols = flags.filter((f) => f.rule === rule).map((f) => f.cells[0].split('.').pop());
      expect(cols.sort()).toEqual(['legal_service', 'natural_person', 'total']);
    }
  });
  it('no T3-3, T3-4 or T4-1', () => {
    expect(flags.filter((f) => !['T3-1', 'T3-2'].includes(f.rule))).toEqual([]);
  });
  it('T3-1 total column: 0 + 0 vs 3 + 0, with the four cells', () => {
    const f = flags.find((x) => x.rule === 'T3-1' && x.cells[0].endsWith('.total'))!;
    expect(f.expected).toBe(0);
    expect(f.actual).toBe(3);
    expect(f.severity).toBe('error');
    expect(f.cells).toEqual(['t3.new_received.total', 't3.carried_over.total', 't3.total_processed.total', 't3.carried_forward.total']);
    expect(f.message).toContain('总计');
    expect(f.message_en).toContain('Total');
  });
  it('every flag cell resolves', () => {
    expect(badFlagCells(seed, flags)).toEqual([]);
  });
});

describe('null cells are not assessable (synthetic)', () => {
  it('a null in 总计 makes that column not assessable, not a failure', () => {
    const r = report({
      format: '2021',
      t3: t3FromRows('2021', { new_received: [2, 0, 0, 0, 0, 0, null], granted: [2, 0, 0, 0, 0, 0, 2], total_processed: [2, 0, 0, 0, 0, 0, 2] })
    });
    const checks = assessIdentities(r);
    expect(checks.find((c) => c.rule === 'T3-1' && c.scope === 'total')!.status).toBe('not_assessable');
    expect(checks.find((c) => c.rule === 'T3-3' && c.scope === 'new_received')!.status).toBe('not_assessable');
    expect(checks.find((c) => c.rule === 'T3-1' && c.scope === 'natural_person')!.status).toBe('pass');
    expect(identityFlags(r)).toEqual([]);
    const counts = identityCounts(r);
    expect(counts['T3-1'].not_assessable).toBe(1);
    expect(counts['T3-1'].pass).toBe(6);
  });
  it('T3-3 fires on a row whose total is wrong; T4-1 on a bad group; T3-4 on negatives', () => {
    const r = report({
      format: '2021',
      t3: t3FromRows('2021', { new_received: [2, 1, 0, 0, 0, 0, 2], granted: [2, 1, 0, 0, 0, 0, 3], total_processed: [2, 1, 0, 0, 0, 0, 3] }),
      t4: t4FromRow([1, 0, 0, 0, 2, 0, 0, 0, 0, 0, -1, 0, 0, 0, -1])
    });
    const f = identityFlags(r);
    expect(f.filter((x) => x.rule === 'T3-3').map((x) => x.cells[0])).toEqual(['t3.new_received.natural_person']);
    expect(f.filter((x) => x.rule === 'T4-1').map((x) => x.cells[0])).toEqual(['t4.review.upheld']);
    expect(f.filter((x) => x.rule === 'T3-4').map((x) => x.cells[0]).sort()).toEqual(['t4.lit_after_review.total', 't4.lit_after_review.upheld']);
    expect(badFlagCells(r, f)).toEqual([]);
  });
  it('8-column variant: org_subtotal checked per row', () => {
    const r = report({ format: '2021', t3: t3FromRows('2021', { new_received: [1, 2, 0, 0, 0, 0, 3], granted: [1, 2, 0, 0, 0, 0, 3], total_processed: [1, 2, 0, 0, 0, 0, 3] }) });
    for (const row of Object.values(r.t3)) row.org_subtotal = (row.commercial ?? 0) + (row.research ?? 0) + (row.social_welfare ?? 0) + (row.legal_service ?? 0) + (row.other_org ?? 0);
    expect(identityFlags(r)).toEqual([]);
    r.t3.granted.org_subtotal = 1;
    const f = identityFlags(r);
    expect(f.map((x) => x.rule + ':' + x.cells[0]).sort()).toEqual(['T3-2:t3.total_processed.org_subtotal', 'T3-3:t3.granted.commercial']);
  });

  it('null cells of a run-together row: an identity fails only when no split of the digits can satisfy it (synthetic)', () => {
    const t3 = t3FromRows('2021', { new_received: [2, 1, 0, 0, 0, 0, 3], granted: [2, 1, 0, 0, 0, 0, 3], total_processed: [2, 1, 0, 0, 0, 0, 3] });
    t3.granted = { ...t3.granted, natural_person: null, commercial: null };
    // granted printed as '21…' with 12 or 2|1 possible for the first cells: 2 + 1 = 3 can hold → not assessable.
    const ok = report({ format: '2021', t3, candidates: { 't3.granted.natural_person': [2, 21], 't3.granted.commercial': [1, 10] } });
    expect(assessIdentities(ok).find((c) => c.rule === 'T3-3' && c.scope === 'granted')!.status).toBe('not_assessable');
    expect(identityFlags(ok)).toEqual([]);
    // no choice gives 3 → T3-3 fails; T3-2 fails in the natural-person column (4 or 41 ≠ 2), not in the commercial one (1 can be).
    const bad = report({ format: '2021', t3, candidates: { 't3.granted.natural_person': [4, 41], 't3.granted.commercial': [1, 10] } });
    const f = identityFlags(bad);
    expect(f.map((x) => `${x.rule}:${x.cells[0]}`).sort()).toEqual(['T3-2:t3.total_processed.natural_person', 'T3-3:t3.granted.natural_person']);
    expect(f.every((x) => x.expected === null && x.actual === null && x.message.includes('无论如何拆分'))).toBe(true);
  });
});

