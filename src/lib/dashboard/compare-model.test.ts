import { describe, expect, it } from 'vitest';
import { compareGrid } from './compare-model';

describe('compare grid', () => {
  it('pivots agency × year, keeps nulls as null and sums duplicate years', () => {
    const { years, grid } = compareGrid([
      { agency_id: 'a', year: 2021, report_id: 'a-2021', new_received: 5 },
      { agency_id: 'a', year: 2019, report_id: 'a-2019', new_received: null },
      { agency_id: 'b', year: 2021, report_id: 'b-2021', new_received: 2 },
      { agency_id: 'b', year: 2021, report_id: 'b-2021-x', new_received: 3 }
    ], 'new_received');
    expect(years).toEqual([2019, 2021]);
    expect(grid.get('a')?.get(2021)).toEqual({ value: 5, report_id: 'a-2021' });
    expect(grid.get('a')?.get(2019)?.value).toBeNull();
    expect(grid.get('b')?.get(2021)?.value).toBe(5);
    expect(grid.get('b')?.has(2019)).toBe(false);
  });
});
