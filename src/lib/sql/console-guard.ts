/**
 * First line of defence of the SQL console: one read-only statement, no URLs. The second line is DuckDB itself
 * (`enable_external_access=false`), the third the page's Content-Security-Policy (`connect-src 'self'`).
 */
import { statements, tokenize } from '../data/sql-tokens';

export type GuardResult = { ok: true } | { ok: false; reason: string; reasonEn: string };

const READ_START = new Set(['select', 'with', 'from', 'values', 'table', 'describe', 'desc', 'show', 'summarize', 'explain', 'pivot', 'unpivot']);

/** Statement keywords that write, change settings, attach databases or load code. */
const FORBIDDEN = new Set([
  'insert', 'update', 'delete', 'drop', 'create', 'alter', 'attach', 'detach', 'copy', 'export', 'import', 'install', 'load',
  'set', 'reset', 'pragma', 'call', 'checkpoint', 'force', 'vacuum', 'use', 'truncate', 'merge', 'grant', 'revoke',
  'begin', 'commit', 'rollback', 'abort', 'prepare', 'execute', 'deallocate'
]);

/** A string literal that names a remote location (http://, s3://, hf://, ...). */
const URL_LITERAL = /^\s*[a-z][a-z0-9+.-]*:\/\//i;

export function checkConsoleSql(sql: string): GuardResult {
  const stmts = statements(tokenize(sql));
  if (stmts.length === 0) return { ok: false, reason: '请输入一条 SQL 查询。', reasonEn: 'Enter an SQL query.' };
  if (stmts.length > 1)
    return { ok: false, reason: '一次只能运行一条语句（请去掉多余的分号）。', reasonEn: 'Run one statement at a time.' };
  const toks = stmts[0];
  const first = toks.find((t) => t.kind === 'word' || t.text === '(');
  const head = first?.kind === 'word' ? first.text.toLowerCase() : first?.text;
  if (head !== '(' && !READ_START.has(head ?? ''))
    return {
      ok: false,
      reason: `控制台只读：只允许 SELECT / WITH / FROM / DESCRIBE / SHOW / SUMMARIZE / EXPLAIN 查询，不允许 ${first?.text ?? '此语句'}。`,
      reasonEn: `The console is read-only: ${first?.text ?? 'this statement'} is not allowed.`
    };
  for (const t of toks) {
    if (t.kind === 'word' && FORBIDDEN.has(t.text.toLowerCase()))
      return {
        ok: false,
        reason: `控制台只读：不允许 ${t.text.toUpperCase()}（如需列名 ${t.text}，请加双引号）。`,
        reasonEn: `The console is read-only: ${t.text.toUpperCase()} is not allowed (quote it if it is a column name).`
      };
    if (t.kind === 'string' && URL_LITERAL.test(t.text))
      return {
        ok: false,
        reason: '控制台只能查询已加载的数据集，不能访问网络地址或文件。',
        reasonEn: 'The console reads the loaded dataset only; network and file access is blocked.'
      };
  }
  return { ok: true };
}
