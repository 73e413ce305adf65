/**
 * Character shingles, one-permutation MinHash (with rotation densification) and LSH banding: near-duplicate
 * candidates among many texts without comparing every pair.
 */

/** FNV-1a over a window of UTF-16 units. */
function fnv(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Sorted distinct hashes of the k-character shingles of s. */
export function shingles(s: string, k = 5): Uint32Array {
  if (s.length < k) return new Uint32Array(0);
  const a = new Uint32Array(s.length - k + 1);
  for (let i = 0; i + k <= s.length; i++) a[i] = fnv(s, i, i + k);
  a.sort();
  let w = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) a[w++] = a[i];
  return a.slice(0, w);
}

/** |A ∩ B| for sorted distinct arrays. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { n++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return n;
}

/** Share of A's shingles found in B (the "重复率" of A against B). */
export function containment(a: Uint32Array, b: Uint32Array): number {
  return a.length ? intersectionSize(a, b) / a.length : 0;
}

export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const i = intersectionSize(a, b);
  const u = a.length + b.length - i;
  return u ? i / u : 0;
}

const EMPTY = 0xffffffff;

/** One-permutation MinHash: one hash per shingle, minimum per bin, empty bins filled from the next bin. */
export function minhash(hashes: Uint32Array, bins = 64): Uint32Array {
  const sig = new Uint32Array(bins).fill(EMPTY);
  for (let i = 0; i < hashes.length; i++) {
    const h = mix(hashes[i]);
    const b = h % bins;
    const v = mix(h ^ 0x9e3779b9);
    if (v < sig[b]) sig[b] = v;
  }
  if (!hashes.length) return sig;
  for (let b = 0; b < bins; b++) {
    if (sig[b] !== EMPTY) continue;
    let t = (b + 1) % bins;
    let step = 1;
    while (sig[t] === EMPTY) { t = (t + 1) % bins; step++; }
    sig[b] = mix(sig[t] + step * 0x61c88647);
  }
  return sig;
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
  return eq / a.length;
}

/**
 * LSH banding: items whose signatures agree on all rows of at least one band. With 16 bands × 4 rows the
 * chance of becoming a candidate is 1 − (1 − J⁴)¹⁶: 0.63 at J = 0.4, 0.98 at J = 0.6.
 * `skip(i, j)` drops pairs that need no comparison (same agency …). Buckets larger than maxBucket are template
 * text shared by very many reports and are ignored.
 */
export function lshPairs(sigs: Uint32Array[], bands = 16, rows = 4, skip?: (i: number, j: number) => boolean, maxBucket = 500): [number, number][] {
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = sigs.length;
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const s = sigs[i];
      let key = '';
      for (let r = 0; r < rows; r++) key += s[band * rows + r].toString(36) + ',';
      const list = buckets.get(key);
      if (list) list.push(i); else buckets.set(key, [i]);
    }
    for (const list of buckets.values()) {
      if (list.length < 2 || list.length > maxBucket) continue;
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x];
          const j = list[y];
          const id = i * n + j;
          if (seen.has(id) || skip?.(i, j)) continue;
          seen.add(id);
          pairs.push([i, j]);
        }
      }
    }
  }
  return pairs;
}

/** Count-min sketch of small counts (saturating at 65535): how many agencies hold a shingle, in bounded memory. */
export class CountMin {
  private readonly rows: Uint16Array[];
  private readonly mask: number;
  constructor(logWidth = 20, depth = 3) {
    this.mask = (1 << logWidth) - 1;
    this.rows = Array.from({ length: depth }, () => new Uint16Array(1 << logWidth));
  }
  private slot(h: number, r: number): number {
    return mix(h ^ Math.imul(r + 1, 0x9e3779b1)) & this.mask;
  }
  add(h: number): void {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      const s = this.slot(h, r);
      if (row[s] < 0xffff) row[s]++;
    }
  }
  estimate(h: number): number {
    let m = 0xffff;
    for (let r = 0; r < this.rows.length; r++) m = Math.min(m, this.rows[r][this.slot(h, r)]);
    return m;
  }
}

/** 53-bit hash of a whole string (two FNV-style 32-bit lanes). */
export function hash53(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (mix(h1) & 0x1fffff) * 0x100000000 + mix(h2);
}
