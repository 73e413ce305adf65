/**
 * The Parquet schema of a Gongkai Lens dataset (documented in docs/ARCHITECTURE.md).
 * Column types are DuckDB types. `null` means "absent or unreadable in the report", never 0.
 */

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'DATE' | 'BOOLEAN' | 'SMALLINT';
export type TableSchema = [name: string, type: ColumnType][];

export const AGENCIES: TableSchema = [
  ['agency_id', 'VARCHAR'], // stable: hash of normalised name + region
  ['name', 'VARCHAR'],
  ['province', 'VARCHAR'], ['province_code', 'VARCHAR'],
  ['city', 'VARCHAR'], ['city_code', 'VARCHAR'],
  ['county', 'VARCHAR'], ['county_code', 'VARCHAR'],
  ['region', 'VARCHAR'], // the most specific region name (e.g. 平潭综合实验区)
  ['level', 'VARCHAR'], // 省 | 市 | 县 | 乡镇
  ['kind', 'VARCHAR'] // 人民政府 | 部门 | 其他
];

/** One row per parsed report; summary columns are the 总计 column of 表三 unless named otherwise. */
export const REPORTS: TableSchema = [
  ['report_id', 'VARCHAR'], ['agency_id', 'VARCHAR'], ['agency_name', 'VARCHAR'],
  ['province', 'VARCHAR'], ['city', 'VARCHAR'], ['county', 'VARCHAR'], ['region', 'VARCHAR'],
  ['level', 'VARCHAR'], ['kind', 'VARCHAR'],
  ['year', 'SMALLINT'], ['format', 'VARCHAR'], ['published', 'DATE'], ['deadline', 'DATE'], ['days_late', 'INTEGER'],
  ['source_file', 'VARCHAR'], ['sha256', 'VARCHAR'], ['title', 'VARCHAR'],
  // 表三, 总计 column
  ['new_received', 'INTEGER'], ['carried_over', 'INTEGER'], ['total_processed', 'INTEGER'],
  ['granted', 'INTEGER'], ['partial', 'INTEGER'], ['denied', 'INTEGER'], ['unable', 'INTEGER'],
  ['not_processed', 'INTEGER'], ['other', 'INTEGER'], ['carried_forward', 'INTEGER'],
  // 表三, applicant mix of 本年新收
  ['new_natural_person', 'INTEGER'], ['new_commercial', 'INTEGER'], ['new_research', 'INTEGER'],
  ['new_social_welfare', 'INTEGER'], ['new_legal_service', 'INTEGER'], ['new_other_org', 'INTEGER'],
  // 表四
  ['review_total', 'INTEGER'], ['review_corrected', 'INTEGER'],
  ['lit_direct_total', 'INTEGER'], ['lit_direct_corrected', 'INTEGER'],
  ['lit_after_review_total', 'INTEGER'], ['lit_after_review_corrected', 'INTEGER'],
  ['litigation_total', 'INTEGER'], ['litigation_corrected', 'INTEGER'],
  // 表二 decisions (comparable across formats)
  ['license_decisions', 'INTEGER'], ['penalty_decisions', 'INTEGER'], ['coercion_decisions', 'INTEGER'],
  ['fees_amount_wan', 'DOUBLE'],
  // flags
  ['flags_error', 'INTEGER'], ['flags_warning', 'INTEGER'], ['flags_info', 'INTEGER']
];

export const T3_CELLS: TableSchema = [
  ['report_id', 'VARCHAR'], ['year', 'SMALLINT'], ['row', 'VARCHAR'], ['col', 'VARCHAR'], ['value', 'INTEGER'], ['provenance', 'VARCHAR']
];
export const T2_CELLS: TableSchema = [
  ['report_id', 'VARCHAR'], ['year', 'SMALLINT'], ['key', 'VARCHAR'], ['value', 'DOUBLE'], ['provenance', 'VARCHAR']
];
export const T4_CELLS: TableSchema = [
  ['report_id', 'VARCHAR'], ['year', 'SMALLINT'], ['grp', 'VARCHAR'], ['outcome', 'VARCHAR'], ['value', 'INTEGER'], ['provenance', 'VARCHAR']
];
export const FLAGS: TableSchema = [
  ['report_id', 'VARCHAR'], ['agency_id', 'VARCHAR'], ['year', 'SMALLINT'], ['rule', 'VARCHAR'], ['severity', 'VARCHAR'],
  ['cells', 'VARCHAR'], // JSON array of cell paths
  ['expected', 'VARCHAR'], ['actual', 'VARCHAR'], ['message', 'VARCHAR'], ['message_en', 'VARCHAR']
];
export const TEXTS: TableSchema = [
  ['report_id', 'VARCHAR'], ['section', 'VARCHAR'], ['text', 'VARCHAR'],
  ['year', 'SMALLINT'] // added (schema 1): texts are partitioned by year like the other report tables
];
/** Ground truth of a synthetic dataset (`gongkai generate`): one row per planted anomaly. */
export const TRUTH: TableSchema = [
  ['report_id', 'VARCHAR'], ['agency_id', 'VARCHAR'], ['year', 'SMALLINT'], ['rule', 'VARCHAR'], ['cells', 'VARCHAR']
];

export const TABLES: Record<string, TableSchema> = {
  agencies: AGENCIES, reports: REPORTS, t2_cells: T2_CELLS, t3_cells: T3_CELLS, t4_cells: T4_CELLS, flags: FLAGS, texts: TEXTS
};
