import { describe, expect, it } from 'vitest';
import { t2Template, t3Template, t4Template, valueCells, cellDomId, type TemplateCell } from './report-template';

/** Width of each grid row after rowspans, as a browser lays the table out. */
function gridWidths(rows: TemplateCell[][]): number[] {
  const carry: number[] = []; // per grid column: rows still covered by a rowspan from above
  return rows.map((row) => {
    let col = 0;
    let width = 0;
    const next = carry.map((n) => Math.max(0, n - 1));
    const take = () => {
      while (carry[col] > 0) {
        col++;
        width++;
      }
    };
    for (const c of row) {
      take();
      const span = c.colspan ?? 1;
      const rs = c.kind === 'label' ? (c.rowspan ?? 1) : 1;
      for (let k = 0; k < span; k++) next[col + k] = rs - 1;
      col += span;
      width += span;
    }
    take();
    carry.splice(0, carry.length, ...next);
    return width;
  });
}

describe('表三 template (format-spec §4)', () => {
  it('2019: 23 data rows with a single （六）其他处理, 7 columns each', () => {
    const t = t3Template('2019');
    expect(t.body).toHaveLength(23);
    expect(t.body.every((r) => valueCells(r).length === 7)).toBe(true);
    const labels = t.body.map((r) => r.filter((c) => c.kind === 'label').map((c) => (c as { zh: string }).zh));
    expect(labels[0]).toEqual(['一、本年新收政府信息公开申请数量']);
    expect(labels[2]).toEqual(['三、本年度办理结果', '（一）予以公开']);
    expect(labels[4]).toEqual(['（三）不予公开', '1.属于国家秘密']);
    expect(labels[20]).toEqual(['（六）其他处理']);
    expect(labels[21]).toEqual(['（七）总计']);
    expect(labels[22]).toEqual(['四、结转下年度继续办理']);
    expect(valueCells(t.body[21]).map((c) => c.path)).toEqual([
      't3.total_processed.natural_person', 't3.total_processed.commercial', 't3.total_processed.research',
      't3.total_processed.social_welfare', 't3.total_processed.legal_service', 't3.total_processed.other_org', 't3.total_processed.total'
    ]);
  });

  it('2021: 25 rows, （六）其他处理 split in three', () => {
    const t = t3Template('2021');
    expect(t.body).toHaveLength(25);
    const first = t.body[20].filter((c) => c.kind === 'label').map((c) => (c as { zh: string; rowspan?: number }));
    expect(first[0]).toMatchObject({ zh: '（六）其他处理', rowspan: 3 });
    expect(valueCells(t.body[22])[6].path).toBe('t3.other.other.total');
  });

  it('every row spans 10 grid columns, header included', () => {
    for (const f of ['2019', '2021'] as const) {
      const t = t3Template(f);
      expect(gridWidths([...t.head, ...t.body])).toEqual(Array(t.head.length + t.body.length).fill(10));
      expect(t.body[2][0]).toMatchObject({ rowspan: f === '2019' ? 20 : 22 });
    }
  });
});

describe('表四 and 表二 templates', () => {
  it('表四 has 15 value cells under a 3-row header of 15 columns', () => {
    const t = t4Template();
    expect(valueCells(t.body[0])).toHaveLength(15);
    expect(valueCells(t.body[0]).map((c) => c.path).slice(4, 6)).toEqual(['t4.review.total', 't4.lit_direct.upheld']);
    expect(gridWidths([...t.head, ...t.body])).toEqual([15, 15, 15, 15]);
  });

  it('表二 columns follow the format', () => {
    const a = t2Template('2019');
    const paths19 = a.body.flatMap(valueCells).map((c) => c.path);
    expect(paths19).toContain('t2.a20_9.central_procurement.amount');
    expect(paths19).toContain('t2.a20_5.admin_license.delta_items');
    expect(paths19).toHaveLength(6 + 6 + 6 + 2 + 2);
    const b = t2Template('2021');
    const paths21 = b.body.flatMap(valueCells).map((c) => c.path);
    expect(paths21).toEqual([
      't2.a20_1.regulations.issued', 't2.a20_1.regulations.repealed', 't2.a20_1.regulations.in_force',
      't2.a20_1.normative_docs.issued', 't2.a20_1.normative_docs.repealed', 't2.a20_1.normative_docs.in_force',
      't2.a20_5.admin_license.decisions', 't2.a20_6.admin_penalty.decisions', 't2.a20_6.admin_coercion.decisions',
      't2.a20_8.admin_fees.amount_wan'
    ]);
    for (const t of [a, b]) expect(new Set(gridWidths(t.body))).toEqual(new Set([4]));
  });

  it('cell ids are CSS-safe', () => {
    expect(cellDomId('t3.deny.state_secret.total')).toBe('cell-t3_deny_state_secret_total');
    expect(cellDomId('text:10-20')).toBe('cell-text_10-20');
  });
});
