import { describe, expect, it } from 'vitest';
import { e2eSummary, unitSummary } from './test.mjs';

describe('npm test summaries', () => {
  it('reads vitest JSON counts', () => {
    expect(unitSummary({ numPassedTests: 7, numFailedTests: 2, numPendingTests: 1, numTodoTests: 1 })).toEqual({ passed: 7, failed: 2, skipped: 2 });
  });
  it('reads Playwright stats, counting flaky as passed and errors outside tests separately', () => {
    expect(e2eSummary({ stats: { expected: 5, unexpected: 1, flaky: 2, skipped: 1 }, errors: [{}] })).toEqual({
      passed: 7, failed: 1, skipped: 1, flaky: 2, errors: 1
    });
    expect(e2eSummary({})).toEqual({ passed: 0, failed: 0, skipped: 0, flaky: 0, errors: 0 });
  });
});
