/**
 * `gongkai` command dispatcher. Each subcommand lives in its own module and is loaded lazily,
 * so adding one is a single entry in COMMANDS.
 */
export interface Subcommand {
  summary: string;
  usage: string;
  /** Returns the exit code: 0 handled, 2 bad arguments. */
  load: () => Promise<{ main: (args: string[]) => Promise<number> }>;
}

export const COMMANDS: Record<string, Subcommand> = {
  parse: {
    summary: 'parse report files (HTML, TXT, MD, DOCX, PDF; UTF-8 or GBK) and run the single-report rules',
    usage: 'gongkai parse FILE… [--json] [--with-text]',
    load: () => import('./parse-command')
  },
  bench: {
    summary: 'run the benchmarks and print/write the figures',
    usage: 'gongkai bench [--only PART] [--json FILE]',
    load: () => import('./bench-command')
  },
  ingest: {
    summary: 'parse every report under PATHs, run all rules, write the Parquet dataset + manifest.json + rejects.csv atomically',
    usage: 'gongkai ingest PATH… --out DIR [--agencies FILE]',
    load: () => import('./ingest-command')
  },
  generate: {
    summary: 'write a synthetic dataset (labelled synthetic) with planted anomalies and their ground truth',
    usage: 'gongkai generate --out DIR [--agencies N] [--years 2019-2025] [--seed S] [--render N]',
    load: () => import('./generate-command')
  }
};

export function usage(): string {
  const lines = ['usage: gongkai <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${c.usage.padEnd(52)} ${c.summary}`);
  return lines.join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return 0;
  }
  const cmd = name ? COMMANDS[name] : undefined;
  if (!cmd) {
    process.stderr.write((name ? `unknown command: ${name}\n\n` : '') + usage() + '\n');
    return 2;
  }
  const mod = await cmd.load();
  return mod.main(rest);
}
