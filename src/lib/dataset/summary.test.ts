import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../report/parse';
import type { ParsedReport } from '../report/types';
import { daysLate, deadlineFor, summarise } from './summary';

const ROOT = resolve(__dirname, '../../..');

describe('reports summary columns', () => {
  it('raw/009.html (平潭 2024): values as read by hand from the page', async () => {
    const r = await parseReport(new Uint8Array(await readFile(resolve(ROOT, 'datasets/sources/raw/009.html'))), 'raw/009.html');
    expect(summarise(r)).toMatchObject({
      new_received: 218, carried_over: 0, total_processed: 218, carried_forward: 0,
      granted: 71, partial: 29, denied: 4 + 3 + 32, unable: 75, not_processed: 1, other: 1 + 0 + 2,
      new_natural_person: 217, new_commercial: 1,
      review_total: 7, review_corrected: 1, lit_direct_total: 0, lit_after_review_total: 19, lit_after_review_corrected: 2,
      litigation_total: 19, litigation_corrected: 2,
      license_decisions: 4529, penalty_decisions: 1100, coercion_decisions: 65, fees_amount_wan: 18651.06
    });
  });

  it('a sum is null when any part is null, never a partial sum', () => {
    const r: ParsedReport = {
      source: 'x', status: 'parsed', reason: null, agency: 'a', year: 2022, published: null, format: '2021', t2: {}, t4: {}, flags: [],
      t3: { 'deny.state_secret': { total: 2 }, 'deny.third_party': { total: null }, 'unable.not_held': { total: 3 },
        'other.no_correction': { total: 1 }, 'other.fee_unpaid': { total: 0 }, 'other.other': { total: 4 } }
    };
    const s = summarise(r);
    expect(s.denied).toBeNull();
    expect(s.unable).toBe(3);
    expect(s.other).toBe(5);
    expect(s.not_processed).toBeNull();
  });

  it('deadlines: 1-31 for departments, 3-31 for a government; days late counted from the deadline', () => {
    expect(deadlineFor(2020, '部门')).toBe('2021-01-31');
    expect(deadlineFor(2024, '人民政府')).toBe('2025-03-31');
    expect(daysLate('2021-01-20', '2021-01-31')).toBe(0);
    expect(daysLate('2021-02-02', '2021-01-31')).toBe(2);
    expect(daysLate(null, '2021-01-31')).toBeNull();
  });
});
