import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseCsv, readSourceManifest } from './build-sample-lite.mjs';

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, commas and newlines inside fields, CRLF', () => {
    expect(parseCsv('a,b\r\n"x, ""y""","1\n2"\r\n')).toEqual([['a', 'b'], ['x, "y"', '1\n2']]);
  });
});

describe('readSourceManifest on datasets/sources/manifest.csv', () => {
  it('reads every report row with all nine columns', async () => {
    const rows = await readSourceManifest('datasets/sources');
    const lines = (await readFile('datasets/sources/manifest.csv', 'utf8')).trimEnd().split('\n');
    // No field in the file spans lines, so data rows = lines - header.
    expect(rows).toHaveLength(lines.length - 1);
    const shanghai = rows.find((r: Record<string, string>) => r.file === 'raw/001.html');
    expect(shanghai).toMatchObject({ agency_name: '上海市人民政府办公厅', region: '上海市', year: '2019', format_version: '2019' });
    // The notes field holds a backslash followed by a CSV-escaped quote: `\""` in the file is `\"` in the value.
    expect(shanghai.notes).toContain('JS escapes \\" undone');
  });
});
