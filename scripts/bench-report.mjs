#!/usr/bin/env node
// Prints a bench JSON (gongkai bench --json FILE) as the Markdown tables of docs/PERFORMANCE.md.
//   node scripts/bench-report.mjs [reports/bench.json]
import { readFileSync } from 'node:fs';

const b = JSON.parse(readFileSync(process.argv[2] ?? 'reports/bench.json', 'utf8'));
const m = b.machine;
const fmt = (v) => (v === null || v === undefined ? 'not measured' : typeof v === 'number' ? v.toLocaleString('en-US') : String(v));
const out = [];
out.push(`Run: ${b.date} (${b.seconds} s), git ${m.git_head}, build snapshot of ${b.build_snapshot_of ?? 'n/a'}.`);
out.push(`Machine: ${m.cpus} × ${m.cpu_model}, ${m.mem_total_mb} MB RAM, Node ${m.node}, ${m.chromium}; ` +
  `load average ${m.load_average.join(' / ')} at start, ${b.machine_end.load_average.join(' / ')} at end (1 / 5 / 15 min).`, '');
out.push('| target | figure | limit | result |', '|---|---|---|---|');
for (const t of b.targets) out.push(`| \`${t.key}\` | ${fmt(t.value)} | ${t.op} ${t.limit.toLocaleString('en-US')} ${t.unit} | **${t.result}** |`);
out.push('', '| other figure | value |', '|---|---|');
const skip = new Set(['date', 'seconds', 'machine', 'machine_end', 'build_snapshot_of', 'targets', 'errors', 'parts', ...b.targets.map((t) => t.key)]);
for (const [k, v] of Object.entries(b)) if (!skip.has(k)) out.push(`| \`${k}\` | ${fmt(v).replaceAll('|', '\\|')} |`);
if (Object.keys(b.errors ?? {}).length) out.push('', `Errors: ${Object.entries(b.errors).map(([k, v]) => `${k}: ${v.split('\n')[0]}`).join('; ')}`);
console.log(out.join('\n'));
