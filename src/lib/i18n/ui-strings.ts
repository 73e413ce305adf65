/** Common UI and chart strings: key → [zh-CN, en]. */
export const UI_STRINGS: Record<string, readonly [zh: string, en: string]> = {
  'app.name': ['政务公开年报透视', 'Gongkai Lens'],
  'lang.switch': ['English', '中文'],
  'lang.name': ['中文', 'English'],

  'action.download_png': ['下载PNG', 'Download PNG'],
  'action.download_csv': ['下载CSV', 'Download CSV'],
  'action.download_json': ['下载JSON', 'Download JSON'],
  'action.data_table': ['数据表', 'Data table'],
  'action.show_table': ['显示数据表', 'Show data table'],
  'action.hide_table': ['隐藏数据表', 'Hide data table'],
  'action.embed': ['嵌入', 'Embed'],
  'action.retry': ['重试', 'Retry'],
  'action.copy': ['复制', 'Copy'],
  'action.chart_actions': ['图表操作', 'Chart actions'],

  'state.loading': ['加载中', 'Loading'],
  'state.loading_chart': ['图表加载中…', 'Loading chart…'],
  'state.empty': ['暂无数据', 'No data'],
  'state.error': ['出错了：{message}', 'Something went wrong: {message}'],
  'state.rows': ['共 {n} 行', '{n} rows'],

  'badge.synthetic': ['合成数据', 'Synthetic data'],
  'badge.synthetic_note': ['本数据集由程序生成，仅供演示，不反映任何真实年报。', 'This dataset is generated for demonstration and describes no real report.'],
  'badge.real': ['真实数据', 'Real data'],
  'badge.real_note': ['数据取自已公开的政府信息公开工作年度报告。', 'Figures are taken from published annual reports.'],

  'chart.rest': ['其他 {n} 个单位', '{n} other agencies'],
  'chart.median': ['同类单位中位数', 'Peer median'],
  'chart.count': ['数量', 'Count'],
  'chart.share': ['占比', 'Share'],
  'chart.year': ['年度', 'Year'],
  'chart.agency': ['单位', 'Agency'],
  'chart.rule': ['规则', 'Rule'],
  'chart.flags': ['问题数', 'Flags'],
  'chart.value': ['数值', 'Value'],
  'chart.total': ['合计', 'Total'],
  'chart.desc.bar': ['柱状图，共 {n} 项；最大值：{max}。', 'Bar chart of {n} items; largest: {max}.'],
  'chart.desc.trend': ['折线图，{n} 条序列，年度 {from}–{to}。', 'Line chart, {n} series, years {from}–{to}.'],
  'chart.desc.stacked': ['堆叠柱状图，{n} 个类别，{k} 个组成部分。', 'Stacked bar chart of {n} categories with {k} parts.'],
  'chart.desc.stacked_percent': ['百分比堆叠柱状图，{n} 个类别，{k} 个组成部分。', 'Percent-stacked bar chart of {n} categories with {k} parts.'],
  'chart.desc.pie': ['环形图，{k} 个组成部分，合计 {total}。', 'Donut chart of {k} parts, total {total}.'],
  'chart.desc.grouped': ['分组柱状图，{n} 个类别，每组 {k} 项。', 'Grouped bar chart of {n} categories, {k} bars each.'],
  'chart.desc.heatmap': ['热力图，{rows} 个单位 × {cols} 条规则；最大值 {max}。', 'Heatmap of {rows} agencies × {cols} rules; largest {max}.'],
  'chart.desc.small_multiples': ['小多图，{n} 个单位，各含同类中位数参考线。', 'Small multiples for {n} agencies, each with the peer median.'],
  'chart.desc.result': ['{kind}图，横轴 {x}，纵轴 {y}，共 {n} 行。', '{kind} chart, x: {x}, y: {y}, {n} rows.'],
  'chart.desc.coverage': [
    '发布情况矩阵，{rows} 个单位 × {cols} 个年度：按时 {on_time}，逾期 {late}，缺失 {missing}，日期不明 {unknown}。',
    'Publication matrix of {rows} agencies × {cols} years: {on_time} on time, {late} late, {missing} missing, {unknown} date unknown.'
  ],
  'chart.title.coverage': ['年报发布情况', 'Report publication'],
  'coverage.days_late': ['逾期 {d} 天', '{d} days late'],
  'chart.kind.bar': ['柱状', 'Bar'],
  'chart.kind.line': ['折线', 'Line'],
  'chart.kind.scatter': ['散点', 'Scatter'],

  'coverage.on_time': ['按时发布', 'On time'],
  'coverage.late': ['逾期发布', 'Late'],
  'coverage.missing': ['缺失', 'Missing'],
  'coverage.unknown': ['发布日期不明', 'Date unknown'],

  'applicant.legal': ['法人或其他组织', 'Legal persons and other organisations'],

  'severity.error': ['错误', 'Error'],
  'severity.warning': ['警告', 'Warning'],
  'severity.info': ['提示', 'Info']
};
