/** Links between dashboard pages that keep the user's global filters (dataset, years, region …). */
import { base } from '$app/paths';
import { encodeFilters } from '$lib/dashboard/filters';
import { dataset } from './dataset.svelte';

export function href(path: string, extra: Record<string, string | null | undefined> = {}): string {
  const p = encodeFilters(dataset.filters, dataset.defaultName);
  for (const [k, v] of Object.entries(extra)) if (v) p.set(k, v);
  const q = p.toString();
  return `${base}${path}${q ? `?${q}` : ''}`;
}

export const reportHref = (id: string, cell?: string | null) => href(`/report/${encodeURIComponent(id)}`, { cell });
export const agencyHref = (id: string) => href(`/agency/${encodeURIComponent(id)}`);
