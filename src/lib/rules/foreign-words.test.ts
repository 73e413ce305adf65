import { describe, expect, it } from 'vitest';
import { foreignWordFlags } from './foreign-words';
import { badFlagCells } from './cells';
import { seedReport } from './fixtures/seed';
import { manifest, textReport } from './fixtures/build';

describe('REUSE words of another agency (info)', () => {
  it('seed: 商务局 writes 我办 and 应急管理系统', () => {
    const r = seedReport();
    const f = foreignWordFlags(r);
    expect(f.map((x) => [x.rule, x.severity, x.actual])).toEqual([['REUSE', 'info', '我办'], ['REUSE', 'info', '应急管理系统']]);
    expect(badFlagCells(r, f)).toEqual([]);
  });
  it('035: 财政金融局 writes 我委', () => {
    expect(foreignWordFlags(textReport('raw/035.txt')).map((x) => x.actual)).toEqual(['我委']);
  });
  it('no other Pingtan report uses another agency\'s words (我办 in 管委会办公室 and region reports is its own)', () => {
    const hits = manifest()
      .filter((m) => m.file.startsWith('raw/') && m.file.endsWith('.txt'))
      .filter((m) => foreignWordFlags(textReport(m.file)).length > 0)
      .map((m) => m.file);
    expect(hits).toEqual(['raw/035.txt']);
  });
});
