// What an embed page shows, on embed data built from the real sample (per-report form) and from the same dataset
// forced into the grouped form with county and city left out (as for a very large dataset).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEmbedData } from '../../../scripts/build-embed-data.mjs';
import { embedRows, parseEmbedData, type EmbedData } from './embed-data';
import { parseEmbedRequest, type EmbedRequest } from './params';
import { EMBEDS, embedChart } from './registry';
import { embedView, exampleParams } from './view-model';

const ROOT = resolve(import.meta.dirname, '../../..');
let small: EmbedData;
let coarse: EmbedData;

async function datasetDir(): Promise<string> {
  const sample = join(ROOT, 'datasets/sample');
  const m = existsSync(join(sample, 'manifest.json')) ? JSON.parse(readFileSync(join(sample, 'manifest.json'), 'utf8')) : null;
  if (m?.tables?.reports && m.tables.reports.rows > 0) return sample;
  const out = join(await mkdtemp(join(tmpdir(), 'gongkai-embed-vm-')), 'ds');
  execFileSync(process.execPath, [join(ROOT, 'bin/gongkai.mjs'), 'ingest', join(ROOT, 'datasets/sources'), '--out', out], { stdio: 'ignore' });
  return out;
}

const load = (path: string) => parseEmbedData(JSON.parse(readFileSync(path, 'utf8')));

beforeAll(async () => {
  const dir = await datasetDir();
  small = load((await buildEmbedData(dir, await mkdtemp(join(tmpdir(), 'gongkai-embed-vm-s-')))).path);
  coarse = load((await buildEmbedData(dir, await mkdtemp(join(tmpdir(), 'gongkai-embed-vm-g-')), { maxRows: 10, maxGroups: 3 })).path);
}, 180_000);

const req = (chart: string, q: string): Extract<EmbedRequest, { ok: true }> => {
  const r = parseEmbedRequest(chart, new URLSearchParams(q), 'sample');
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('embed view on the real sample', () => {
  it('every registered chart draws from the per-report embed data, with its example parameters', () => {
    for (const e of EMBEDS) {
      const p = exampleParams(e, small);
      const q = new URLSearchParams();
      if (p.agency) q.set('agency', p.agency);
      if (p.agencies) q.set('agencies', p.agencies.join(','));
      const v = embedView(req(e.id, q.toString()), small, 'zh');
      expect(v.message, e.id).toBeNull();
      expect(v.rows.length, e.id).toBeGreaterThan(0);
      expect(v.option, e.id).not.toBeNull();
      expect(v.columns.length, e.id).toBeGreaterThan(1);
    }
  });

  it('agency charts are titled with the agency name and link to the agency page; compare links with its agencies', () => {
    const id = exampleParams(embedChart('agency-trend')!, small).agency!;
    const name = embedRows(small).find((r) => r.agency_id === id)?.agency_name;
    const v = embedView(req('agency-trend', `agency=${id}`), small, 'zh');
    expect(v.title).toBe(`${name} · 年度趋势`);
    expect(v.view).toBe(`/agency/${id}`);
    expect(v.rows.every((r) => r.agency_id === id)).toBe(true);
    const ids = exampleParams(embedChart('compare')!, small).agencies!;
    const c = embedView(req('compare', `agencies=${ids.join(',')}&metric=grant_rate`), small, 'en');
    expect(c.title).toBe('Grant rate · by year');
    expect(c.columns).toEqual(['agency_name', 'year', 'grant_rate']);
    expect(c.view).toBe(`/compare?agencies=${encodeURIComponent(ids.join(','))}&metric=grant_rate`);
  });

  it('unknown agency ids are named in a message, as text', () => {
    const v = embedView(req('agency-outcomes', 'agency=<img src=x>'), small, 'zh');
    expect(v.message).toContain('“<img src=x>”');
    expect(v.option).toBeNull();
  });

  it('the flags heatmap keeps at most 25 agencies; coverage lists agencies with no report as missing', () => {
    const h = embedView(req('flags-heatmap', ''), small, 'zh');
    expect(new Set(h.rows.map((r) => r.agency_id)).size).toBeLessThanOrEqual(25);
    expect(h.height).toMatch(/^\d+px$/);
    const c = embedView(req('coverage', ''), small, 'zh');
    expect(c.rows.some((r) => r.status === 'missing')).toBe(true);
    expect(new Set(c.rows.map((r) => r.agency_id)).size).toBe(small.agencies!.rows.length);
  });
});

describe('embed view on grouped data without county/city', () => {
  it('was built grouped without county and city', () => {
    expect(coarse.form).toBe('groups');
    expect(coarse.columns).not.toContain('county');
    expect(coarse.columns).not.toContain('city');
  });

  it('a county or city filter gives a clear message instead of an empty chart', () => {
    const county = embedRows(small).find((r) => r.county)!;
    for (const chart of ['trend', 'review', 'reports-per-year']) {
      const v = embedView(req(chart, `county=${encodeURIComponent(String(county.county))}`), coarse, 'zh');
      expect(v.message, chart).toContain('不能按县筛选');
      expect(v.option).toBeNull();
      const both = embedView(req(chart, `city=${encodeURIComponent(String(county.city))}&county=x`), coarse, 'zh');
      expect(both.message, chart).toContain('不能按市、县筛选');
    }
    // The same filter on the per-report data draws the chart.
    const ok = embedView(req('trend', `county=${encodeURIComponent(String(county.county))}`), small, 'zh');
    expect(ok.message).toBeNull();
    expect(ok.rows.length).toBeGreaterThan(0);
    // Filters the grouped data can answer still draw.
    const prov = embedView(req('review', `province=${encodeURIComponent(String(county.province))}`), coarse, 'zh');
    expect(prov.message).toBeNull();
    expect(prov.rows.length).toBeGreaterThan(0);
  });

  it('agency-level charts say why they cannot be served from grouped data', () => {
    for (const [chart, q] of [['compare', 'agencies=a,b'], ['agency-trend', 'agency=a'], ['coverage', '']]) {
      const v = embedView(req(chart, q), coarse, 'zh');
      expect(v.message, chart).toContain('只含分组汇总');
    }
  });

  it('a lite dataset (report index only) serves only the per-year chart', () => {
    const lite: EmbedData = { ...small, table: 'reports_index', columns: ['agency_name', 'region', 'year', 'format'], rows: [['某局', '某地', 2021, '2021']], flags: undefined, agencies: undefined };
    expect(embedView(req('reports-per-year', ''), lite, 'zh').message).toBeNull();
    expect(embedView(req('review', ''), lite, 'zh').message).toContain('不含此图');
  });
});
