/** The last queries run in the console, newest first, kept in localStorage. */

export const HISTORY_KEY = 'gongkai.sql.history';
export const HISTORY_MAX = 50;

export interface HistoryEntry {
  sql: string;
  /** ISO time of the last run. */
  at: string;
  rows?: number;
  ms?: number;
  error?: boolean;
}

type KV = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isEntry(v: unknown): v is HistoryEntry {
  return typeof v === 'object' && v !== null && typeof (v as HistoryEntry).sql === 'string' && typeof (v as HistoryEntry).at === 'string';
}

export class HistoryStore {
  constructor(
    private readonly storage: KV | undefined,
    private readonly max = HISTORY_MAX
  ) {}

  list(): HistoryEntry[] {
    try {
      const raw = this.storage?.getItem(HISTORY_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, this.max) : [];
    } catch {
      return [];
    }
  }

  /** Adds a run; a repeated query moves to the top instead of appearing twice. Returns the new list. */
  add(entry: HistoryEntry): HistoryEntry[] {
    const sql = entry.sql.trim();
    if (!sql) return this.list();
    const next = [{ ...entry, sql }, ...this.list().filter((e) => e.sql !== sql)].slice(0, this.max);
    this.save(next);
    return next;
  }

  clear(): void {
    try {
      this.storage?.removeItem(HISTORY_KEY);
    } catch {
      /* storage unavailable: nothing to clear */
    }
  }

  private save(list: HistoryEntry[]) {
    try {
      this.storage?.setItem(HISTORY_KEY, JSON.stringify(list));
    } catch {
      // Quota exceeded (very long queries): keep the newer half.
      if (list.length > 1) this.save(list.slice(0, Math.ceil(list.length / 2)));
    }
  }
}
