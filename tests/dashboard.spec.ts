// Dashboard routes on datasets/sample (the served build/datasets/sample): real reports, numbers checked against
// native DuckDB on the same Parquet files.
import { readFile } from 'node:fs/promises';
import { test, expect, chartReady } from './fixtures';
import { SEED_FILE, expectClean, native, originOf } from './dashboard-native';

async function seedReportId(): Promise<string> {
  const [r] = await native<{ report_id: string }>(`SELECT report_id FROM reports WHERE source_file = 'seed/000_1869ea635e2008ab.txt'`);
  expect(r, 'the seed report is in the sample dataset').toBeTruthy();
  return r.report_id;
}

const reportReady = (page: import('@playwright/test').Page) =>
  expect(page.locator('article[data-report-id]')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });

test.describe('report page', () => {
  test('the seed report: broken 表三 columns and the spam ranges are highlighted, values as stored', async ({ page, watch }) => {
    const id = await seedReportId();
    await page.goto(`/report/${id}`);
    await reportReady(page);

    // T3-1 / T3-2 on the natural_person, legal_service and total columns (the seed's 表三 does not add up).
    for (const col of ['natural_person', 'legal_service', 'total']) {
      for (const row of ['new_received', 'total_processed']) {
        const cell = page.locator(`td[data-cell="t3.${row}.${col}"]`);
        await expect(cell).toHaveClass(/flagged/);
        await expect(cell).toHaveAttribute('tabindex', '0');
        const tipId = await cell.getAttribute('aria-describedby');
        expect(tipId).toBeTruthy();
        await expect(page.locator(`[id="${tipId}"]`)).toContainText(/T3-[12]/);
      }
    }
    // The columns the identities do not break stay plain.
    await expect(page.locator('td[data-cell="t3.total_processed.commercial"]')).not.toHaveClass(/flagged/);

    // 2019 format: 23 rows of 表三, one （六）其他处理 row.
    await expect(page.locator('table[data-table="t3"] tbody tr')).toHaveCount(23);
    await expect(page.locator('td[data-cell="t3.other.total.total"]')).toHaveCount(1);
    await expect(page.locator('table[data-table="t4"] td[data-cell]')).toHaveCount(15);

    // Every 表三 value drawn equals the stored cell (native DuckDB on the same Parquet).
    const cells = await native<{ row: string; col: string; value: number | null }>(`SELECT "row", col, value FROM t3_cells WHERE report_id = '${id}'`);
    expect(cells.length).toBeGreaterThan(100);
    for (const c of cells.filter((x) => x.col === 'total' || x.col === 'natural_person')) {
      await expect(page.locator(`td[data-cell="t3.${c.row}.${c.col}"]`)).toHaveText(new RegExp(`^\\s*${c.value === null ? '—' : c.value}\\b`));
    }

    // SPAM ranges of the normalised text are <mark>ed and hold the injected string.
    const spam = await native<{ cells: string }>(`SELECT cells FROM flags WHERE report_id = '${id}' AND rule = 'SPAM'`);
    expect(spam.length).toBeGreaterThan(0);
    const marks = page.locator('[data-report-text] mark[data-rules~="SPAM"]');
    await expect(marks).toHaveCount(spam.length);
    await expect(marks.first()).toContainText('体球网');

    // Source and publication date are shown.
    await expect(page.locator('[data-source-file]')).toHaveText('seed/000_1869ea635e2008ab.txt');
    await expect(page.locator('[data-published]')).toHaveText('2021-01-20');
    expectClean(watch, originOf(page));
  });

  test('?cell= scrolls to and focuses the cell; its explanation shows on focus and on hover', async ({ page, watch }) => {
    const id = await seedReportId();
    await page.goto(`/report/${id}?cell=t3.total_processed.total`);
    await reportReady(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('t3.total_processed.total');
    const pop = page.locator('[data-popover]');
    await expect(pop).toHaveCount(1);
    await expect(pop).toBeVisible();
    await expect(pop).toContainText('T3-2');
    expect(await page.locator('td[data-cell="t3.total_processed.total"]').isVisible()).toBe(true);

    // Keyboard: tab to the next flagged cell, the popover follows.
    await page.keyboard.press('Tab');
    await expect(pop).toBeVisible();
    // Hover on a SPAM mark.
    await page.locator('[data-report-text] mark[data-rules~="SPAM"]').first().hover();
    await expect(pop).toContainText('SPAM');

    // A text range deep link focuses its <mark>.
    const [spam] = await native<{ cells: string }>(`SELECT cells FROM flags WHERE report_id = '${id}' AND rule = 'SPAM' LIMIT 1`);
    const range = (JSON.parse(spam.cells) as string[]).find((c) => c.startsWith('text:'))!;
    await page.goto(`/report/${id}?cell=${range}`);
    await reportReady(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName + ' ' + document.activeElement?.getAttribute('data-cell'))).toBe(`MARK ${range}`);
    await expect(pop).toContainText('SPAM');
    expectClean(watch, originOf(page));
  });
});

