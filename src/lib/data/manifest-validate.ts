import { DATASET_SCHEMA_VERSION, type DatasetIndexEntry, type DatasetManifest } from '../dataset/manifest';
import { DatasetError } from './errors';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const DATASET_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

/** A file path inside the dataset folder: relative, no `..`, no scheme, so every fetch stays same-origin. */
export function isSafeRelativePath(path: string): boolean {
  if (!path || path.startsWith('/') || path.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return false;
  return path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

/** Checks a parsed manifest.json against the DatasetManifest contract; throws DatasetError('manifest') on any fault. */
export function validateManifest(json: unknown, dataset: string, url?: string): DatasetManifest {
  const fail = (msg: string): never => {
    throw new DatasetError('manifest', dataset, `manifest.json 无效：${msg}`, url);
  };
  if (!isObj(json)) return fail('不是 JSON 对象');
  const m = json;
  if (typeof m.schema_version !== 'number') fail('缺少 schema_version');
  if ((m.schema_version as number) > DATASET_SCHEMA_VERSION)
    fail(`schema_version ${m.schema_version} 高于本程序支持的 ${DATASET_SCHEMA_VERSION}`);
  if (typeof m.name !== 'string' || !m.name) fail('缺少 name');
  if (m.label !== 'real' && m.label !== 'synthetic') fail(`label 必须是 real 或 synthetic，实为 ${String(m.label)}`);
  if (typeof m.title !== 'string') fail('缺少 title');
  if (typeof m.built_at !== 'string') fail('缺少 built_at');
  if (!isObj(m.tables) || Object.keys(m.tables).length === 0) fail('tables 为空');
  for (const [table, t] of Object.entries(m.tables as Obj)) {
    if (!TABLE_NAME.test(table)) fail(`表名 ${table} 不合法`);
    if (!isObj(t)) return fail(`表 ${table} 不是对象`);
    if (!isCount(t.rows)) fail(`表 ${table} 的 rows 不是非负整数`);
    if (!Array.isArray(t.files) || t.files.length === 0) fail(`表 ${table} 没有文件`);
    let sum = 0;
    for (const f of t.files as unknown[]) {
      if (!isObj(f)) return fail(`表 ${table} 的文件项不是对象`);
      if (typeof f.path !== 'string' || !isSafeRelativePath(f.path)) fail(`表 ${table} 的文件路径不安全：${String(f.path)}`);
      if (!isCount(f.rows) || !isCount(f.bytes)) fail(`文件 ${String(f.path)} 的 rows/bytes 无效`);
      if (typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256)) fail(`文件 ${String(f.path)} 的 sha256 无效`);
      sum += f.rows as number;
    }
    if (sum !== t.rows) fail(`表 ${table} 的 rows (${t.rows}) 与文件行数之和 (${sum}) 不符`);
  }
  return m as unknown as DatasetManifest;
}

/** Parses datasets/index.json: `{ "datasets": [...] }` (a bare array is accepted too). */
export function validateIndex(json: unknown, url?: string): DatasetIndexEntry[] {
  const list = Array.isArray(json) ? json : isObj(json) ? json.datasets : undefined;
  if (!Array.isArray(list)) throw new DatasetError('index', 'index.json', '缺少 datasets 列表', url);
  return list.map((e, i) => {
    if (!isObj(e) || typeof e.name !== 'string' || !DATASET_NAME.test(e.name))
      throw new DatasetError('index', 'index.json', `第 ${i + 1} 项缺少合法 name`, url);
    if (e.label !== 'real' && e.label !== 'synthetic')
      throw new DatasetError('index', 'index.json', `数据集 ${e.name} 的 label 无效`, url);
    return { name: e.name, title: typeof e.title === 'string' ? e.title : e.name, label: e.label };
  });
}
