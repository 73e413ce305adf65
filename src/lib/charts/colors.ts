/** Fixed colours for the parts whose meaning should not change from chart to chart. */
export const PART_COLORS: Record<string, string> = {
  // 表三 outcomes
  granted: '#009E73',
  partial: '#56B4E9',
  denied: '#D55E00',
  unable: '#E69F00',
  not_processed: '#CC79A7',
  other: '#9E9E9E',
  // 表四 outcomes
  upheld: '#0072B2',
  corrected: '#D55E00',
  pending: '#F0E442',
  // applicants
  natural_person: '#0072B2',
  legal: '#E69F00'
};
