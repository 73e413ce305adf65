/** The report JSON of `gongkai parse --json` (see docs/REPORT-JSON.md). */

export type Format = '2019' | '2021';
export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'T3-1' | 'T3-2' | 'T3-3' | 'T3-4' | 'T4-1'
  | 'CELL-MISSING' | 'CELL-BLANK' | 'TEXT-TABLE' | 'SPAM' | 'REUSE'
  | 'LATE' | 'YEAR' | 'FORMAT' | 'X-1' | 'X-2' | 'X-3' | 'OUTLIER' | 'MISSING-REPORT';

/** A cell path: `t3.<row>.<col>`, `t4.<group>.<outcome>`, `t2.<key>` or `text:<start>-<end>`. */
export type CellPath = string;

export interface Flag {
  rule: RuleId;
  severity: Severity;
  cells: CellPath[];
  expected: number | string | null;
  actual: number | string | null;
  /** Chinese message (the product's first language). */
  message: string;
  /** English message. */
  message_en?: string;
}

/** Where a cell's value was read. Character offsets refer to `ParsedReport.text`. */
export interface Provenance {
  /** [start, end) in the normalised text, when the value is a span of it. */
  start?: number;
  end?: number;
  /** For HTML/DOCX tables: table index in the document, grid row and grid column (after merged-cell expansion). */
  table?: number;
  row?: number;
  col?: number;
  /** Raw cell text as it appeared (before number parsing), e.g. "&nbsp;", "-", "+1036". */
  raw?: string;
  /** PDF page number (1-based) when known. */
  page?: number;
}

export type T3Row = Record<string, number | null>;

export interface ParsedReport {
  source: string;
  status: 'parsed' | 'rejected';
  reason: string | null;
  agency: string | null;
  year: number | null;
  published: string | null;
  format: Format | null;
  /** Flat 表二 keys, e.g. `a20_1.normative_docs.new_made`. */
  t2: Record<string, number | null>;
  /** 表三: row key → column key → value. */
  t3: Record<string, T3Row>;
  /** 表四: group → outcome → value. */
  t4: Record<string, Record<string, number | null>>;
  flags: Flag[];
  /** Title of the report as found in the file, when any. */
  title?: string | null;
  /** The normalised text that provenance offsets refer to. */
  text?: string;
  /** Narrative sections: key (s1…s6) → [start, end) in `text`. */
  sections?: Record<string, [number, number]>;
  /** cell path (`t3.granted.total` …) → provenance. */
  provenance?: Record<CellPath, Provenance>;
  /**
   * Null cells whose digits run together and split several ways (crawl text): cell path → every value the cell
   * takes over all readings of its row, identities not applied. Rules flag such a cell only when the rule fires
   * under every one of them.
   */
  candidates?: Record<CellPath, number[]>;
  /** Input kind the parser recognised. */
  input?: 'html' | 'text' | 'markdown' | 'docx' | 'pdf';
  /** Statistics period as stated (统计期限), ISO dates. */
  period?: { start: string; end: string } | null;
}
