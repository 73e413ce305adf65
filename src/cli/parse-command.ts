/** `gongkai parse FILE… [--json] [--with-text]` (docs/REPORT-JSON.md). */
import { readFile } from 'node:fs/promises';
import { parseReport } from '../lib/report/parse';
import type { ParsedReport } from '../lib/report/types';

const USAGE = 'usage: gongkai parse FILE… [--json] [--with-text]';

function rejectedForRead(source: string, err: unknown): ParsedReport {
  const code = (err as NodeJS.ErrnoException)?.code;
  const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot read file (${code ?? String(err)})`;
  return { source, status: 'rejected', reason, agency: null, year: null, published: null, format: null, t2: {}, t3: {}, t4: {}, flags: [] };
}

function summary(r: ParsedReport): string {
  if (r.status === 'rejected') return `${r.source}\trejected\t${r.reason}`;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of r.flags) counts[f.severity]++;
  const total = r.t3.total_processed?.total;
  return [
    r.source, 'parsed', r.input ?? '', `format ${r.format ?? '?'}`, r.agency ?? '(agency unknown)', r.year ?? '(year unknown)',
    `处理总计 ${total ?? 'null'}`, `flags ${counts.error} error / ${counts.warning} warning / ${counts.info} info`
  ].join('\t');
}

export async function main(args: string[]): Promise<number> {
  let json = false;
  let withText = false;
  const files: string[] = [];
  let endOfFlags = false;
  for (const a of args) {
    if (!endOfFlags && a === '--') endOfFlags = true;
    else if (!endOfFlags && a === '--json') json = true;
    else if (!endOfFlags && a === '--with-text') withText = true;
    else if (!endOfFlags && (a === '--help' || a === '-h')) {
      process.stdout.write(USAGE + '\n');
      return 0;
    } else if (!endOfFlags && a.startsWith('-') && a !== '-') {
      process.stderr.write(`unknown option: ${a}\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write(`no files given\n${USAGE}\n`);
    return 2;
  }
  const out: ParsedReport[] = [];
  for (const f of files) {
    let r: ParsedReport;
    try {
      const bytes = new Uint8Array(await readFile(f));
      r = await parseReport(bytes, f);
    } catch (e) {
      r = rejectedForRead(f, e);
    }
    if (!withText) delete r.text;
    if (json) out.push(r);
    else process.stdout.write(summary(r) + '\n');
  }
  if (json) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return 0;
}
