/** Example queries of the SQL console, each with a Chinese description (English too) and the tables it needs. */
import type { Lang } from '../format/number';
import type { SchemaTable } from './schema-info';

export interface ExampleQuery {
  id: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  sql: string;
  /** Table → columns the query reads; the example is offered only when all are present. */
  needs: Record<string, string[]>;
}

export const EXAMPLES: ExampleQuery[] = [
  {
    id: 'reports-by-year',
    title: '每年报告数量',
    titleEn: 'Reports per year',
    description: '按年度统计已解析的年报份数与机关数。',
    descriptionEn: 'Parsed reports and reporting agencies per year.',
    sql: `SELECT year, count(*) AS reports, count(DISTINCT agency_id) AS agencies\nFROM reports\nGROUP BY year\nORDER BY year`,
    needs: { reports: ['year', 'agency_id'] }
  },
  {
    id: 'grant-rate',
    title: '各省予以公开比例',
    titleEn: 'Share granted by province',
    description: '各省本年办理结果中“予以公开”占办理总数的比例（表三总计列）。',
    descriptionEn: 'Per province, the share of requests handled that were granted in full (Table 3, total column).',
    sql: `SELECT province, sum(granted) AS granted, sum(total_processed) AS processed,\n       round(100.0 * sum(granted) / nullif(sum(total_processed), 0), 1) AS grant_pct\nFROM reports\nWHERE province IS NOT NULL\nGROUP BY province\nORDER BY grant_pct DESC NULLS LAST`,
    needs: { reports: ['province', 'granted', 'total_processed'] }
  },
  {
    id: 'top-received',
    title: '新收申请最多的机关',
    titleEn: 'Agencies with most new requests',
    description: '本年新收政府信息公开申请数量最多的 20 份年报。',
    descriptionEn: 'The 20 reports with the most new disclosure requests received in the year.',
    sql: `SELECT agency_name, year, new_received, total_processed\nFROM reports\nWHERE new_received IS NOT NULL\nORDER BY new_received DESC\nLIMIT 20`,
    needs: { reports: ['agency_name', 'year', 'new_received', 'total_processed'] }
  },
  {
    id: 'review-correction',
    title: '行政复议纠错率',
    titleEn: 'Administrative review correction rate',
    description: '按年度汇总行政复议总数与被纠错数（表四），计算纠错率。',
    descriptionEn: 'Administrative reviews and those corrected per year (Table 4), with the correction rate.',
    sql: `SELECT year, sum(review_total) AS review_total, sum(review_corrected) AS corrected,\n       round(100.0 * sum(review_corrected) / nullif(sum(review_total), 0), 1) AS corrected_pct\nFROM reports\nGROUP BY year\nORDER BY year`,
    needs: { reports: ['year', 'review_total', 'review_corrected'] }
  },
  {
    id: 'flags-by-rule',
    title: '校验问题按规则统计',
    titleEn: 'Check flags by rule',
    description: '各条校验规则触发的次数，按严重程度分列。',
    descriptionEn: 'How often each check rule fired, by severity.',
    sql: `SELECT rule, severity, count(*) AS n\nFROM flags\nGROUP BY rule, severity\nORDER BY n DESC`,
    needs: { flags: ['rule', 'severity'] }
  },
  {
    id: 'late-reports',
    title: '逾期发布的年报',
    titleEn: 'Late reports',
    description: '晚于法定期限（次年 1 月 31 日）发布的年报及逾期天数。',
    descriptionEn: 'Reports published after the legal deadline (31 January of the next year), with days late.',
    sql: `SELECT agency_name, year, published, days_late\nFROM reports\nWHERE days_late > 0\nORDER BY days_late DESC`,
    needs: { reports: ['agency_name', 'year', 'published', 'days_late'] }
  },
  {
    id: 't3-cells',
    title: '表三单元格明细',
    titleEn: 'Table 3 cells',
    description: '查看表三每个单元格的数值及其在原文中的出处（provenance）。',
    descriptionEn: 'Every Table 3 cell with its value and where it was read in the source (provenance).',
    sql: `SELECT report_id, year, "row", col, value, provenance\nFROM t3_cells\nLIMIT 100`,
    needs: { t3_cells: ['report_id', 'year', 'row', 'col', 'value', 'provenance'] }
  },
  {
    id: 'index-by-format',
    title: '样本按年份与格式统计',
    titleEn: 'Sample files by year and format',
    description: '来源清单中每个年度、每种年报格式的文件数量。',
    descriptionEn: 'Source files per year and report format.',
    sql: `SELECT year, format, count(*) AS files\nFROM reports_index\nGROUP BY year, format\nORDER BY year, format`,
    needs: { reports_index: ['year', 'format'] }
  },
  {
    id: 'index-by-region',
    title: '样本按地区统计',
    titleEn: 'Sample files by region',
    description: '来源清单中各地区的年报文件数与总字节数。',
    descriptionEn: 'Source files and total bytes per region.',
    sql: `SELECT region, count(*) AS files, sum(bytes) AS bytes\nFROM reports_index\nGROUP BY region\nORDER BY files DESC, region`,
    needs: { reports_index: ['region', 'bytes'] }
  },
  {
    id: 'describe',
    title: '查看表结构',
    titleEn: 'Describe a table',
    description: '列出一张表的列名与类型。',
    descriptionEn: 'The columns of a table and their types.',
    sql: `DESCRIBE reports`,
    needs: { reports: [] }
  }
];

/** The examples whose tables and columns all exist in `tables`. */
export function examplesFor(tables: SchemaTable[]): ExampleQuery[] {
  const byName = new Map(tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
  return EXAMPLES.filter((ex) =>
    Object.entries(ex.needs).every(([t, cols]) => byName.has(t) && cols.every((c) => byName.get(t)!.has(c)))
  );
}

/** Title and description in the UI language (Chinese unless English is chosen). */
export function exampleText(ex: ExampleQuery, lang: Lang): { title: string; description: string } {
  return lang === 'en' ? { title: ex.titleEn, description: ex.descriptionEn } : { title: ex.title, description: ex.description };
}
