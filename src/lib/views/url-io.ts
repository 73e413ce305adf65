/** The dashboard's URL I/O bound to SvelteKit (the filter model itself stays framework-free). */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { UrlIO } from '$lib/dashboard/url-state';

export const urlIO: UrlIO = {
  read: () => new URLSearchParams(page.url.searchParams),
  write: (params, { push }) => {
    const q = params.toString();
    return goto(`${page.url.pathname}${q ? `?${q}` : ''}`, { replaceState: !push, keepFocus: true, noScroll: true });
  }
};
