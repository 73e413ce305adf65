import { describe, expect, it } from 'vitest';
import type { Flag } from '../report/types';
import { firstCell, parseCells, reportViewFromRows, segmentText, textRanges, worstSeverity } from './report-view';

const flag = (cells: string[], severity: Flag['severity'] = 'error'): Flag => ({ rule: 'SPAM', severity, cells, expected: null, actual: null, message: 'm' });

describe('report view', () => {
  it('indexes values and flags by cell path from dataset rows', () => {
    const v = reportViewFromRows({
      format: '2019',
      t2: [{ key: 'a20_5.admin_license.delta_items', value: -1 }],
      t3: [{ row: 'total_processed', col: 'total', value: 3, provenance: '{"start":5,"end":6}' }, { row: 'granted', col: 'total', value: null }],
      t4: [{ grp: 'review', outcome: 'total', value: 0 }],
      flags: [
        { rule: 'T3-1', severity: 'error', cells: '["t3.new_received.total","t3.total_processed.total"]', expected: '0', actual: '3', message: 'a', message_en: null },
        { rule: 'T3-2', severity: 'error', cells: '["t3.total_processed.total"]', expected: '3', actual: 'x', message: 'b', message_en: 'b' }
      ],
      texts: [{ section: 's1', text: 'no' }, { section: 'full', text: 'full text' }]
    });
    expect(v.values.get('t2.a20_5.admin_license.delta_items')).toBe(-1);
    expect(v.values.get('t3.granted.total')).toBeNull();
    expect(v.values.has('t3.carried_over.total')).toBe(false);
    expect(v.flagsByCell.get('t3.total_processed.total')).toEqual([0, 1]);
    expect(v.flags[0]).toMatchObject({ expected: 0, actual: 3 });
    expect(v.flags[1].actual).toBe('x');
    expect(v.text).toBe('full text');
    expect(v.provenance.get('t3.total_processed.total')).toBe('{"start":5,"end":6}');
  });

  it('splits text at overlapping ranges', () => {
    const text = '0123456789';
    const flags = [flag(['text:2-5']), flag(['text:4-7', 't3.granted.total']), flag(['text:20-30'])];
    const segs = segmentText(text, textRanges(flags, text.length));
    expect(segs.map((s) => [s.text, s.flags])).toEqual([['01', []], ['23', [0]], ['4', [0, 1]], ['56', [1]], ['789', []]]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('picks the first table cell for links and the worst severity', () => {
    expect(firstCell(['text:1-2', 't3.total_processed.total'])).toBe('t3.total_processed.total');
    expect(firstCell(['text:1-2'])).toBe('text:1-2');
    expect(firstCell(['published'])).toBeNull();
    expect(parseCells('not json')).toEqual([]);
    expect(worstSeverity([flag([], 'info'), flag([], 'warning')])).toBe('warning');
  });
});
