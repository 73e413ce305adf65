#!/usr/bin/env node
// npm test: vitest (JSON → reports/unit.json) then Playwright (JSON → reports/e2e.json); prints both summaries.
//   npm test -- --unit | --e2e   run one runner only
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS = join(ROOT, 'reports');
const UNIT = join(REPORTS, 'unit.json');
const E2E = join(REPORTS, 'e2e.json');
const bin = (p) => join(ROOT, 'node_modules', p);

/** Counts from vitest's JSON reporter. */
export function unitSummary(json) {
  return { passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0, skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0) };
}

/** Counts from Playwright's JSON reporter (flaky tests passed on retry: counted as passed). */
export function e2eSummary(json) {
  const s = json.stats ?? {};
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: s.unexpected ?? 0,
    skipped: s.skipped ?? 0,
    flaky: s.flaky ?? 0,
    /** Errors outside tests (web server, config); they fail the run. */
    errors: (json.errors ?? []).length
  };
}

function run(label, cmd, args, env = {}) {
  console.log(`\n[test] ${label}: ${[cmd, ...args].map((a) => a.replace(ROOT + '/', '')).join(' ')}\n`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const only = new Set(process.argv.slice(2).filter((a) => a === '--unit' || a === '--e2e'));
  const want = (k) => only.size === 0 || only.has(k);
  mkdirSync(REPORTS, { recursive: true });
  const lines = [];
  let failed = false;

  if (want('--unit')) {
    rmSync(UNIT, { force: true });
    const code = run('unit', process.execPath, [bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT}`]);
    const json = readJson(UNIT);
    if (!json) lines.push(`unit (vitest):      no report written (exit ${code})`);
    else {
      const s = unitSummary(json);
      lines.push(`unit (vitest):      ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped  → reports/unit.json`);
    }
    failed ||= code !== 0 || !json;
  }

  if (want('--e2e')) {
    rmSync(E2E, { force: true });
    const code = run('e2e', process.execPath, [bin('@playwright/test/cli.js'), 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: E2E });
    const json = readJson(E2E);
    if (!json) lines.push(`e2e (playwright):   no report written (exit ${code})`);
    else {
      const s = e2eSummary(json);
      const errs = s.errors ? `, ${s.errors} errors outside tests` : '';
      lines.push(`e2e (playwright):   ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped, ${s.flaky} flaky${errs}  → reports/e2e.json`);
    }
    failed ||= code !== 0 || !json;
  }

  console.log(`\n[test] summary\n${lines.map((l) => `  ${l}`).join('\n')}\n  result: ${failed ? 'FAILED' : 'ok'}`);
  process.exit(failed ? 1 : 0);
}
