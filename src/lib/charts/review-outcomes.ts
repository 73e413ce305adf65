import { T4_GROUPS } from '../report/model';
import { label, num, tr, type ChartOption, type Row } from './common';
import { buildStackedOption, type StackedOptions } from './stacked';

const OUTCOMES = ['upheld', 'corrected', 'other', 'pending'] as const;

export type ReviewOutcomesOptions = Omit<StackedOptions, 'category' | 'parts' | 'partLabels' | 'categoryLabels'>;

/**
 * 表四 outcomes (维持/纠正/其他/尚未审结) of 行政复议, 直接起诉 and 复议后起诉 as stacked bars, from `t4_cells`
 * rows (`grp`, `outcome`, `value`); rows of several reports are summed. The `total` outcome is not stacked.
 */
export function buildReviewOutcomesOption(rows: readonly Row[], options: ReviewOutcomesOptions = {}): ChartOption {
  const { lang = 'zh' } = options;
  const wide = T4_GROUPS.map((g) => ({ grp: g } as Row));
  for (const r of rows) {
    const gi = T4_GROUPS.indexOf(label(r.grp) as (typeof T4_GROUPS)[number]);
    const outcome = label(r.outcome);
    const n = num(r.value);
    if (gi < 0 || !(OUTCOMES as readonly string[]).includes(outcome) || n === null) continue;
    wide[gi][outcome] = ((wide[gi][outcome] as number | undefined) ?? 0) + n;
  }
  return buildStackedOption(wide, {
    horizontal: true,
    ...options,
    title: options.title ?? tr(lang, 'chart.title.review'),
    category: 'grp',
    parts: OUTCOMES,
    partLabels: Object.fromEntries(OUTCOMES.map((o) => [o, tr(lang, `t4.outcome.${o}`)])),
    categoryLabels: Object.fromEntries(T4_GROUPS.map((g) => [g, tr(lang, `t4.group.${g}`)]))
  });
}
