import { describe, expect, it } from 'vitest';
import { HISTORY_KEY, HistoryStore } from './history';

class MemStorage {
  data = new Map<string, string>();
  quota = Infinity;
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (v.length > this.quota) throw new Error('QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

describe('HistoryStore', () => {
  it('keeps the newest 50, newest first, without duplicates', () => {
    const s = new MemStorage();
    const h = new HistoryStore(s);
    for (let i = 0; i < 60; i++) h.add({ sql: `SELECT ${i}`, at: new Date(i * 1000).toISOString() });
    h.add({ sql: '  SELECT 30 ', at: 'later' });
    const list = h.list();
    expect(list).toHaveLength(50);
    expect(list[0]).toEqual({ sql: 'SELECT 30', at: 'later' });
    expect(list.filter((e) => e.sql === 'SELECT 30')).toHaveLength(1);
    expect(list[1].sql).toBe('SELECT 59');
    expect(list.some((e) => e.sql === 'SELECT 5')).toBe(false);
    expect(new HistoryStore(s).list()).toEqual(list);
  });

  it('survives corrupt storage, missing storage and quota errors', () => {
    const s = new MemStorage();
    s.setItem(HISTORY_KEY, '{not json');
    expect(new HistoryStore(s).list()).toEqual([]);
    s.setItem(HISTORY_KEY, JSON.stringify([{ sql: 1 }, { sql: 'SELECT 1', at: 'x' }]));
    expect(new HistoryStore(s).list()).toEqual([{ sql: 'SELECT 1', at: 'x' }]);
    expect(new HistoryStore(undefined).add({ sql: 'SELECT 1', at: 'x' })).toHaveLength(1);
    const small = new MemStorage();
    const h = new HistoryStore(small);
    for (let i = 0; i < 10; i++) h.add({ sql: `SELECT ${i}`, at: 'x' });
    small.quota = 150;
    h.add({ sql: 'SELECT ' + 'x'.repeat(40), at: 'y' });
    const kept = h.list();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept[0].sql).toContain('xxxx');
  });

  it('ignores empty queries and clears', () => {
    const s = new MemStorage();
    const h = new HistoryStore(s);
    h.add({ sql: '   ', at: 'x' });
    expect(h.list()).toEqual([]);
    h.add({ sql: 'SELECT 1', at: 'x' });
    h.clear();
    expect(h.list()).toEqual([]);
  });
});