test('anomalies: counts by rule equal native DuckDB; a row links to the highlighted cell', async ({ page, watch }) => {
  await page.goto('/anomalies');
  const counts = await native<{ rule: string; n: number }>(`SELECT rule, count(*)::INTEGER AS n FROM flags GROUP BY rule`);
  expect(counts.length).toBeGreaterThan(3);
  for (const c of counts) await expect(page.locator(`[data-rule-counts] [data-count="${c.rule}"]`)).toHaveText(String(c.n));
  await chartReady(page, 'top-n-bar');

  // Narrow to T3-2 errors and open the first one.
  await page.locator('select[name="rule"]').selectOption('T3-2');
  await expect(page).toHaveURL(/[?&]rule=T3-2/);
  const [{ n }] = await native<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM flags WHERE rule = 'T3-2'`);
  await expect(page.locator('#list-h')).toContainText(String(n));
  const link = page.locator('[data-anomaly-list] tr[data-rule="T3-2"] a[data-anomaly-link]').first();
  const href = (await link.getAttribute('href')) ?? '';
  const cell = new URL(href, 'http://x').searchParams.get('cell');
  expect(cell).toMatch(/^t3\./);
  await link.click();
  await expect(page).toHaveURL(/\/report\//);
  await reportReady(page);
  const target = page.locator(`td[data-cell="${cell}"]`);
  await expect(target).toHaveClass(/flagged/);
  await expect(target).toBeFocused();
  await expect(page.locator('[data-popover]')).toContainText('T3-2');
  expectClean(watch, originOf(page));
});

test('filters live in the URL: choose → URL → reload → back', async ({ page, watch }) => {
  await page.goto('/anomalies');
  await expect(page.locator('[data-rule-counts] [data-count]').first()).toBeVisible({ timeout: 60_000 });
  expect(new URL(page.url()).search).toBe('');

  const [{ province }] = await native<{ province: string }>(`SELECT province FROM reports GROUP BY province ORDER BY count(*) DESC LIMIT 1`);
  await page.locator('select[name="province"]').selectOption(province);
  await expect(page).toHaveURL(new RegExp(`province=${encodeURIComponent(province)}`));
  await page.locator('select[name="year_from"]').selectOption('2021');
  await expect(page).toHaveURL(/years=2021-\d{4}/);
  const url = page.url();
  // Only what was chosen: no defaults.
  expect([...new URL(url).searchParams.keys()].sort()).toEqual(['province', 'years']);

  const want = await native<{ rule: string; n: number }>(
    `SELECT f.rule, count(*)::INTEGER AS n FROM flags f LEFT JOIN reports r ON r.report_id = f.report_id LEFT JOIN agencies a ON a.agency_id = f.agency_id
     WHERE coalesce(r.province, a.province) = '${province}' AND f.year >= 2021 GROUP BY f.rule`
  );
  const check = async () => {
    for (const c of want) await expect(page.locator(`[data-rule-counts] [data-count="${c.rule}"]`)).toHaveText(String(c.n));
  };
  await check();
  await page.reload();
  await expect(page.locator('select[name="province"]')).toHaveValue(province);
  await expect(page.locator('select[name="year_from"]')).toHaveValue('2021');
  await check();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`province=${encodeURIComponent(province)}$`));
  await expect(page.locator('select[name="year_from"]')).toHaveValue('');
  await page.goForward();
  await expect(page.locator('select[name="year_from"]')).toHaveValue('2021');
  expectClean(watch, originOf(page));
});

test('coverage: on time / late / missing counts equal native DuckDB', async ({ page, watch }) => {
  await page.goto('/coverage');
  await chartReady(page, 'coverage');
  const [span] = await native<{ y0: number; y1: number }>(`SELECT min(year)::INTEGER AS y0, max(year)::INTEGER AS y1 FROM reports`);
  const [agencies] = await native<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM agencies`);
  const [st] = await native<{ late: number; on_time: number; cells: number }>(
    `SELECT count(*) FILTER (WHERE r.days_late > 0)::INTEGER AS late, count(*) FILTER (WHERE r.days_late <= 0)::INTEGER AS on_time,
       count(DISTINCT (a.agency_id, y.year))::INTEGER AS cells
     FROM agencies a CROSS JOIN (SELECT unnest(generate_series(${span.y0}, ${span.y1})) AS year) y
     LEFT JOIN reports r ON r.agency_id = a.agency_id AND r.year = y.year`
  );
  const [{ with_report }] = await native<{ with_report: number }>(
    `SELECT count(DISTINCT (agency_id, year))::INTEGER AS with_report FROM reports WHERE year BETWEEN ${span.y0} AND ${span.y1}`
  );
  expect(st.cells).toBe(agencies.n * (span.y1 - span.y0 + 1));
  await expect(page.locator('[data-count="late"]')).toHaveText(String(st.late));
  await expect(page.locator('[data-count="on_time"]')).toHaveText(String(st.on_time));
  await expect(page.locator('[data-count="missing"]')).toHaveText(String(st.cells - with_report));
  await expect(page.locator('[data-coverage] tbody tr')).toHaveCount(agencies.n);
  expectClean(watch, originOf(page));
});

