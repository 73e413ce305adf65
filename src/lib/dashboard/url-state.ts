/** Reading and writing view state in the URL through injected I/O (the routes pass SvelteKit's page/goto). */
import { decodeFilters, encodeFilters, withFilter, type Filters } from './filters';

export interface UrlIO {
  read(): URLSearchParams;
  /** Called only when the params changed. `push` false = replace the current history entry. */
  write(params: URLSearchParams, opts: { push: boolean }): void | Promise<void>;
}

/** Applies `mutate` to a copy of the current params and writes them if anything changed. */
export function updateParams(io: UrlIO, mutate: (p: URLSearchParams) => void, push = true): void | Promise<void> {
  const before = io.read();
  const next = new URLSearchParams(before);
  mutate(next);
  if (canonical(next) !== canonical(before)) return io.write(next, { push });
}

const canonical = (p: URLSearchParams): string => {
  const c = new URLSearchParams(p);
  c.sort();
  return c.toString();
};

export function readFilters(io: UrlIO, defaultDataset: string): Filters {
  return decodeFilters(io.read(), defaultDataset);
}

/** Writes a filter change; a dataset change also drops page params that name rows of the old dataset. */
export function writeFilters(io: UrlIO, defaultDataset: string, patch: Partial<Filters>): void | Promise<void> {
  const current = readFilters(io, defaultDataset);
  const next = withFilter(current, patch);
  return updateParams(io, (p) => {
    if (next.dataset !== current.dataset) for (const k of ['agencies', 'agency', 'cell']) p.delete(k);
    const enc = encodeFilters(next, defaultDataset, p);
    for (const k of [...p.keys()]) p.delete(k);
    for (const [k, v] of enc) p.append(k, v);
  });
}

/** Sets or removes one page param (`null`/'' removes it, so defaults never reach the URL). */
export function writeParam(io: UrlIO, key: string, value: string | null, push = true): void | Promise<void> {
  return updateParams(io, (p) => (value === null || value === '' ? p.delete(key) : p.set(key, value)), push);
}

/** A comma-separated list param (`agencies=a,b`), de-duplicated, order kept. */
export function readList(params: URLSearchParams, key: string): string[] {
  const v = params.get(key);
  if (!v) return [];
  return [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))];
}

export function writeList(io: UrlIO, key: string, values: string[], push = true): void | Promise<void> {
  const uniq = [...new Set(values)];
  return writeParam(io, key, uniq.length ? uniq.join(',') : null, push);
}
