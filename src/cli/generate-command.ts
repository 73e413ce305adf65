/** `gongkai generate --out DIR [--agencies N] [--years 2019-2025] [--seed S] [--render N]` (docs/REPORT-JSON.md). */
import { runGenerate, TOP_UP_NOTE } from './generate/run-generate';

const USAGE = 'usage: gongkai generate --out DIR [--agencies N] [--years 2019-2025] [--seed S] [--render N] [--anomaly-scale X] [--title T] [--no-index] [--quiet]';

export async function main(args: string[]): Promise<number> {
  let out: string | undefined;
  let agencies = 1000;
  let years: [number, number] = [2019, 2025];
  let seed = 1;
  let render = 0;
  let anomalyScale = 1;
  let title: string | undefined;
  let index = true;
  let quiet = false;
  const bad = (m: string) => { process.stderr.write(`${m}\n${USAGE}\n`); return 2; };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const v = args[i + 1];
    const int = () => { i++; const n = Number(v); return Number.isInteger(n) && n >= 0 ? n : NaN; };
    if (a === '--out' || a === '-o') { if (v === undefined) return bad('--out needs a value'); out = v; i++; }
    else if (a === '--agencies') { agencies = int(); if (!(agencies > 0)) return bad('--agencies must be a positive integer'); }
    else if (a === '--seed') { seed = int(); if (Number.isNaN(seed)) return bad('--seed must be a non-negative integer'); }
    else if (a === '--render') { render = int(); if (Number.isNaN(render)) return bad('--render must be a non-negative integer'); }
    else if (a === '--anomaly-scale') { anomalyScale = Number(v); i++; if (!(anomalyScale >= 0)) return bad('--anomaly-scale must be ≥ 0'); }
    else if (a === '--title') { title = v; i++; }
    else if (a === '--years') {
      const m = /^(\d{4})(?:-(\d{4}))?$/.exec(v ?? '');
      i++;
      if (!m) return bad('--years must look like 2019-2025');
      years = [Number(m[1]), Number(m[2] ?? m[1])];
      if (years[0] > years[1] || years[0] < 2019) return bad('--years: from ≥ 2019 and from ≤ to');
    } else if (a === '--no-index') index = false;
    else if (a === '--quiet' || a === '-q') quiet = true;
    else if (a === '--help' || a === '-h') { process.stdout.write(`${USAGE}\nSynthetic (labelled 合成数据). ${TOP_UP_NOTE}.\n`); return 0; }
    else return bad(`unknown argument: ${a}`);
  }
  if (!out) return bad('missing --out DIR');
  await runGenerate({ out, agencies, years, seed, render, anomalyScale, title, index, quiet });
  return 0;
}
