import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, toDate } from './date';

describe('formatDate', () => {
  it('reads ISO strings, epoch ms and Date objects as calendar dates', () => {
    const ms = Date.UTC(2025, 2, 31);
    expect(formatDate('2025-03-31', 'zh')).toBe('2025年3月31日');
    expect(formatDate(ms, 'en')).toBe('31 Mar 2025');
    expect(formatDate(new Date(ms), 'zh')).toBe('2025年3月31日');
    expect(isoDate('2025-01-31T00:00:00Z')).toBe('2025-01-31');
  });
  it('shows an em dash for missing or unreadable dates', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('31/03/2025')).toBe('—');
    expect(toDate(new Date('x'))).toBeNull();
  });
});
