import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLinear } from './linear';
import { T3_LINEAR_LABELS } from './labels';
import { normalizeText } from './normalize';

const ROOT = resolve(__dirname, '../../..');
const read = (src: string) => normalizeText(readFileSync(resolve(ROOT, 'datasets/sources', src), 'utf8'));
const parse = (src: string) => parseLinear(read(src));

describe('parseLinear on real crawl texts', () => {
  it('2019 表二 signed deltas: 1-10 = 1|-1|0, 0+11 = 0|+1|1; 88-720 keeps only the certain cell', () => {
    expect(parse('raw/037.txt').t2).toMatchObject({ 'a20_5.admin_license.prev_items': 1, 'a20_5.admin_license.delta_items': -1, 'a20_5.admin_license.decisions': 0 });
    const r036 = parse('raw/036.txt');
    expect(r036.t2).toMatchObject({ 'a20_5.admin_license.prev_items': 0, 'a20_5.admin_license.delta_items': 1, 'a20_5.admin_license.decisions': 1 });
    expect(r036.provenance['t2.a20_5.admin_license.delta_items'].raw).toBe('+1');
    expect(parse('raw/015.txt').t2).toMatchObject({ 'a20_5.admin_license.prev_items': 88, 'a20_5.admin_license.delta_items': null, 'a20_5.admin_license.decisions': null });
  });
  it('units close a cell: 2笔 984361元', () => {
    const r = parse('raw/034.txt');
    expect(r.t2['a20_9.central_procurement.items']).toBe(2);
    expect(r.t2['a20_9.central_procurement.amount']).toBe(984361);
    expect(r.provenance['t2.a20_9.central_procurement.amount'].raw).toBe('984361元');
  });
  it('a row with six digits for seven cells fills in order and flags the last cell', () => {
    const r = parse('raw/023.txt');
    expect(r.t3.new_received).toEqual({ natural_person: 0, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: null });
    expect(r.flags.some((f) => f.rule === 'CELL-MISSING' && f.cells.includes('t3.new_received.total'))).toBe(true);
    expect(parse('raw/100.txt').t3.carried_forward.total).toBeNull();
  });
  it('2021 reports with the old single-row (六)其他处理 keep other.total (raw/080.txt)', () => {
    const r = parse('raw/080.txt');
    expect(r.format).toBe('2021');
    expect(r.t3OtherShape).toBe('single');
    expect(r.t3['other.total']).toBeDefined();
    expect(r.t3['other.no_correction']).toBeUndefined();
  });
  it('rows without any values are null with CELL-MISSING, not 0 (raw/068.txt (六)2, (六)3)', () => {
    const r = parse('raw/068.txt');
    expect(Object.values(r.t3['other.fee_unpaid']).every((v) => v === null)).toBe(true);
    expect(Object.values(r.t3['other.other']).every((v) => v === null)).toBe(true);
    expect(r.t3.total_processed.total).toBe(5);
  });
  it('表二 rows that sit outside their caption are not taken from the narrative (raw/072.txt has no 规章 row)', () => {
    const r = parse('raw/072.txt');
    expect(r.t2['a20_1.regulations.issued']).toBeNull();
    expect(r.t2['a20_6.admin_penalty.decisions']).toBe(187);
    expect(r.t3.carried_forward).toEqual({ natural_person: 2, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 2 });
  });
  it('uses the outcome-sum identity when T3-1 is broken in the print (raw/088.txt (七) 191000019)', () => {
    expect(parse('raw/088.txt').t3.total_processed).toEqual({ natural_person: 19, commercial: 1, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 19 });
  });
  it('2021 report with a 2019-style 表二 header is read with 2019 keys (raw/075.txt)', () => {
    const r = parse('raw/075.txt');
    expect(r.t2Format).toBe('2019');
    expect(Object.keys(r.t2)).toContain('a20_9.central_procurement.items');
  });
  it('strips Word comments and finds tables in raw/025.txt', () => {
    const r = parse('raw/025.txt');
    expect(r.tablesFound).toEqual({ t2: true, t3: true, t4: true });
  });
});

describe('unknown label variants', () => {
  it('does not read the next row ordinal as a value when the next label is not recognised', () => {
    const text = '一、本年新收政府信息公开申请数量4000004(三)不予公开1.属于国家秘密40000042.其他法律XYZ禁止公开0000000';
    expect(parseLinear(text).t3['deny.state_secret']).toEqual({ natural_person: 4, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 4 });
  });
});

describe('8-column 表三 variant (synthetic text, labelled synthetic)', () => {
  it('drops the 法人或其他组织 subtotal column and checks its identities', () => {
    const head = '三、收到和处理政府信息公开申请情况\n申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 法人或其他组织 总计\n';
    const rows = T3_LINEAR_LABELS.filter((d) => !d.key.startsWith('group:') && !['other.total'].includes(d.key))
      .map((d) => `${d.ordinal}${d.aliases[0]} ${d.key === 'new_received' || d.key === 'granted' || d.key === 'total_processed' ? '5 1 0 0 0 0 1 6' : '0 0 0 0 0 0 0 0'}`);
    const r = parseLinear(normalizeText(head + rows.join('\n')));
    expect(r.t3Columns).toBe(8);
    expect(r.t3.new_received).toEqual({ natural_person: 5, commercial: 1, research: 0, social_welfare: 0, legal_service: 0, other_org: 0, total: 6 });
  });
  it('recognises the 8th column from the data when the header is missing', () => {
    const rows = T3_LINEAR_LABELS.filter((d) => !d.key.startsWith('group:') && !['other.total'].includes(d.key))
      .map((d) => `${d.ordinal}${d.aliases[0]} ${d.key === 'new_received' || d.key === 'granted' || d.key === 'total_processed' ? '5 1 0 0 0 0 1 6' : '0 0 0 0 0 0 0 0'}`);
    const r = parseLinear(rows.join('\n'));
    expect(r.t3Columns).toBe(8);
    expect(r.t3.total_processed.total).toBe(6);
  });
});

