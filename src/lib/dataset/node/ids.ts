import { createHash } from 'node:crypto';

/** Name normalised for identity: no whitespace, full-width brackets/dots folded, case folded. */
export function normaliseName(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')').toLowerCase();
}

/** Stable agency id: first 12 hex digits of sha256(normalised name + '|' + region). */
export function agencyId(name: string, region: string | null): string {
  return createHash('sha256').update(`${normaliseName(name)}|${normaliseName(region ?? '')}`).digest('hex').slice(0, 12);
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
