/**
 * Splitting runs of glued digits into table cells. A reading is kept only when it is the unique one that is
 * consistent with the table's own identities; otherwise the cells stay null. Numbers have no leading zeros,
 * whitespace is always a cell boundary, one token may hold several cells. Searches are capped.
 */
import type { ValueToken } from './values';

export interface Piece {
  value: number;
  raw: string;
  start: number;
  end: number;
  blank?: boolean;
}

export type Reading = Piece[];

export interface EnumerateOptions {
  /** Maximum search nodes before giving up (result null). */
  cap?: number;
  /** `accept` is "the first n−1 cells sum to the last" (表三 rows): lets a long run be searched by that sum. */
  rowSum?: boolean;
  /** `accept` is "in every block of this many cells the last is the sum of the others" (表四): searched so. */
  blockSum?: number;
  /** Maximum readings kept. */
  maxReadings?: number;
}

const PART = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const DEFAULT_CAP = 20000;
/** Longest cell text considered (beyond this a number is not a table count). */
const MAX_PART = 16;

const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Value of a token that is one cell as a whole (`1,234`), or null. */
function groupedValue(text: string): number | null {
  return GROUPED.test(text) ? Number(text.replace(/,/g, '')) : null;
}

function digitCount(t: ValueToken): number {
  if (t.kind === 'blank' || t.text.includes(',')) return 1;
  let n = 0;
  for (let i = 0; i < t.text.length; i++) { const c = t.text.charCodeAt(i); if (c >= 48 && c <= 57) n++; }
  return n;
}

function hasInnerSign(s: string): boolean {
  for (let i = 1; i < s.length; i++) { const c = s.charCodeAt(i); if (c === 43 || c === 45) return true; }
  return false;
}

/** Signs inside a token start a new cell: `88-720` → `88`, `-720`. */
export function splitAtSigns(tokens: ValueToken[]): ValueToken[] {
  if (!tokens.some((t) => t.kind === 'num' && hasInnerSign(t.text))) return tokens;
  const out: ValueToken[] = [];
  for (const t of tokens) {
    if (t.kind === 'blank') { out.push(t); continue; }
    let from = 0;
    for (let i = 1; i < t.text.length; i++) {
      const c = t.text[i];
      if (c === '+' || c === '-') {
        out.push({ ...t, text: t.text.slice(from, i), start: t.start + from, end: t.start + i, unit: undefined });
        from = i;
      }
    }
    out.push({ ...t, text: t.text.slice(from), start: t.start + from, end: t.end });
  }
  return out;
}

/**
 * Every way to read the tokens as exactly n cells, filtered by `accept`. Null when the search exceeded its cap
 * or more than maxReadings readings were accepted.
 */
