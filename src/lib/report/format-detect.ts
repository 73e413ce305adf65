/** Which national template a report follows (format-spec §1): label fingerprints first, year as fallback. */
import { FORMAT_2019_MARKERS, FORMAT_2021_MARKERS } from './model';
import { matchKey } from './normalize';
import type { Format } from './types';

const M2021 = [...FORMAT_2021_MARKERS, '本年废纸件数', '先行有效件数'].map(matchKey);
const M2019 = FORMAT_2019_MARKERS.map(matchKey);

export interface FormatDecision {
  format: Format | null;
  reason: string;
  /** Fingerprints found per template. */
  markers2021: string[];
  markers2019: string[];
}

/** `key` is folded text (matchKey form) of the report or of its table sections. */
export function detectFormat(key: string, year: number | null): FormatDecision {
  const markers2021 = M2021.filter((m) => key.includes(m));
  const markers2019 = M2019.filter((m) => key.includes(m));
  if (markers2021.length) {
    const mixed = markers2019.length ? `; 2019 labels also present: ${markers2019.join(', ')}` : '';
    return { format: '2021', reason: `2021 labels: ${markers2021.join(', ')}${mixed}`, markers2021, markers2019 };
  }
  if (markers2019.length) return { format: '2019', reason: `2019 labels: ${markers2019.join(', ')}`, markers2021, markers2019 };
  if (year != null) {
    const format: Format = year <= 2020 ? '2019' : '2021';
    return { format, reason: `no template labels; year ${year} → ${format}`, markers2021, markers2019 };
  }
  return { format: null, reason: 'no template labels and no year', markers2021, markers2019 };
}

/** Pre-2019 reports: a 统计表 with 指标名称/计量单位 and no 本年新收 application table. */
export function isPreFormat2019(key: string): boolean {
  if (key.includes('本年新收政府信息公开申请') || key.includes(matchKey('本年新收'))) return false;
  const hasOldTable = key.includes('指标名称') && key.includes('计量单位');
  const oldSections = key.includes('依申请公开') && (key.includes('统计表') || key.includes('历年累计'));
  return hasOldTable || oldSections;
}
