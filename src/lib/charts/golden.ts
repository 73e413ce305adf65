import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A committed golden option (src/lib/charts/golden/<name>.json). */
export function golden(name: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`./golden/${name}.json`, import.meta.url)), 'utf8'));
}

/** An option as it would travel as JSON: also proves it holds no functions, bigint or undefined. */
export function asJson(option: unknown): unknown {
  return JSON.parse(JSON.stringify(option));
}