export function enumerateReadings(tokens: ValueToken[], n: number, accept?: (vals: number[]) => boolean, opts: EnumerateOptions = {}): Reading[] | null {
  const toks = splitAtSigns(tokens);
  const cap = opts.cap ?? DEFAULT_CAP;
  if (toks.length > n || toks.some((t) => t.text.length > MAX_PART * n)) return toks.length > n ? [] : null;
  const maxReadings = opts.maxReadings ?? 2000;
  const caps = toks.map(digitCount);
  const suffixCap: number[] = new Array(toks.length + 1).fill(0);
  for (let i = toks.length - 1; i >= 0; i--) suffixCap[i] = suffixCap[i + 1] + caps[i];
  const results: Reading[] = [];
  const cur: Piece[] = [];
  const vals: number[] = [];
  let nodes = 0;
  let aborted = false;

  const rec = (ti: number, pos: number): void => {
    if (aborted) return;
    if (++nodes > cap) { aborted = true; return; }
    if (ti === toks.length) {
      if (cur.length === n && (!accept || accept(vals))) {
        results.push(cur.slice());
        if (results.length > maxReadings) aborted = true;
      }
      return;
    }
    const t = toks[ti];
    const need = n - cur.length;
    const laterTokens = toks.length - ti - 1;
    if (need <= 0) return;
    if (t.kind === 'blank') {
      if (need - 1 > suffixCap[ti + 1] || need - 1 < laterTokens) return;
      cur.push({ value: 0, raw: t.text, start: t.start, end: t.end, blank: true });
      vals.push(0);
      rec(ti + 1, 0);
      cur.pop(); vals.pop();
      return;
    }
    const s = t.text;
    const grouped = s.includes(',') ? groupedValue(s) : null;
    if (grouped !== null || s.includes(',')) {
      if (grouped === null || need - 1 > suffixCap[ti + 1] || need - 1 < laterTokens) return;
      cur.push({ value: grouped, raw: s, start: t.start, end: t.end });
      vals.push(grouped);
      rec(ti + 1, 0);
      cur.pop(); vals.pop();
      return;
    }
    const dig = digitSuffix(s);
    const last = Math.min(s.length, pos + MAX_PART);
    for (let e = pos + 1; e <= last; e++) {
      const part = s.slice(pos, e);
      if (!PART.test(part)) {
        if (part.length > 1 && part[part[0] === '+' || part[0] === '-' ? 1 : 0] === '0' && !part.includes('.')) {
          // a leading zero can only be followed by '.', which this part lacks: longer parts fail too unless '.' comes
          if (s[e] !== '.') break;
        }
        continue;
      }
      if (s[e] === '.') continue;
      const restDigits = dig[e];
      const remaining = need - 1;
      const maxLater = restDigits + suffixCap[ti + 1];
      const minLater = (e < s.length ? 1 : 0) + laterTokens;
      if (remaining > maxLater || remaining < minLater) continue;
      cur.push({ value: Number(part), raw: part, start: t.start + pos, end: t.start + e });
      vals.push(Number(part));
      if (e === s.length) rec(ti + 1, 0); else rec(ti, e);
      cur.pop(); vals.pop();
      if (aborted) return;
    }
  };
  rec(0, 0);
  return aborted ? null : results;
}

const suffixCache = new Map<string, Int32Array>();
/** dig[i] = number of digits in s[i…]. */
function digitSuffix(s: string): Int32Array {
  let d = suffixCache.get(s);
  if (d) return d;
  d = new Int32Array(s.length + 1);
  for (let i = s.length - 1; i >= 0; i--) { const c = s.charCodeAt(i); d[i] = d[i + 1] + (c >= 48 && c <= 57 ? 1 : 0); }
  if (suffixCache.size > 256) suffixCache.clear();
  suffixCache.set(s, d);
  return d;
}

/** Cells on which every reading agrees (same characters read); others null. */
export function agreedCells(readings: Reading[], n: number): (Piece | null)[] {
  const out: (Piece | null)[] = new Array(n).fill(null);
  if (readings.length === 0) return out;
  for (let i = 0; i < n; i++) {
    const p = readings[0][i];
    if (readings.every((r) => r[i] && r[i].start === p.start && r[i].end === p.end)) out[i] = p;
  }
  return out;
}

export type RowStatus = 'unique' | 'short' | 'empty' | 'ambiguous' | 'unsolvable';

export interface RowSplit {
  cells: (Piece | null)[];
  status: RowStatus;
  /** Readings still possible for an ambiguous row (for a search across rows). */
  readings?: Reading[];
  /** True when the row does not satisfy `accept` under any reading. */
  inconsistent?: boolean;
}

function totalDigits(tokens: ValueToken[]): number {
  return splitAtSigns(tokens).reduce((s, t) => s + digitCount(t), 0);
}

/**
 * Read one row of n cells. Fewer digits than cells: values in reading order, trailing cells null ('short').
 * Otherwise: the unique reading; else the unique reading satisfying `accept`; else ambiguous.
 */
