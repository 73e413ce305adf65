/** `s('kpi.reports')` in the current UI language (reactive inside templates and effects). */
import { i18n } from '../i18n/lang.svelte';
import type { Params } from '../i18n/translate';
import { formatNumber, formatPercent } from '../format/number';
import { str } from './strings';

export const s = (key: string, params?: Params): string => str(i18n.current, key, params);
export const lang = () => i18n.current;
/** Count with 万/亿 (zh) or K/M (en); null → —. */
export const n = (v: unknown): string => formatNumber(v, i18n.current);
export const pct = (v: unknown): string => (v === null || v === undefined || Number.isNaN(Number(v)) ? '—' : formatPercent(v, 1));
/** Label of a bilingual pair. */
export const bi = (zh: string, en: string): string => (i18n.current === 'en' ? en : zh);