describe('robustness', () => {
  it('never throws and reads only numbers that are in the text (random strings)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => {
      const r = parseLinear(s);
      for (const p of Object.values(r.provenance)) expect(s.slice(p.start!, p.end!)).toBe(p.raw!.replace(/(万元|元|笔|个|件|项|条|批次|批|家|次|宗)$/, ''));
    }), { numRuns: 300 });
  });
  it('never throws on label soup with digit runs', () => {
    const vocab = [...T3_LINEAR_LABELS.flatMap((d) => [d.ordinal + d.aliases[0], d.aliases[0]]), '第二十条第(一)项', '规章', '行政规范性文件', '行政许可', '行政复议', '复议后起诉', '结果维持', '总计', ' ', '\n', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '五、存在的主要问题'];
    const piece = fc.oneof(fc.constantFrom(...vocab), fc.stringMatching(/^[0-9 .+\-]{1,40}$/));
    fc.assert(fc.property(fc.array(piece, { maxLength: 120 }), (parts) => {
      const text = parts.join('');
      const r = parseLinear(text);
      for (const [path, p] of Object.entries(r.provenance)) {
        const raw = text.slice(p.start!, p.end!);
        expect(/^[+-]?\d+(\.\d+)?$/.test(raw) || /^[/\-—无空\\]+$|^N\/?A$/.test(raw), `${path}: ${raw}`).toBe(true);
      }
    }), { numRuns: 300 });
  });
  it('handles empty, huge and pathological inputs quickly', () => {
    expect(parseLinear('').tablesFound).toEqual({ t2: false, t3: false, t4: false });
    const t0 = Date.now();
    parseLinear('一、本年新收政府信息公开申请数量' + '1'.repeat(5_000_000));
    parseLinear('政府'.repeat(2_500_000));
    const seed = read('seed/000_1869ea635e2008ab.txt');
    parseLinear(seed.repeat(50));
    parseLinear('复议后起诉结果维持总计' + '9'.repeat(100_000));
    parseLinear(('1.属于国家秘密' + '12345678901234567890 ').repeat(1000));
    expect(Date.now() - t0).toBeLessThan(8000);
    // @ts-expect-error non-string input must not throw either
    expect(parseLinear(undefined).format).toBeNull();
  });
});

describe('whole 表三 from glued crawl-like text (property, synthetic tables)', () => {
  it('every cell read equals the printed cell or is null', () => {
    const dataRows = T3_LINEAR_LABELS.filter((d) => !d.key.startsWith('group:') && d.key !== 'other.total');
    const outcomeKeys = dataRows.map((d) => d.key).filter((k) => !['new_received', 'carried_over', 'total_processed', 'carried_forward'].includes(k));
    const small = fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 41, max: 400 }));
    const table = fc.record({
      outcomes: fc.array(fc.array(small, { minLength: 6, maxLength: 6 }), { minLength: outcomeKeys.length, maxLength: outcomeKeys.length }),
      cf: fc.array(small, { minLength: 6, maxLength: 6 }),
      spaces: fc.array(fc.boolean(), { minLength: 200, maxLength: 200 })
    });
    fc.assert(fc.property(table, ({ outcomes, cf, spaces }) => {
      const rows = new Map<string, number[]>();
      const withTotal = (six: number[]) => [...six, six.reduce((a, b) => a + b, 0)];
      outcomeKeys.forEach((k, i) => rows.set(k, withTotal(outcomes[i])));
      const tp = [0, 1, 2, 3, 4, 5].map((c) => outcomes.reduce((s, r) => s + r[c], 0));
      rows.set('total_processed', withTotal(tp));
      rows.set('carried_forward', withTotal(cf));
      rows.set('carried_over', withTotal([0, 0, 0, 0, 0, 0]));
      rows.set('new_received', withTotal(tp.map((v, c) => v + cf[c])));
      let sp = 0;
      const body = T3_LINEAR_LABELS.filter((d) => d.key !== 'other.total').map((d) => {
        const label = d.ordinal + d.aliases[0];
        const vals = rows.get(d.key);
        return vals ? label + vals.map((v) => String(v) + (spaces[sp++ % spaces.length] ? ' ' : '')).join('') : label;
      }).join('');
      const r = parseLinear('三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他' + body + '四、政府信息公开行政复议、行政诉讼情况');
      for (const [k, vals] of rows) {
        Object.values(r.t3[k]).forEach((v, i) => { if (v !== null) expect(v, `${k}[${i}]`).toBe(vals[i]); });
      }
    }), { numRuns: 300 });
  });
});
