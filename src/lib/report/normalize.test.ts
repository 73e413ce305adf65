import { describe, expect, it } from 'vitest';
import { compact, matchKey, normalizeText } from './normalize';

describe('normalizeText', () => {
  it('maps full-width digits and punctuation, unifies spaces and line ends', () => {
    expect(normalizeText('２０２１年（一）：\u3000a\u00a0b\r\nc')).toBe('2021年(一): a b\nc');
  });
  it('strips zero-width characters, Word comments and inline pinyin', () => {
    expect(normalizeText('a\u200bb<!--[if !supportLists]-->c')).toBe('abc');
    expect(normalizeText('索引號(hào)政(zheng)(zheng)府(fu)')).toBe('索引號政府');
    expect(normalizeText('第(一)项 (pdf)')).toBe('第(一)项 (pdf)');
    expect(normalizeText('(a)號(hào)')).toBe('(a)號');
    expect(normalizeText('网站(www.pingtan.gov.cn)')).toBe('网站(www.pingtan.gov.cn)');
  });
  it('is linear on pathological input', () => {
    const t0 = Date.now();
    normalizeText('<!--'.repeat(2_000_000));
    normalizeText('號('.repeat(1_000_000) + '<!--x-->'.repeat(100_000));
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(normalizeText('a<!--x-->b<!--c')).toBe('ab<!--c');
  });
  it('keeps line breaks', () => {
    expect(normalizeText('本年新\n制作数量')).toBe('本年新\n制作数量');
  });
});

describe('matchKey', () => {
  it('ignores whitespace and unifies brackets, colons, commas and quotes', () => {
    expect(matchKey('三、本年度办 理结果')).toBe('三,本年度办理结果');
    expect(matchKey('（二）部分公开（区分处理的，只计这一情形）')).toBe(matchKey('(二)部分公开(区分处理的,只计这一情形)'));
    expect(matchKey('3.危及“三安全一稳定”')).toBe(matchKey("3.危及\"三安全一稳定\""));
    expect(matchKey('1.申请人无正当理由逾期不补正、行政机关')).toBe(matchKey('1.申请人无正当理由逾期不补正，行政机关'));
  });
});

describe('compact', () => {
  it('maps folded characters back to source offsets', () => {
    const t = '社会公益 组织\n12';
    const c = compact(t);
    expect(c.key).toBe('社会公益组织12');
    expect(t[c.map[4]]).toBe('组');
    expect(c.map[c.key.length]).toBe(t.length);
  });
});
