import { isoDate } from '../format/date';
import { baseOption, label, num, tr, type BaseChartOptions, type ChartOption, type Row } from './common';

export type ResultChartKind = 'bar' | 'line' | 'scatter';

export interface ResultChartSpec {
  kind: ResultChartKind;
  /** Column of the x axis; null → row numbers. */
  x: string | null;
  y: string[];
  /** The x column holds dates (DuckDB DATE/TIMESTAMP arrive as epoch milliseconds). */
  xTemporal?: boolean;
}

export interface ResultColumn {
  name: string;
  /** DuckDB type (`INTEGER`, `DECIMAL(18,2)`, `VARCHAR`, `DATE`…) or Arrow type name (`Int32`, `Utf8`, `Date32<DAY>`…). */
  type: string;
}

export interface ResultChartOptions extends BaseChartOptions, ResultChartSpec {
  /** Rows drawn at most (default 2000); the rest is noted in the subtitle. */
  maxRows?: number;
}

const NUMERIC = /^(tinyint|smallint|integer|int|bigint|hugeint|utinyint|usmallint|uinteger|ubigint|uhugeint|float|real|double|decimal|numeric|u?int\d*|float\d*|decimal\d*)\b/i;
const TEMPORAL = /^(date|timestamp|time|datetime)/i;
const YEAR_NAME = /^(year|yr|年度|年份|年)$|_year$/i;
const MAX_Y = 4;

export function isNumericType(type: string): boolean {
  return NUMERIC.test(type.trim());
}

export function isTemporalType(type: string): boolean {
  return TEMPORAL.test(type.trim());
}

/**
 * A sensible first chart for a query result: years or dates on x → line; a text column on x → bar;
 * only numbers → scatter of the first two; nothing numeric → null (show the table only).
 */
export function suggestResultChart(columns: readonly ResultColumn[]): ResultChartSpec | null {
  const isYear = (c: ResultColumn) => isNumericType(c.type) && YEAR_NAME.test(c.name);
  const numeric = columns.filter((c) => isNumericType(c.type) && !isYear(c)).map((c) => c.name);
  if (!numeric.length) return null;
  const time = columns.find((c) => isYear(c) || isTemporalType(c.type));
  if (time) return { kind: 'line', x: time.name, y: numeric.slice(0, MAX_Y), ...(isTemporalType(time.type) ? { xTemporal: true } : {}) };
  const text = columns.find((c) => !isNumericType(c.type) && !isTemporalType(c.type));
  if (text) return { kind: 'bar', x: text.name, y: numeric.slice(0, MAX_Y) };
  if (numeric.length >= 2) return { kind: 'scatter', x: numeric[0], y: [numeric[1]] };
  return { kind: 'bar', x: null, y: numeric };
}

/** A bar, line or scatter chart of a SQL result's columns (series named by the column names as written). */
export function buildResultChartOption(rows: readonly Row[], options: ResultChartOptions): ChartOption {
  const { lang = 'zh', kind, x, y, xTemporal = false, maxRows = 2000 } = options;
  const shown = rows.slice(0, maxRows);
  const truncated = rows.length > shown.length;
  const title = options.title ?? tr(lang, 'chart.title.result');
  const subtitle = options.subtitle ?? (truncated ? tr(lang, 'chart.truncated', { n: maxRows }) : undefined);
  const description = tr(lang, 'chart.desc.result', {
    kind: tr(lang, `chart.kind.${kind}`), x: x ?? '#', y: y.join(lang === 'zh' ? '、' : ', '), n: shown.length
  });
  const base = baseOption(title, description, { ...options, subtitle });
  const legend = y.length > 1 ? { legend: { top: 32, type: 'scroll' as const } } : {};
  const grid = { left: 16, right: 24, top: y.length > 1 ? 88 : 64, bottom: 24 };
  if (kind === 'scatter') {
    const xKey = x ?? '';
    return {
      ...base, ...legend, grid,
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', name: xKey, scale: true },
      yAxis: { type: 'value', ...(y.length === 1 ? { name: y[0] } : {}), scale: true },
      series: y.map((col) => ({
        type: 'scatter' as const, name: col, symbolSize: 8,
        data: shown.map((r) => [num(r[xKey]), num(r[col])]).filter((p): p is [number, number] => p[0] !== null && p[1] !== null)
      }))
    };
  }
  const xLabel = (r: Row, i: number) => (x === null ? String(i + 1) : xTemporal ? isoDate(r[x]) ?? '—' : label(r[x]));
  return {
    ...base, ...legend, grid,
    tooltip: { trigger: 'axis', ...(kind === 'bar' ? { axisPointer: { type: 'shadow' as const } } : {}) },
    xAxis: { type: 'category', ...(x !== null ? { name: x } : {}), data: shown.map(xLabel) },
    yAxis: { type: 'value', ...(y.length === 1 ? { name: y[0] } : {}) },
    series: y.map((col) => ({ type: kind, name: col, data: shown.map((r) => num(r[col])) }))
  };
}
