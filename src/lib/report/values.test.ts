import { describe, expect, it } from 'vitest';
import { parseCellValue, tokenizeValues } from './values';

const texts = (s: string, units = false) => tokenizeValues(s, 0, s.length, { units }).map((t) => (t.kind === 'blank' ? `[${t.text}]` : t.text + (t.unit ?? '')));

describe('tokenizeValues', () => {
  it('splits on whitespace only and keeps glued digits together', () => {
    expect(texts('160 02 0 018二、上年结转')).toEqual(['160', '02', '0', '018']);
    expect(texts('88-720')).toEqual(['88-720']);
    expect(texts(' 0 0　0')).toEqual(['0', '0', '0']);
  });
  it('skips the rest of a label before the values and stops at following text', () => {
    expect(texts('、行政机关不再处理其政府信息公开申请 1000001')).toEqual(['1000001']);
    expect(texts('0000000三、本年度办理结果')).toEqual(['0000000']);
  });
  it('reads units as cell ends and markers as blank cells', () => {
    expect(texts('2笔 984361元', true)).toEqual(['2笔', '984361元']);
    expect(texts('1973601627.4元', true)).toEqual(['1973601627.4元']);
    expect(texts('/ — 3')).toEqual(['[/]', '[—]', '3']);
  });
  it('does not take a date for a value', () => {
    expect(texts('0 0 2024年，无')).toEqual(['0', '0']);
  });
});

describe('parseCellValue', () => {
  it('reads numbers, signed deltas, decimals and blanks', () => {
    expect(parseCellValue('+1036')).toEqual({ value: 1036, blank: false });
    expect(parseCellValue('96171.6')).toEqual({ value: 96171.6, blank: false });
    expect(parseCellValue('\u00a0')).toEqual({ value: 0, blank: true });
    expect(parseCellValue('251000元')).toEqual({ value: 251000, blank: false });
    expect(parseCellValue('见附件')).toEqual({ value: null, blank: false });
  });
});