export function splitRow(tokens: ValueToken[], n: number, accept?: (vals: number[]) => boolean, opts: EnumerateOptions = {}): RowSplit {
  if (tokens.length === 0) return { cells: new Array(n).fill(null), status: 'empty' };
  const toks = splitAtSigns(tokens);
  if (totalDigits(toks) < n) {
    const cells: (Piece | null)[] = [];
    for (const t of toks) {
      if (t.kind === 'blank') { cells.push({ value: 0, raw: t.text, start: t.start, end: t.end, blank: true }); continue; }
      if (/^\d+$/.test(t.text)) {
        for (let i = 0; i < t.text.length; i++) cells.push({ value: Number(t.text[i]), raw: t.text[i], start: t.start + i, end: t.start + i + 1 });
      } else if (PART.test(t.text) || groupedValue(t.text) !== null) {
        cells.push({ value: PART.test(t.text) ? Number(t.text) : groupedValue(t.text)!, raw: t.text, start: t.start, end: t.end });
      } else {
        return { cells: new Array(n).fill(null), status: 'unsolvable' };
      }
    }
    while (cells.length < n) cells.push(null);
    return { cells: cells.slice(0, n), status: 'short' };
  }
  const fast = trivialReading(toks, n);
  if (fast) return { cells: fast, status: 'unique', inconsistent: accept ? !accept(fast.map((p) => p.value)) : undefined };
  const all = enumerateReadings(toks, n, undefined, opts);
  if (all === null && accept && opts.rowSum && toks.length === 1 && /^\d+$/.test(toks[0].text)) {
    // Too many readings to list: list those whose first cells add up to the last (few), searched by that sum.
    const ok = rowSumReadings(toks[0], n);
    if (ok === null || ok.length === 0) return { cells: new Array(n).fill(null), status: 'unsolvable', inconsistent: ok !== null };
    if (ok.length === 1) return { cells: ok[0], status: 'unique' };
    return { cells: agreedCells(ok, n), status: 'ambiguous', readings: ok };
  }
  if (all === null && accept && opts.blockSum && n % opts.blockSum === 0 && toks.length === 1 && /^\d+$/.test(toks[0].text)) {
    const ok = blockSumReadings(toks[0], n, opts.blockSum);
    if (ok === null || ok.length === 0) return { cells: new Array(n).fill(null), status: 'unsolvable', inconsistent: ok !== null };
    if (ok.length === 1) return { cells: ok[0], status: 'unique' };
    return { cells: agreedCells(ok, n), status: 'ambiguous', readings: ok };
  }
  if (all === null) return { cells: new Array(n).fill(null), status: 'unsolvable' };
  if (all.length === 0) return { cells: new Array(n).fill(null), status: 'unsolvable' };
  if (all.length === 1) return { cells: all[0], status: 'unique', inconsistent: accept ? !accept(all[0].map((p) => p.value)) : undefined };
  if (!accept) return { cells: agreedCells(all, n), status: 'ambiguous', readings: all };
  const ok = all.filter((r) => accept(r.map((p) => p.value)));
  if (ok.length === 1) return { cells: ok[0], status: 'unique' };
  const pool = ok.length ? ok : all;
  return { cells: agreedCells(pool, n), status: 'ambiguous', readings: pool, inconsistent: ok.length === 0 };
}

/**
 * Every reading of one digit token as n cells whose first n−1 add up to the last: the last cell is each suffix in
 * turn, the others are searched with their running sum bounded by it. Null past the cap or 2000 readings.
 */
function rowSumReadings(t: ValueToken, n: number, cap = 200000): Reading[] | null {
  const s = t.text;
  const out: Reading[] = [];
  let nodes = 0;
  const ok = (a: number, b: number) => b - a <= MAX_PART && (s[a] !== '0' || b - a === 1);
  const piece = (a: number, b: number): Piece => ({ value: Number(s.slice(a, b)), raw: s.slice(a, b), start: t.start + a, end: t.start + b });
  for (let ts = s.length - 1; ts >= n - 1; ts--) {
    if (!ok(ts, s.length)) continue;
    const total = Number(s.slice(ts));
    const cur: Piece[] = [];
    const rec = (pos: number, k: number, sum: number): boolean => {
      if (++nodes > cap) return false;
      if (k === n - 1) {
        if (pos === ts && sum === total) out.push([...cur, piece(ts, s.length)]);
        return out.length <= 2000;
      }
      for (let e = pos + 1; e <= ts - (n - 2 - k); e++) {
        if (!ok(pos, e)) break;
        const p = piece(pos, e);
        if (sum + p.value > total) break;
        cur.push(p);
        if (!rec(e, k + 1, sum + p.value)) return false;
        cur.pop();
      }
      return true;
    };
    if (!rec(0, 0, 0)) return null;
  }
  return out;
}

