export type Lang = 'zh' | 'en';

export interface NumberFormatOptions {
  /** Abbreviate from 10,000 up (万/亿 in Chinese, K/M/B in English). Default true. */
  compact?: boolean;
  /** Most fraction digits for plain (non-compact) output. Default 2. */
  maxFractionDigits?: number;
}

export const NULL_MARK = '—';

/** Coerce a value from a query result (number, bigint, numeric string) to a finite number, else null. */
export function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

const ZH_UNITS: [number, string][] = [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']];
const EN_UNITS: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];

function group(n: number, maxFractionDigits: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFractionDigits, useGrouping: true }).format(n);
}

/** Three significant digits at most, trailing zeros dropped: 1.2345 → "1.23", 12.345 → "12.3", 1234.5 → "1235". */
function mantissa(m: number): string {
  const digits = m < 10 ? 2 : m < 100 ? 1 : 0;
  const s = m.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * `formatNumber(12345, 'zh')` → "1.23万", `formatNumber(123456789, 'zh')` → "1.23亿",
 * `formatNumber(12345, 'en')` → "12.3K"; below 10,000 plain with grouping ("9,999"); null → "—".
 */
export function formatNumber(value: unknown, lang: Lang = 'zh', opts: NumberFormatOptions = {}): string {
  const n = toNumber(value);
  if (n === null) return NULL_MARK;
  const { compact = true, maxFractionDigits = 2 } = opts;
  const abs = Math.abs(n);
  if (!compact || abs < 1e4) return group(n, maxFractionDigits);
  const sign = n < 0 ? '-' : '';
  for (const [base, unit] of lang === 'zh' ? ZH_UNITS : EN_UNITS) {
    if (abs >= base) {
      const m = mantissa(abs / base);
      // Rounding can reach the next unit's size (9999.6万 → "10000万"); keep it readable.
      if (Number(m) >= 1e4 && lang === 'zh' && base < 1e12) return formatNumber(n >= 0 ? base * 1e4 : -base * 1e4, lang, opts);
      if (Number(m) >= 1e3 && lang === 'en' && base < 1e12) return formatNumber(n >= 0 ? base * 1e3 : -base * 1e3, lang, opts);
      return `${sign}${m}${unit}`;
    }
  }
  return group(n, maxFractionDigits);
}

/** A ratio as a percentage: 0.4523 → "45.2%"; null → "—". */
export function formatPercent(ratio: unknown, digits = 1): string {
  const n = toNumber(ratio);
  if (n === null) return NULL_MARK;
  return `${(n * 100).toFixed(digits)}%`;
}