test('compare: two agencies side by side with their peer median, values equal native DuckDB', async ({ page, watch }) => {
  const pair = await native<{ agency_id: string; n: number }>(
    `SELECT agency_id, count(*)::INTEGER AS n FROM reports GROUP BY agency_id ORDER BY n DESC, agency_id LIMIT 2`
  );
  await page.goto(`/compare?agencies=${pair.map((p) => p.agency_id).join(',')}`);
  await chartReady(page, 'small-multiples');
  const rows = await native<{ agency_id: string; year: number; new_received: number | null }>(
    `SELECT agency_id, year::INTEGER AS year, new_received FROM reports WHERE agency_id IN ('${pair[0].agency_id}', '${pair[1].agency_id}')`
  );
  for (const r of rows.filter((x) => x.new_received !== null).slice(0, 12)) {
    const years = await page.locator('[data-compare-table] thead th').allTextContents();
    const col = years.findIndex((y) => y.trim() === String(r.year));
    const cell = page.locator(`[data-compare-table] tr[data-agency="${r.agency_id}"] td`).nth(col - 1);
    await expect(cell.locator('a')).toHaveAttribute('data-value', String(r.new_received));
  }
  await expect(page.locator('[data-compare-table] tr.median').first()).toBeVisible();
  // Removing one agency updates the URL.
  await page.getByRole('button', { name: /移除|Remove/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`agencies=${pair[1].agency_id}$`));
  expectClean(watch, originOf(page));
});

test('agency page: reports, trends and flags of one agency', async ({ page, watch }) => {
  const [a] = await native<{ agency_id: string; n: number }>(`SELECT agency_id, count(*)::INTEGER AS n FROM reports GROUP BY agency_id ORDER BY n DESC, agency_id LIMIT 1`);
  await page.goto(`/agency/${a.agency_id}`);
  await chartReady(page, 'trend');
  await chartReady(page, 'stacked');
  await expect(page.locator('[data-agency-reports] tbody tr')).toHaveCount(a.n);
  expectClean(watch, originOf(page));
});

test('check: the seed file is parsed and checked in the browser, nothing is uploaded', async ({ page, watch }) => {
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' || (r.postData() ?? '').length > 0) posts.push(`${r.method()} ${r.url()}`);
  });
  await page.goto('/check');
  await page.locator('input[data-check-input]').setInputFiles(SEED_FILE);
  const result = page.locator('[data-check-result]');
  await expect(result).toBeVisible({ timeout: 60_000 });
  for (const rule of ['T3-1', 'T3-2', 'SPAM']) await expect(page.locator(`[data-flag-list] li[data-rule="${rule}"]`).first()).toBeVisible();
  for (const col of ['natural_person', 'legal_service', 'total']) {
    await expect(page.locator(`td[data-cell="t3.total_processed.${col}"]`)).toHaveClass(/flagged/);
  }
  await expect(page.locator('[data-report-text] mark[data-rules~="SPAM"]').first()).toContainText('体球网');
  // Compared with the dataset's reports of the same year.
  const [peer] = await native<{ n: number; med: number }>(
    `SELECT count(*)::INTEGER AS n, median(new_received)::DOUBLE AS med FROM reports WHERE year = 2020`
  );
  await expect(page.locator('#peers-h')).toContainText(String(peer.n));
  await expect(page.locator('[data-peers] tbody tr').first().locator('td').nth(1)).toHaveText(peer.med.toLocaleString('en-US'));
  // The file's content never left the page: no request other than GET, none with a body, none naming the file.
  const text = await readFile(SEED_FILE, 'utf8');
  expect(posts).toEqual([]);
  expect(watch.requests.filter((u) => u.includes('1869ea635e2008ab') || u.includes(encodeURIComponent(text.slice(0, 20))))).toEqual([]);
  expectClean(watch, originOf(page));
});