/**
 * Every reading of one digit token as n cells in blocks of k whose last cell is the sum of the block's others: the
 * k−1 cells are searched, the sum must then be the next digits. Null past the cap or 2000 readings.
 */
function blockSumReadings(t: ValueToken, n: number, k: number, cap = 400000): Reading[] | null {
  const s = t.text;
  const out: Reading[] = [];
  const cur: Piece[] = [];
  let nodes = 0;
  const ok = (a: number, b: number) => b - a <= MAX_PART && (s[a] !== '0' || b - a === 1);
  const piece = (a: number, b: number): Piece => ({ value: Number(s.slice(a, b)), raw: s.slice(a, b), start: t.start + a, end: t.start + b });
  const rec = (pos: number, cell: number, sum: number): boolean => {
    if (++nodes > cap) return false;
    if (cell === n) {
      if (pos === s.length) out.push(cur.slice());
      return out.length <= 2000;
    }
    const left = n - cell;
    if (s.length - pos < left) return true;
    if (cell % k === k - 1) {
      const want = String(sum);
      if (!s.startsWith(want, pos)) return true;
      cur.push(piece(pos, pos + want.length));
      const go = rec(pos + want.length, cell + 1, 0);
      cur.pop();
      return go;
    }
    for (let e = pos + 1; e <= s.length - (left - 1); e++) {
      if (!ok(pos, e)) break;
      const p = piece(pos, e);
      // the block's sum is at least this partial sum and needs its digits after the block's other cells
      if (String(sum + p.value).length > s.length - e - (k - 2 - (cell % k)) - (n - (Math.floor(cell / k) + 1) * k)) break;
      cur.push(p);
      const go = rec(e, cell + 1, sum + p.value);
      cur.pop();
      if (!go) return false;
    }
    return true;
  };
  return rec(0, 0, 0) ? out : null;
}

/** The only reading when there are exactly n tokens that are each one valid cell, or n single digits. */
function trivialReading(toks: ValueToken[], n: number): Reading | null {
  if (toks.length === n) {
    const out: Reading = [];
    for (const t of toks) {
      if (t.kind === 'blank') { out.push({ value: 0, raw: t.text, start: t.start, end: t.end, blank: true }); continue; }
      const v = PART.test(t.text) ? Number(t.text) : groupedValue(t.text);
      if (v === null) return null;
      out.push({ value: v, raw: t.text, start: t.start, end: t.end });
    }
    return out;
  }
  let len = 0;
  for (const t of toks) { if (t.kind !== 'num' || !/^\d+$/.test(t.text)) return null; len += t.text.length; }
  if (len !== n) return null;
  const out: Reading = [];
  for (const t of toks) for (let i = 0; i < t.text.length; i++) out.push({ value: t.text.charCodeAt(i) - 48, raw: t.text[i], start: t.start + i, end: t.start + i + 1 });
  return out;
}

/** A linear identity over cells: sum(plus) === sum(minus). Cells are [rowIndex, colIndex]. */
export interface Identity {
  plus: [number, number][];
  minus: [number, number][];
}

/**
 * Resolve ambiguous rows jointly: try combinations of their readings and keep the unique combination that
 * satisfies every identity whose value depends on the choice and whose cells are all known.
 * Returns the chosen reading per ambiguous row index, or null (none or several, or over the cap).
 */
