import { describe, expect, it } from 'vitest';
import { toCsv, csvField } from './csv';
import { toJson } from './json';
import { dataUrlToBlob, safeFileName } from './download';

// Values read from datasets/sources/raw/009.txt (平潭综合实验区 2024) and raw/005.txt (2020, does not add up).
const rows = [
  { agency_name: '平潭综合实验区管委会', year: 2024, new_received: 218, fees_amount_wan: 18651.06, published: null },
  { agency_name: '平潭综合实验区管委会', year: 2020, new_received: 21n, fees_amount_wan: undefined, published: new Date(Date.UTC(2021, 2, 1)) }
];

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, uses CRLF and keeps CJK text as is', () => {
    const csv = toCsv(rows, [
      { key: 'agency_name', label: '单位' }, { key: 'year', label: '年度' }, 'new_received', 'fees_amount_wan', 'published'
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe(
      '\uFEFF单位,年度,new_received,fees_amount_wan,published\r\n' +
        '平潭综合实验区管委会,2024,218,18651.06,\r\n' +
        '平潭综合实验区管委会,2020,21,,2021-03-01\r\n'
    );
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    const csv = toCsv([{ rule: 'T3-2', message: 'total_processed 21 ≠ 27, "（七）总计"' }], undefined, false);
    expect(csv).toBe('rule,message\r\nT3-2,"total_processed 21 ≠ 27, ""（七）总计"""\r\n');
  });

  it('derives columns from the rows when none are given and writes a header for no rows', () => {
    expect(toCsv([], ['a', 'b'], false)).toBe('a,b\r\n');
    expect(toCsv([{ a: 1 }, { b: 2 }], undefined, false)).toBe('a,b\r\n1,\r\n,2\r\n');
  });
});

describe('toJson', () => {
  it('writes bigint as numbers and dates as ISO strings', () => {
    expect(toJson({ n: 21n, big: 2n ** 60n, d: new Date(Date.UTC(2025, 0, 31)) }, 0)).toBe(
      '{"n":21,"big":"1152921504606846976","d":"2025-01-31T00:00:00.000Z"}'
    );
  });
});

describe('download helpers', () => {
  it('decodes base64 data URLs', async () => {
    const blob = dataUrlToBlob('data:text/plain;base64,' + Buffer.from('平潭').toString('base64'));
    expect(blob.type).toBe('text/plain');
    expect(await blob.text()).toBe('平潭');
  });
  it('decodes percent-encoded SVG data URLs with a charset parameter (ECharts SVG renderer)', async () => {
    const blob = dataUrlToBlob('data:image/svg+xml;charset=UTF-8,' + encodeURIComponent('<svg><text>平潭</text></svg>'));
    expect(blob.type).toBe('image/svg+xml');
    expect(await blob.text()).toBe('<svg><text>平潭</text></svg>');
  });
  it('makes safe file names and keeps Chinese', () => {
    expect(safeFileName('2024年 申请/办理: 结果?', 'png')).toBe('2024年 申请_办理_ 结果_.png');
    expect(safeFileName('  ', 'csv')).toBe('chart.csv');
  });
});
