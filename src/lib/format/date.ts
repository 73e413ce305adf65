import { NULL_MARK, type Lang } from './number';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date from a query result: a `Date`, epoch milliseconds (DuckDB DATE through Arrow) or an ISO
 * `YYYY-MM-DD…` string. Dates carry no time zone here, so UTC parts are used throughout.
 */
export function toDate(v: unknown): Date | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v);
  if (typeof v === 'bigint') return new Date(Number(v));
  if (typeof v === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }
  return null;
}

/** `YYYY-MM-DD`, or null. */
export function isoDate(v: unknown): string | null {
  const d = toDate(v);
  return d ? d.toISOString().slice(0, 10) : null;
}

/** zh: "2025年3月31日"; en: "31 Mar 2025"; unreadable → "—". */
export function formatDate(v: unknown, lang: Lang = 'zh'): string {
  const d = toDate(v);
  if (!d) return NULL_MARK;
  const y = d.getUTCFullYear(), mo = d.getUTCMonth(), day = d.getUTCDate();
  return lang === 'zh' ? `${y}年${mo + 1}月${day}日` : `${day} ${EN_MONTHS[mo]} ${y}`;
}
