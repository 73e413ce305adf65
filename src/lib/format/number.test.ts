import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, toNumber } from './number';

describe('formatNumber zh', () => {
  it('uses 万 and 亿 with three significant digits', () => {
    expect(formatNumber(12345, 'zh')).toBe('1.23万');
    expect(formatNumber(123456789, 'zh')).toBe('1.23亿');
    expect(formatNumber(10000, 'zh')).toBe('1万');
    expect(formatNumber(15000, 'zh')).toBe('1.5万');
    expect(formatNumber(123456, 'zh')).toBe('12.3万');
    expect(formatNumber(12345678, 'zh')).toBe('1235万');
    expect(formatNumber(1.5e12, 'zh')).toBe('1.5万亿');
  });
  it('carries a rounded 10000万 over to 亿', () => {
    expect(formatNumber(99_996_000, 'zh')).toBe('1亿');
  });
  it('writes numbers below 10,000 plainly with grouping', () => {
    expect(formatNumber(218, 'zh')).toBe('218');
    expect(formatNumber(4529, 'zh')).toBe('4,529');
    expect(formatNumber(0, 'zh')).toBe('0');
    expect(formatNumber(5949.088667, 'zh')).toBe('5,949.09');
  });
  it('keeps the sign', () => {
    expect(formatNumber(-72, 'zh')).toBe('-72');
    expect(formatNumber(-18651.06, 'zh')).toBe('-1.87万');
  });
  it('writes full numbers when compact is off', () => {
    expect(formatNumber(18651.06, 'zh', { compact: false })).toBe('18,651.06');
    expect(formatNumber(123456789, 'en', { compact: false })).toBe('123,456,789');
  });
});

describe('formatNumber en', () => {
  it('uses K/M/B from 10,000 up', () => {
    expect(formatNumber(12345, 'en')).toBe('12.3K');
    expect(formatNumber(1234567, 'en')).toBe('1.23M');
    expect(formatNumber(123456789, 'en')).toBe('123M');
    expect(formatNumber(2.5e9, 'en')).toBe('2.5B');
    expect(formatNumber(9999, 'en')).toBe('9,999');
    expect(formatNumber(999_960, 'en')).toBe('1M');
  });
});

describe('null and odd inputs', () => {
  it('shows an em dash for null, undefined, NaN and non-numbers', () => {
    for (const v of [null, undefined, NaN, Infinity, '', 'abc', {}]) expect(formatNumber(v, 'zh')).toBe('—');
  });
  it('accepts bigint and numeric strings from query results', () => {
    expect(formatNumber(218n, 'zh')).toBe('218');
    expect(formatNumber('12345', 'zh')).toBe('1.23万');
    expect(toNumber(5n)).toBe(5);
    expect(toNumber(' 7 ')).toBe(7);
  });
});

describe('formatPercent', () => {
  it('formats ratios', () => {
    expect(formatPercent(71 / 218)).toBe('32.6%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0.5, 0)).toBe('50%');
    expect(formatPercent(null)).toBe('—');
  });
});
