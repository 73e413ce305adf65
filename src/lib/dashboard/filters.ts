/**
 * The global filter model of the dashboard and its URL codec. URL I/O is injected (see url-state.ts):
 * nothing here knows about SvelteKit or the DOM.
 */
import type { Format } from '../report/types';

export interface Filters {
  dataset: string;
  /** Inclusive year range; null = every year of the dataset. */
  years: [number, number] | null;
  province: string | null;
  city: string | null;
  county: string | null;
  /** 省 | 市 | 县 | 乡镇 */
  level: string | null;
  /** 人民政府 | 部门 | 其他 */
  kind: string | null;
  format: Format | null;
}

export const FILTER_KEYS = ['dataset', 'years', 'province', 'city', 'county', 'level', 'kind', 'format'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function defaultFilters(dataset: string): Filters {
  return { dataset, years: null, province: null, city: null, county: null, level: null, kind: null, format: null };
}

const YEAR = /^(\d{4})(?:-(\d{4}))?$/;

function parseYears(v: string | null): [number, number] | null {
  const m = v ? YEAR.exec(v.trim()) : null;
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return a <= b ? [a, b] : [b, a];
}

export function formatYears(y: [number, number]): string {
  return y[0] === y[1] ? String(y[0]) : `${y[0]}-${y[1]}`;
}

const text = (v: string | null): string | null => {
  const s = v?.trim();
  return s ? s : null;
};

/** Reads the filters from URL params; anything absent or unreadable takes its default. */
export function decodeFilters(params: URLSearchParams, defaultDataset: string): Filters {
  const f = defaultFilters(defaultDataset);
  const ds = text(params.get('dataset'));
  if (ds && /^[a-z0-9][a-z0-9._-]*$/i.test(ds)) f.dataset = ds;
  f.years = parseYears(params.get('years'));
  f.province = text(params.get('province'));
  f.city = text(params.get('city'));
  f.county = text(params.get('county'));
  f.level = text(params.get('level'));
  f.kind = text(params.get('kind'));
  const fmt = params.get('format');
  f.format = fmt === '2019' || fmt === '2021' ? fmt : null;
  return f;
}

/**
 * Writes the filters into `base` (other params are kept, in order). Only values that differ from the defaults are
 * written; defaults are removed.
 */
export function encodeFilters(f: Filters, defaultDataset: string, base = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(base);
  const set = (k: FilterKey, v: string | null) => (v === null ? out.delete(k) : out.set(k, v));
  set('dataset', f.dataset === defaultDataset ? null : f.dataset);
  set('years', f.years ? formatYears(f.years) : null);
  set('province', f.province);
  set('city', f.city);
  set('county', f.county);
  set('level', f.level);
  set('kind', f.kind);
  set('format', f.format);
  return out;
}

/** True when no filter narrows the data (the dataset may differ). */
export function isUnfiltered(f: Filters): boolean {
  return !f.years && !f.province && !f.city && !f.county && !f.level && !f.kind && !f.format;
}

/** Params of the global filters only, for links between pages that keep the user's view. */
export function filterQuery(f: Filters, defaultDataset: string): string {
  const s = encodeFilters(f, defaultDataset).toString();
  return s ? `?${s}` : '';
}

/** A changed region level clears the levels below it (a city belongs to one province). */
export function withFilter(f: Filters, patch: Partial<Filters>): Filters {
  const next = { ...f, ...patch };
  if ('province' in patch && patch.province !== f.province) {
    if (!('city' in patch)) next.city = null;
    if (!('county' in patch)) next.county = null;
  }
  if ('city' in patch && patch.city !== f.city && !('county' in patch)) next.county = null;
  if ('dataset' in patch && patch.dataset !== f.dataset) return { ...defaultFilters(next.dataset) };
  return next;
}