export function solveAcrossRows(rows: RowSplit[], identities: Identity[], cap = 200000): Map<number, Reading> | null {
  const amb = rows.map((r, i) => (r.status === 'ambiguous' && r.readings && r.readings.length > 1 ? i : -1)).filter((i) => i >= 0);
  if (amb.length === 0) return null;
  let product = 1;
  for (const i of amb) { product *= rows[i].readings!.length; if (product > cap) return null; }
  const ambSet = new Set(amb);
  // Only identities that touch a cell whose value differs between readings carry information.
  const varies = (ri: number, ci: number) => {
    const rs = rows[ri].readings!;
    const v = rs[0][ci]?.value;
    return rs.some((r) => r[ci]?.value !== v);
  };
  const useful = identities.filter((id) => {
    const cells = [...id.plus, ...id.minus];
    if (!cells.some(([r, c]) => ambSet.has(r) && varies(r, c))) return false;
    return cells.every(([r, c]) => ambSet.has(r) || rows[r]?.cells[c] != null);
  });
  if (useful.length === 0) return null;
  const choice: Reading[] = new Array(rows.length);
  const value = (r: number, c: number): number => (ambSet.has(r) ? choice[r][c].value : rows[r].cells[c]!.value);
  let found: Reading[] | null = null;
  let count = 0;
  const rec = (k: number): boolean => {
    if (k === amb.length) {
      for (const id of useful) {
        let s = 0;
        for (const [r, c] of id.plus) s += value(r, c);
        for (const [r, c] of id.minus) s -= value(r, c);
        if (Math.abs(s) > 1e-9) return false;
      }
      count++;
      if (count === 1) found = amb.map((i) => choice[i]);
      return count > 1;
    }
    for (const rd of rows[amb[k]].readings!) {
      choice[amb[k]] = rd;
      if (rec(k + 1)) return true;
    }
    return false;
  };
  rec(0);
  if (count !== 1 || !found) return null;
  const out = new Map<number, Reading>();
  amb.forEach((i, j) => out.set(i, found![j]));
  return out;
}

/**
 * Every value each of the n cells takes over all readings of the tokens (no identity applied), or null when the
 * tokens cannot be read as n cells. Exhaustive and cheap (a search over text positions, not over readings), so a
 * rule can ask whether an identity can hold under any reading of a digit run the parser left null. With `signed`,
 * only the cells it names may read a negative value (表二: counts are never negative, changes can be).
 */
export function cellOptions(tokens: ValueToken[], n: number, signed?: (cell: number) => boolean): number[][] | null {
  const toks = splitAtSigns(tokens);
  if (toks.length > n || toks.some((t) => t.text.length > MAX_PART * n)) return null;
  const memo = new Map<number, boolean>();
  const width = Math.max(...toks.map((t) => t.text.length), 1) + 1;
  const keyOf = (ti: number, pos: number, k: number) => (ti * width + pos) * (n + 1) + k;
  /** The cells one step from (ti, pos): [value, next ti, next pos]. */
  const steps = (ti: number, pos: number, k: number): [number, number, number][] => {
    const t = toks[ti];
    if (t.kind === 'blank') return [[0, ti + 1, 0]];
    const s = t.text;
    if (s.includes(',')) { const g = groupedValue(s); return g === null ? [] : [[g, ti + 1, 0]]; }
    const out: [number, number, number][] = [];
    for (let e = pos + 1; e <= Math.min(s.length, pos + MAX_PART); e++) {
      const part = s.slice(pos, e);
      if (!PART.test(part) || s[e] === '.' || (signed && part[0] === '-' && !signed(k))) continue;
      out.push(e === s.length ? [Number(part), ti + 1, 0] : [Number(part), ti, e]);
    }
    return out;
  };
  const feasible = (ti: number, pos: number, k: number): boolean => {
    if (ti === toks.length) return k === n;
    if (k >= n) return false;
    const key = keyOf(ti, pos, k);
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const ok = steps(ti, pos, k).some(([, nt, np]) => feasible(nt, np, k + 1));
    memo.set(key, ok);
    return ok;
  };
  if (!feasible(0, 0, 0)) return null;
  const sets: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  const seen = new Set<number>();
  const walk = (ti: number, pos: number, k: number): void => {
    if (ti === toks.length) return;
    const key = keyOf(ti, pos, k);
    if (seen.has(key)) return;
    seen.add(key);
    for (const [v, nt, np] of steps(ti, pos, k)) {
      if (!feasible(nt, np, k + 1)) continue;
      sets[k].add(v);
      walk(nt, np, k + 1);
    }
  };
  walk(0, 0, 0);
  return sets.map((s) => [...s].sort((a, b) => a - b));
}

