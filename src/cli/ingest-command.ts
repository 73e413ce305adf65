/** `gongkai ingest PATH… --out DIR [--agencies FILE] [--title T] [--quiet]` (docs/REPORT-JSON.md). */
import { runIngest } from './ingest/run-ingest';

const USAGE = 'usage: gongkai ingest PATH… --out DIR [--agencies FILE] [--title TITLE] [--no-index] [--quiet]';

export async function main(args: string[]): Promise<number> {
  const paths: string[] = [];
  let out: string | undefined;
  let agenciesFile: string | undefined;
  let title: string | undefined;
  let index = true;
  let quiet = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--out' || a === '-o') out = value();
      else if (a === '--agencies') agenciesFile = value();
      else if (a === '--title') title = value();
      else if (a === '--no-index') index = false;
      else if (a === '--quiet' || a === '-q') quiet = true;
      else if (a === '--help' || a === '-h') { process.stdout.write(USAGE + '\n'); return 0; }
      else if (a.startsWith('-')) { process.stderr.write(`unknown option: ${a}\n${USAGE}\n`); return 2; }
      else paths.push(a);
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
  }
  if (!out || paths.length === 0) {
    process.stderr.write(`${!out ? 'missing --out DIR' : 'no input paths'}\n${USAGE}\n`);
    return 2;
  }
  // Test hook (atomic-write test): stop between writing the new dataset and swapping it into place.
  const hold = Number(process.env.GONGKAI_INGEST_HOLD_BEFORE_COMMIT_MS ?? 0);
  const beforeCommit = hold > 0
    ? async () => { process.stderr.write('ingest: holding before commit\n'); await new Promise((r) => setTimeout(r, hold)); }
    : undefined;
  const { missing } = await runIngest({ paths, out, agenciesFile, title, index, quiet, beforeCommit });
  if (missing.length) {
    process.stderr.write(`not found: ${missing.join(', ')}\n`);
    return 2;
  }
  return 0;
}
