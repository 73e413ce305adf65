import { describe, expect, it } from 'vitest';
import { CONSOLE_STRING_KEYS, consoleText } from './console-strings';
import { EXAMPLES, exampleText } from './examples';

describe('SQL console strings', () => {
  it('every string has Chinese and English text with the same parameters', () => {
    for (const k of CONSOLE_STRING_KEYS) {
      const zh = consoleText('zh', k), en = consoleText('en', k);
      expect(zh, k).toMatch(/[\u4e00-\u9fff]|^[^A-Za-z]*$/);
      expect(en, k).not.toMatch(/[\u4e00-\u9fff]/);
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(en), k).toEqual(params(zh));
    }
  });

  it('fills parameters', () => {
    expect(consoleText('en', 'history', { n: 3 })).toBe('History (last 3)');
    expect(consoleText('zh', 'rows', { n: '1,234' })).toBe('1,234 行');
  });

  it('example queries: Chinese first, English available', () => {
    for (const ex of EXAMPLES) {
      expect(exampleText(ex, 'zh')).toEqual({ title: ex.title, description: ex.description });
      const en = exampleText(ex, 'en');
      expect(en.title).toBe(ex.titleEn);
      expect(en.description).toBe(ex.descriptionEn);
      expect(en.description, ex.id).not.toMatch(/[\u4e00-\u9fff]/);
      expect(en.description.length, ex.id).toBeGreaterThan(10);
    }
  });
});
