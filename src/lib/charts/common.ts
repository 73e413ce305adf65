/** Shared pieces of every option builder: fonts, colours, the accessible title/aria block, row helpers. */
import type { EChartsOption } from 'echarts';
import type { Lang } from '../format/number';
import { toNumber } from '../format/number';
import { isoDate } from '../format/date';
import { translate, type Params } from '../i18n/translate';

export type ChartOption = EChartsOption;
export type Row = Record<string, unknown>;
export type { Lang };

/** CJK fonts first so that canvas text and PNG exports render Chinese on every OS. */
export const CJK_FONT_FAMILY = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
export const REST_COLOR = '#9E9E9E';
export const MEDIAN_COLOR = '#555555';

/** Options every builder takes. */
export interface BaseChartOptions {
  lang?: Lang;
  /** Chart title (also the data table's caption and the screen-reader name). */
  title?: string;
  subtitle?: string;
  /** Decal patterns on top of the colours (ECharts aria.decal), for colour-blind readers and print. */
  decal?: boolean;
}

export function tr(lang: Lang, key: string, params?: Params): string {
  return translate(lang, key, params);
}

/** The blocks every option starts with. `description` is what screen readers announce. */
export function baseOption(title: string, description: string, opts: BaseChartOptions): ChartOption {
  return {
    title: { text: title, ...(opts.subtitle ? { subtext: opts.subtitle } : {}), left: 'center' },
    aria: { enabled: true, decal: { show: opts.decal ?? false }, label: { description: `${title}${(opts.lang ?? 'zh') === 'zh' ? '。' : '. '}${description}` } },
    textStyle: { fontFamily: CJK_FONT_FAMILY },
    color: [...PALETTE]
  };
}

/** A row value as a number (bigint and numeric strings accepted); null when absent or not numeric. */
export const num = toNumber;

/** A row value as a category label: dates as YYYY-MM-DD, null as "—". */
export function label(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (v instanceof Date) return isoDate(v) ?? '—';
  return String(v);
}

/** Sum of the numeric values, or null when none is numeric (null means "not reported", never 0). */
export function sumOrNull(values: unknown[]): number | null {
  let total: number | null = null;
  for (const v of values) {
    const n = num(v);
    if (n !== null) total = (total ?? 0) + n;
  }
  return total;
}

/** Distinct values of a column in first-seen order. */
export function distinct(rows: readonly Row[], key: string): unknown[] {
  const seen = new Map<string, unknown>();
  for (const r of rows) {
    const k = label(r[key]);
    if (!seen.has(k)) seen.set(k, r[key]);
  }
  return [...seen.values()];
}

/** Categories sorted: numbers (years) ascending, otherwise first-seen order. */
export function orderedCategories(rows: readonly Row[], key: string): string[] {
  const values = distinct(rows, key);
  if (values.length && values.every((v) => num(v) !== null)) {
    return values.map((v) => num(v) as number).sort((a, b) => a - b).map(String);
  }
  return values.map(label);
}

/** Sum `valueKey` per category label of `categoryKey`. */
export function sumBy(rows: readonly Row[], categoryKey: string, valueKey: string): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const r of rows) {
    const c = label(r[categoryKey]);
    const n = num(r[valueKey]);
    const prev = out.has(c) ? out.get(c)! : null;
    out.set(c, n === null ? prev : (prev ?? 0) + n);
  }
  return out;
}

const NAME_COLLATOR = new Intl.Collator('zh-Hans-CN');

/** Order of names: pinyin for Chinese (ICU collation, the same in Node and Chromium). */
export function compareNames(a: string, b: string): number {
  return NAME_COLLATOR.compare(a, b);
}

/** Median of the numbers (null when there are none). */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Round to at most `digits` decimals (keeps goldens and tooltips free of float noise). */
export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** "Label (value)" pairs for descriptions. */
export function maxEntry(entries: [string, number | null][]): string {
  let best: [string, number] | null = null;
  for (const [k, v] of entries) if (v !== null && (best === null || v > best[1])) best = [k, v];
  return best ? `${best[0]} ${best[1]}` : '—';
}
