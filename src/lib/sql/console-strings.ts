/** The SQL console's UI strings: key → [zh-CN, en], with `{name}` parameters (the dashboard's strings.ts pattern). */
import type { Lang } from '../format/number';

const S: Record<string, readonly [string, string]> = {
  'page.title': ['SQL 控制台 · 政务公开年报透视', 'SQL console · Gongkai Lens'],
  title: ['SQL 控制台', 'SQL console'],
  dataset: ['数据集', 'Dataset'],
  readonly: ['（只读）', '(read-only)'],
  load_failed: ['数据集加载失败：{message}', 'Could not load the dataset: {message}'],
  run: ['运行', 'Run'],
  cancel: ['取消', 'Cancel'],
  running: ['运行中… {s} 秒', 'Running… {s} s'],
  rows: ['{n} 行', '{n} rows'],
  took: [' · 用时 {ms} 毫秒', ' · {ms} ms'],
  loading_extra: ['（另加载数据 {s} 秒）', ' (+{s} s loading the data)'],
  truncated: ['（结果过大，已截断）', ' (result too large, truncated)'],
  cancelled: ['已取消（{ms} 毫秒）', 'Cancelled ({ms} ms)'],
  view: ['结果视图', 'Result view'],
  table: ['表格', 'Table'],
  chart: ['图表', 'Chart'],
  exports: ['导出完整结果', 'Export the full result'],
  export: ['导出：', 'Export:'],
  export_failed: ['导出失败：{message}', 'Export failed: {message}'],
  examples: ['示例查询', 'Example queries'],
  history: ['历史查询（最近 {n} 条）', 'History (last {n})'],
  failed: ['失败', 'failed'],
  clear_history: ['清空历史', 'Clear history'],
  'schema.label': ['数据表结构', 'Table schema'],
  'schema.title': ['数据表', 'Tables'],
  'schema.loading': ['加载中…', 'Loading…'],
  'schema.insert': ['插入查询', 'Insert a query'],
  'editor.placeholder': ['输入 SQL，Ctrl/⌘+Enter 运行', 'Type SQL; Ctrl/⌘+Enter runs it'],
  'editor.label': ['SQL 查询编辑器', 'SQL query editor'],
  'grid.label': ['查询结果', 'Query result'],
  'chart.kind': ['图形', 'Chart type'],
  'chart.bar': ['柱状图', 'Bar'],
  'chart.line': ['折线图', 'Line'],
  'chart.scatter': ['散点图', 'Scatter'],
  'chart.x': ['横轴', 'X axis'],
  'chart.row_number': ['行号', 'Row number'],
  'chart.values': ['数值列', 'Value columns'],
  'chart.no_numeric': ['结果中没有数值列，无法作图。', 'The result has no numeric column to chart.'],
  'chart.title': ['查询结果图表', 'Query result chart'],
  'chart.first_rows': ['图表只画前 {n} 行（共 {total} 行）。', 'The chart draws the first {n} of {total} rows.'],
  'completion.rows': ['{n} 行', '{n} rows'],
  'completion.table': ['表', 'table'],
  busy: ['上一条查询仍在运行，请先取消。', 'The previous query is still running; cancel it first.']
};

export type ConsoleParams = Record<string, string | number>;

/** The string in `lang` (the key itself when unknown, so a missing string shows up in tests). */
export function consoleText(lang: Lang, key: string, params: ConsoleParams = {}): string {
  const pair = S[key];
  const text = pair ? pair[lang === 'en' ? 1 : 0] : key;
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export const CONSOLE_STRING_KEYS = Object.keys(S);

/** Number formatting locale of the language. */
export const locale = (lang: Lang) => (lang === 'en' ? 'en-US' : 'zh-CN');
