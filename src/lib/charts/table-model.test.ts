import { describe, expect, it } from 'vitest';
import { buildTableModel, exportRows, resolveColumns } from './table-model';
import { PINGTAN_PUBLICATION } from './fixtures/pingtan';
import { PINGTAN_YEARS } from './fixtures/pingtan';

describe('buildTableModel', () => {
  it('labels columns from the dictionary, writes exact grouped numbers and years ungrouped', () => {
    const model = buildTableModel(PINGTAN_YEARS, ['year', 'new_received', 'license_decisions'], { caption: '平潭综合实验区管委会' });
    expect(model).toEqual({
      caption: '平潭综合实验区管委会',
      columns: [
        { key: 'year', label: '年度', kind: 'text' },
        { key: 'new_received', label: '本年新收申请', kind: 'number' },
        { key: 'license_decisions', label: '行政许可决定数', kind: 'number' }
      ],
      rows: [['2021', '70', '2,293'], ['2022', '74', '10,690'], ['2023', '81', '2,629'], ['2024', '218', '4,529']],
      rowHeader: true
    });
  });

  it('shows — for null, keeps text, formats dates and uses the first text column as row header', () => {
    const model = buildTableModel(
      [
        { agency_name: '平潭综合实验区投资促进局', published: new Date(Date.UTC(2026, 3, 17)), fees: 18651.06, n: 5n },
        { agency_name: '平潭综合实验区公安局', published: null, fees: null, n: null }
      ],
      [{ key: 'agency_name' }, { key: 'published' }, { key: 'fees', label: 'fees' }, 'n'],
      { lang: 'en' }
    );
    expect(model.columns.map((c) => [c.label, c.kind])).toEqual([['Agency', 'text'], ['Published', 'date'], ['fees', 'number'], ['n', 'number']]);
    expect(model.rows).toEqual([
      ['平潭综合实验区投资促进局', '17 Apr 2026', '18,651.06', '5'],
      ['平潭综合实验区公安局', '—', '—', '—']
    ]);
    expect(model.rowHeader).toBe(true);
  });

  it('derives columns from the rows when none are given', () => {
    expect(buildTableModel([{ rule: 'T3-2', count: 2n }]).columns.map((c) => c.key)).toEqual(['rule', 'count']);
    expect(buildTableModel([]).rows).toEqual([]);
  });
});

describe('date columns from Arrow (epoch milliseconds)', () => {
  // 发布时间 of raw/047.txt: 2026-04-17; DuckDB DATE arrives through Arrow as a number.
  const rows = [{ agency_name: '平潭综合实验区投资促进局', published: Date.UTC(2026, 3, 17), days_late: 76 }];

  it('knows the schema DATE columns and shows them as dates', () => {
    const model = buildTableModel(rows);
    expect(model.columns.map((c) => c.kind)).toEqual(['text', 'date', 'number']);
    expect(model.rows[0]).toEqual(['平潭综合实验区投资促进局', '2026年4月17日', '76']);
  });

  it('writes them as YYYY-MM-DD for downloads and leaves other rows alone', () => {
    expect(exportRows(rows, resolveColumns(rows, undefined, 'zh'))).toEqual([
      { agency_name: '平潭综合实验区投资促进局', published: '2026-04-17', days_late: 76 }
    ]);
    expect(exportRows(PINGTAN_PUBLICATION, resolveColumns(PINGTAN_PUBLICATION, undefined, 'zh'))[0].published).toBe('2022-02-08');
  });
});
