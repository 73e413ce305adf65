/** JSON of rows that may hold bigint (DuckDB BIGINT) and Date values. */
export function toJson(value: unknown, indent = 2): string {
  return JSON.stringify(
    value,
    function (this: Record<string, unknown>, key, v) {
      const raw = this[key];
      if (typeof raw === 'bigint') return Number.isSafeInteger(Number(raw)) ? Number(raw) : raw.toString();
      if (raw instanceof Date) return raw.toISOString();
      return v;
    },
    indent
  );
}
