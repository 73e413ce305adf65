import { describe, expect, it } from 'vitest';
import { buildChartOption, CHART_KINDS, isChartKind } from './registry';
import { buildTopNBarOption } from './top-n-bar';
import { NEW_RECEIVED_2024, PINGTAN_YEARS } from './fixtures/pingtan';

describe('chart registry', () => {
  it('names every builder once', () => {
    expect(CHART_KINDS).toEqual([
      'top-n-bar', 'trend', 'stacked', 'review-outcomes', 'applicant-mix', 'grouped-bar', 'heatmap', 'small-multiples', 'result', 'coverage'
    ]);
    expect(isChartKind('stacked')).toBe(true);
    expect(isChartKind('pie')).toBe(false);
  });

  it('dispatches to the builder of the kind', () => {
    expect(buildChartOption('top-n-bar', NEW_RECEIVED_2024, { n: 3 })).toEqual(buildTopNBarOption(NEW_RECEIVED_2024, { n: 3 }));
    const trend = buildChartOption('trend', PINGTAN_YEARS, { lang: 'en' }) as { title: { text: string } };
    expect(trend.title.text).toBe('New requests');
  });

  it('gives every builder a default title in both languages', () => {
    const titles = (['stacked', 'review-outcomes', 'applicant-mix', 'grouped-bar', 'heatmap', 'coverage'] as const).map((k) =>
      (buildChartOption(k, [], { lang: 'en' } as never) as { title: { text: string } }).title.text
    );
    expect(titles).toEqual([
      'Outcomes of requests', 'Review and litigation outcomes', 'Who made the requests',
      'Licensing, penalty and coercion decisions', 'Flags by agency and rule', 'Report publication'
    ]);
  });
});

describe('no rows', () => {
  it.each(CHART_KINDS)('%s builds a JSON option that ECharts renders', async (kind) => {
    const { echarts, ensureModules } = await import('./echarts');
    await ensureModules(null, 'svg');
    const { attachFormatters } = await import('./formatters');
    const opts = kind === 'result' ? { kind: 'bar', x: 'a', y: ['b'] } : {};
    const option = buildChartOption(kind, [], opts as never);
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
    chart.setOption(attachFormatters(option, 'zh'));
    expect(chart.renderToSVGString()).toContain('<svg');
    chart.dispose();
  });
});
