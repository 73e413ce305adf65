/** Parse throughput benchmark (filled in below). */
import type { BenchResult } from './bench-command';
export async function bench(): Promise<BenchResult> {
  return { part: 'parse', figures: {}, lines: ['parse bench: not implemented yet'] };
}
