/** Entry of the report parser: bytes → ParsedReport. Never throws. */
import { decode } from './decode';
import type { ParsedReport } from './types';

export const PARSER_VERSION = '0.0.1';

export function rejected(source: string, reason: string): ParsedReport {
  return { source, status: 'rejected', reason, agency: null, year: null, published: null, format: null, t2: {}, t3: {}, t4: {}, flags: [] };
}

export async function parseReport(input: Uint8Array, source: string): Promise<ParsedReport> {
  try {
    const d = decode(input);
    if (!d.ok) return rejected(source, d.reason);
    return rejected(source, `${d.kind} input: parser not implemented yet`);
  } catch (e) {
    return rejected(source, `internal parser error: ${(e as Error)?.message ?? String(e)}`);
  }
}
