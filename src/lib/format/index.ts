export { formatNumber, formatPercent, toNumber, NULL_MARK, type Lang, type NumberFormatOptions } from './number';
export { formatDate, isoDate, toDate } from './date';
