import type { Lang } from '../format/number';
import { UI_STRINGS } from './ui-strings';
import { OUTCOME_KEYS, REPORT_LABELS } from './report-labels';
import { REPORT_COLUMN_LABELS } from './column-labels';

export type { Lang };
export const LANGS: readonly Lang[] = ['zh', 'en'];
export const DEFAULT_LANG: Lang = 'zh';

export type Params = Record<string, string | number>;

const DICT: Record<string, readonly [string, string]> = {
  ...Object.fromEntries(Object.entries(REPORT_COLUMN_LABELS).map(([k, v]) => [`col.${k}`, v])),
  ...Object.fromEntries(OUTCOME_KEYS.map((k) => [`col.${k}`, REPORT_LABELS[`outcome.${k}`]])),
  ...REPORT_LABELS,
  ...UI_STRINGS
};

export function hasKey(key: string): boolean {
  return key in DICT;
}

export function dictionaryKeys(): string[] {
  return Object.keys(DICT);
}

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/**
 * The text of `key` in `lang`, `{name}` placeholders filled from params. An empty English entry falls back to
 * the Chinese; an unknown key is returned as is (visible, never blank).
 */
export function translate(lang: Lang, key: string, params?: Params): string {
  const entry = DICT[key];
  if (!entry) return interpolate(key, params);
  const text = (lang === 'en' ? entry[1] : entry[0]) || entry[0];
  return interpolate(text, params);
}

/** A column header: its label when known, else the column name itself. */
export function columnLabel(lang: Lang, column: string): string {
  return hasKey(`col.${column}`) ? translate(lang, `col.${column}`) : column;
}

/** `zh`, `zh-CN`, `zh-Hans` → zh; `en…` → en; anything else → null. */
export function parseLang(v: string | null | undefined): Lang | null {
  if (!v) return null;
  const s = v.trim().toLowerCase();
  if (s === 'zh' || s.startsWith('zh-') || s.startsWith('zh_')) return 'zh';
  if (s === 'en' || s.startsWith('en-') || s.startsWith('en_')) return 'en';
  return null;
}

/** The language to start in: `?lang=` wins, then the stored choice, then the default (zh-CN). */
export function initialLang(search: string, stored: string | null): Lang {
  const fromUrl = parseLang(new URLSearchParams(search).get('lang'));
  return fromUrl ?? parseLang(stored) ?? DEFAULT_LANG;
}

/** The `lang` attribute for a language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