/**
 * Resolve ambiguous rows jointly by a backtracking search (bounded by each identity's reachable range), for tables
 * with many ambiguous rows where the product of readings is too large to list. Only identities whose every cell is
 * read or in an ambiguous row take part; the rows they involve are resolved when exactly one combination of their
 * readings satisfies them all. Returns those rows' readings, or null (none, several, or over the cap).
 */
export function solveJoint(rows: RowSplit[], identities: Identity[], cap = 400000): Map<number, Reading> | null {
  const isVar = (r: number) => rows[r]?.status === 'ambiguous' && (rows[r].readings?.length ?? 0) > 1;
  const usable = identities.filter((id) => {
    const cells = [...id.plus, ...id.minus];
    return cells.some(([r]) => isVar(r)) && cells.every(([r, c]) => isVar(r) || rows[r]?.cells[c] != null);
  });
  if (!usable.length) return null;
  const vars = [...new Set(usable.flatMap((id) => [...id.plus, ...id.minus].map(([r]) => r).filter(isVar)))]
    .sort((a, b) => rows[a].readings!.length - rows[b].readings!.length);
  const pos = new Map(vars.map((r, i) => [r, i]));
  // Per identity: constant part, and per variable row (by order) its contribution under each of its readings.
  const ids = usable.map((id) => {
    let constant = 0;
    const contrib = new Map<number, number[]>();
    for (const [list, sign] of [[id.plus, 1], [id.minus, -1]] as const) {
      for (const [r, c] of list) {
        if (!isVar(r)) { constant += sign * rows[r].cells[c]!.value; continue; }
        const v = pos.get(r)!;
        const prev = contrib.get(v) ?? new Array(rows[r].readings!.length).fill(0);
        rows[r].readings!.forEach((rd, k) => { prev[k] += sign * rd[c].value; });
        contrib.set(v, prev);
      }
    }
    const lo = new Map<number, number>();
    const hi = new Map<number, number>();
    for (const [v, xs] of contrib) { lo.set(v, Math.min(...xs)); hi.set(v, Math.max(...xs)); }
    return { constant, contrib, lo, hi };
  });
  const byVar = vars.map((_, v) => ids.filter((id) => id.contrib.has(v)));
  const choice = new Array<number>(vars.length).fill(-1);
  let nodes = 0;
  let found: number[] | null = null;
  let count = 0;
  const fits = (id: (typeof ids)[number], upTo: number): boolean => {
    let s = id.constant;
    let lo = 0;
    let hi = 0;
    for (const [v, xs] of id.contrib) {
      if (v <= upTo) s += xs[choice[v]];
      else { lo += id.lo.get(v)!; hi += id.hi.get(v)!; }
    }
    return s + lo <= 1e-9 && s + hi >= -1e-9;
  };
  const rec = (v: number): boolean => {
    if (v === vars.length) {
      count++;
      if (count === 1) found = choice.slice();
      return count > 1;
    }
    const n = rows[vars[v]].readings!.length;
    for (let k = 0; k < n; k++) {
      if (++nodes > cap) { count = 2; return true; }
      choice[v] = k;
      if (byVar[v].every((id) => fits(id, v)) && rec(v + 1)) return true;
    }
    choice[v] = -1;
    return false;
  };
  rec(0);
  if (count !== 1 || !found) return null;
  const out = new Map<number, Reading>();
  vars.forEach((r, v) => out.set(r, rows[r].readings![found![v]]));
  return out;
}
