export { toCsv, csvField, cellText, UTF8_BOM } from './csv';
export { toJson } from './json';
export { downloadBlob, dataUrlToBlob, safeFileName } from './download';
export { normalizeColumns, columnsOf, type ColumnSpec, type ColumnArg } from './columns';
