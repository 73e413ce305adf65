import { describe, expect, it } from 'vitest';
import { defaultFilters } from '../dashboard/filters';
import { parseEmbedRequest, MAX_PARAM_LENGTH } from './params';
import { embedUrl, escapeHtml, fullViewUrl, iframeSnippet } from './snippet';
import { EMBEDS, NO_PARAMS, chartView, embedChart } from './registry';

const P = (s: string) => new URLSearchParams(s);

describe('embed parameters', () => {
  it('accepts a registered chart with filters and theme', () => {
    const r = parseEmbedRequest('trend', P('dataset=demo&years=2021-2023&province=福建省&theme=dark&junk=1'), 'sample');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.chart.id).toBe('trend');
    expect(r.filters).toMatchObject({ dataset: 'demo', years: [2021, 2023], province: '福建省' });
    expect(r.theme).toBe('dark');
    expect(r.datasetGiven).toBe(true);
  });

  it.each([
    ['<script>alert(1)</script>', ''],
    ['"><img src=x onerror=alert(1)>', ''],
    ["trend'; DROP TABLE reports; --", ''],
    ['x'.repeat(10_000), '']
  ])('refuses unknown chart names with a text message', (id, q) => {
    const r = parseEmbedRequest(id, P(q), 'sample');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('没有名为');
      expect(r.message.length).toBeLessThan(120);
    }
  });

  it('refuses over-long values, ignores bad dataset names and themes', () => {
    const long = parseEmbedRequest('trend', P(`province=${'省'.repeat(MAX_PARAM_LENGTH + 1)}`), 'sample');
    expect(long).toMatchObject({ ok: false });
    const bad = parseEmbedRequest('trend', P('dataset=../../etc&theme=<b>&format=<script>'), 'sample');
    expect(bad.ok && bad.filters.dataset).toBe('sample');
    expect(bad.ok && bad.filters.format).toBeNull();
    expect(bad.theme).toBe('light');
  });

  it('page parameters: agency and agencies are required where the chart needs them; metric only from the list', () => {
    expect(parseEmbedRequest('agency-trend', P(''), 'sample')).toMatchObject({ ok: false, message: expect.stringContaining('agency') });
    expect(parseEmbedRequest('compare', P('metric=grant_rate'), 'sample')).toMatchObject({ ok: false, message: expect.stringContaining('agencies') });
    const many = Array.from({ length: 13 }, (_, i) => `a${i}`).join(',');
    expect(parseEmbedRequest('compare', P(`agencies=${many}`), 'sample')).toMatchObject({ ok: false, message: expect.stringContaining('12') });
    const c = parseEmbedRequest('compare', P('agencies=a1,a2,a1&metric=grant_rate&province=福建省'), 'sample');
    expect(c.ok && c.params).toEqual({ agency: null, agencies: ['a1', 'a2'], metric: 'grant_rate' });
    expect(c.ok && c.filters.province).toBe('福建省');
    const bad = parseEmbedRequest('compare', P('agencies=a1&metric=DROP TABLE'), 'sample');
    expect(bad.ok && bad.params.metric).toBeNull();
    // The agency page ignores the global filters (only the dataset is kept).
    const a = parseEmbedRequest('agency-outcomes', P('agency=x1&dataset=demo&province=福建省'), 'sample');
    expect(a.ok && a.filters).toEqual({ ...defaultFilters('demo') });
    expect(a.ok && a.params.agency).toBe('x1');
  });

  it('hostile filter values stay plain values (compared, never parsed)', () => {
    const r = parseEmbedRequest('volume', P(`province=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`), 'sample');
    expect(r.ok && r.filters.province).toBe('"><img src=x onerror=alert(1)>');
  });
});

describe('embed snippet', () => {
  it('builds an embed URL that parses back to the same chart and filters', () => {
    const f = { ...defaultFilters('sample'), years: [2020, 2021] as [number, number], city: '平潭综合实验区' };
    const url = new URL(embedUrl('https://lens.example.org/app/', 'outcomes', f, 'dark'));
    expect(url.pathname).toBe('/app/embed/outcomes');
    const back = parseEmbedRequest('outcomes', url.searchParams, 'other');
    expect(back.ok && back.filters).toEqual(f);
    expect(back.theme).toBe('dark');
    expect(fullViewUrl('https://lens.example.org/app', '/', f, 'sample')).toBe(
      'https://lens.example.org/app/?years=2020-2021&city=%E5%B9%B3%E6%BD%AD%E7%BB%BC%E5%90%88%E5%AE%9E%E9%AA%8C%E5%8C%BA'
    );
  });

  it('puts the page parameters in the embed URL and the full view', () => {
    const f = { ...defaultFilters('sample'), years: [2020, 2021] as [number, number] };
    const url = new URL(embedUrl('https://lens.example.org/', 'compare', f, 'light', { agencies: ['a1', 'a2'], metric: 'grant_rate' }));
    expect(url.searchParams.get('agencies')).toBe('a1,a2');
    const back = parseEmbedRequest('compare', url.searchParams, 'other');
    expect(back.ok && back.params).toEqual({ agency: null, agencies: ['a1', 'a2'], metric: 'grant_rate' });
    expect(back.ok && back.filters).toEqual(f);
    const view = chartView(embedChart('compare')!, back.ok ? back.params : NO_PARAMS);
    expect(fullViewUrl('https://lens.example.org/', view, f, 'sample')).toBe('https://lens.example.org/compare?agencies=a1%2Ca2&metric=grant_rate&years=2020-2021');
    expect(chartView(embedChart('agency-trend')!, { ...NO_PARAMS, agency: 'x/1' })).toBe('/agency/x%2F1');
  });

  it('escapes the title and URL in the iframe snippet', () => {
    const snippet = iframeSnippet('https://h.example/embed/trend?province=%22%3E', '"><script>x</script>', 420);
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(snippet).toContain('height="420"');
    expect(snippet).toContain('e.origin!=="https://h.example"');
    expect(snippet.match(/<script>/g)).toHaveLength(1);
    expect(escapeHtml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
  });

  it('every registered chart has a unique id, titles in both languages and a full view', () => {
    expect(new Set(EMBEDS.map((e) => e.id)).size).toBe(EMBEDS.length);
    for (const e of EMBEDS) {
      expect(embedChart(e.id)).toBe(e);
      expect(e.id).toMatch(/^[a-z0-9-]+$/);
      expect(e.title).toMatch(/[\u4e00-\u9fff]/);
      expect(e.titleEn).toMatch(/[A-Za-z]/);
      expect(chartView(e, { ...NO_PARAMS, agency: 'a1', agencies: ['a1', 'a2'] }).startsWith('/')).toBe(true);
    }
  });
});
