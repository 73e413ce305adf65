import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { echarts, ensureModules, needsExtras } from './echarts';
import { attachFormatters } from './formatters';
import { golden } from './golden';
import type { ChartOption } from './common';

const names = readdirSync(fileURLToPath(new URL('./golden', import.meta.url))).map((f) => f.replace(/\.json$/, ''));

afterEach(() => vi.restoreAllMocks());

describe('every golden option renders with the registered ECharts modules', () => {
  it.each(names)('%s', async (name) => {
    const option = golden(name) as ChartOption & { title: { text: string } | { text: string }[] };
    await ensureModules(option, 'svg');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 500 });
    chart.setOption(attachFormatters(option, name.endsWith('.en') ? 'en' : 'zh'));
    const svg = chart.renderToSVGString();
    chart.dispose();
    const title = Array.isArray(option.title) ? option.title[0].text : option.title.text;
    expect(svg).toContain(title);
    expect(svg).toContain('Microsoft YaHei');
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});

describe('modules loaded with the page vs on demand', () => {
  it('every golden series type is registered up front or flagged for the on-demand modules', () => {
    const core = new Set(['bar', 'line', 'heatmap']);
    const types = new Set<string>();
    for (const name of names) {
      const series = (golden(name) as { series?: { type: string }[] }).series ?? [];
      for (const s of series) types.add(s.type);
      const extra = series.some((s) => !core.has(s.type));
      expect(needsExtras(golden(name)), name).toBe(extra);
    }
    expect([...types].sort()).toEqual(expect.arrayContaining(['bar', 'heatmap', 'line', 'pie']));
    expect(needsExtras({ series: [{ type: 'bar' }] }, 'svg')).toBe(true);
    expect(ensureModules({ series: [{ type: 'line' }] })).toBeNull();
  });
});

describe('attachFormatters', () => {
  type Axis = { axisLabel: { formatter: (v: unknown) => string } };
  type Out = { yAxis: Axis; xAxis: Axis; tooltip: { valueFormatter: (v: unknown) => string }; series: { label: { formatter: (p: { value: unknown }) => string } }[] };

  it('writes value axes, tooltips and labels with 万/亿', () => {
    const out = attachFormatters(golden('top-n-bar.zh') as ChartOption, 'zh') as unknown as Out;
    expect(out.xAxis.axisLabel.formatter(123456789)).toBe('1.23亿');
    expect(out.tooltip.valueFormatter(18651.06)).toBe('1.87万');
    expect(out.series[0].label.formatter({ value: 218 })).toBe('218');
    expect(out.series[0].label.formatter({ value: null })).toBe('—');
  });

  it('keeps percent templates and shows tooltips with %', () => {
    const opt = { yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } }, tooltip: { trigger: 'axis' } } as ChartOption;
    const out = attachFormatters(opt, 'en') as unknown as Out;
    expect(out.yAxis.axisLabel.formatter).toBe('{value}%');
    expect(out.tooltip.valueFormatter(32.6)).toBe('32.6%');
  });

  it('does not touch the input option and leaves given formatters alone', () => {
    const input = golden('trend.zh') as ChartOption & { yAxis: { axisLabel?: unknown } };
    attachFormatters(input, 'en');
    expect(input.yAxis.axisLabel).toBeUndefined();
    const withFormatter = { tooltip: { formatter: '{b}' } } as ChartOption;
    expect(attachFormatters(withFormatter, 'zh')).toEqual(withFormatter);
  });

  it('formats small-multiple axes in English', () => {
    const out = attachFormatters(golden('small-multiples.zh') as ChartOption, 'en') as unknown as { yAxis: Axis[] };
    expect(out.yAxis[1].axisLabel.formatter(25000)).toBe('25K');
  });
});
