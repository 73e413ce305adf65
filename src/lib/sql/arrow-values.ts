/** Column-wise access to DuckDB Arrow results: display text and JSON-safe values, without row objects. */
import { DataType, type Field, type Table, type Vector } from 'apache-arrow';

export type JsonScalar = string | number | boolean | null | JsonScalar[] | { [k: string]: JsonScalar };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.000Z$|Z$/, '');
}

function decimalToNumber(v: unknown, scale: number): number {
  return Number(String(v)) / 10 ** scale;
}

/** Converts one Arrow value of `type` to a JSON-safe value (BIGINT within ±2^53 → number, else string). */
export function jsonValue(type: DataType, v: unknown): JsonScalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString();
  if (DataType.isDate(type)) return isoDay(Number(v));
  if (DataType.isTimestamp(type)) return new Date(Number(v)).toISOString();
  if (DataType.isDecimal(type)) return decimalToNumber(v, type.scale);
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Uint8Array) return Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('');
  if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
    const child = type.children[0].type;
    return Array.from(v as Iterable<unknown>, (x) => jsonValue(child, x));
  }
  if (DataType.isStruct(type) && typeof v === 'object') {
    const o: Record<string, JsonScalar> = {};
    for (const f of type.children) o[f.name] = jsonValue(f.type, (v as Record<string, unknown>)[f.name]);
    return o;
  }
  if (DataType.isMap(type) && typeof v === 'object') {
    const json = (v as { toJSON?: () => unknown }).toJSON?.();
    return json && typeof json === 'object' ? (JSON.parse(JSON.stringify(json, (_k, x) => (typeof x === 'bigint' ? x.toString() : x))) as JsonScalar) : String(v);
  }
  return String(v);
}

/** Display text of one value (dates as YYYY-MM-DD, timestamps without 'T', nested values as JSON). */
export function displayValue(type: DataType, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (DataType.isDate(type)) return isoDay(Number(v));
  if (DataType.isTimestamp(type)) return isoTime(Number(v));
  const j = jsonValue(type, v);
  return typeof j === 'object' && j !== null ? JSON.stringify(j) : String(j);
}

/** A DuckDB-style name of an Arrow type (what users typed in SQL), e.g. Int64 → BIGINT, Utf8 → VARCHAR. */
export function sqlTypeName(type: DataType): string {
  if (DataType.isInt(type)) return ({ 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' } as Record<number, string>)[type.bitWidth].replace(/^/, type.isSigned ? '' : 'U');
  if (DataType.isFloat(type)) return type.precision === 2 ? 'DOUBLE' : 'FLOAT';
  if (DataType.isDecimal(type)) return `DECIMAL(${type.precision},${type.scale})`;
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'VARCHAR';
  if (DataType.isBool(type)) return 'BOOLEAN';
  if (DataType.isDate(type)) return 'DATE';
  if (DataType.isTimestamp(type)) return 'TIMESTAMP';
  if (DataType.isTime(type)) return 'TIME';
  if (DataType.isBinary(type) || DataType.isLargeBinary(type)) return 'BLOB';
  if (DataType.isList(type)) return `${sqlTypeName(type.children[0].type)}[]`;
  if (DataType.isStruct(type)) return 'STRUCT';
  if (DataType.isMap(type)) return 'MAP';
  return String(type);
}

export interface ResultColumn {
  name: string;
  type: DataType;
  typeName: string;
  vector: Vector;
  numeric: boolean;
}

/** The columns of an Arrow table with their vectors (getChildAt is per column, so no row objects are built). */
export function resultColumns(table: Table): ResultColumn[] {
  return table.schema.fields.map((f: Field, i) => ({
    name: f.name,
    type: f.type,
    typeName: sqlTypeName(f.type),
    vector: table.getChildAt(i)!,
    numeric: DataType.isInt(f.type) || DataType.isFloat(f.type) || DataType.isDecimal(f.type)
  }));
}

/** The display text of cell (row, col); `get` on an Arrow vector is O(log chunks). */
export function cellText(col: ResultColumn, row: number): string {
  return displayValue(col.type, col.vector.get(row));
}
