import { describe, expect, it } from 'vitest';
import { columnLabel, dictionaryKeys, initialLang, parseLang, translate } from './translate';
import { shortLabel } from './report-labels';
import { T3_ROWS } from '../report/model';

describe('translate', () => {
  it('gives zh-CN and English UI strings', () => {
    expect(translate('zh', 'action.download_png')).toBe('下载PNG');
    expect(translate('en', 'action.download_png')).toBe('Download PNG');
    expect(translate('zh', 'state.empty')).toBe('暂无数据');
    expect(translate('zh', 'badge.synthetic')).toBe('合成数据');
    expect(translate('en', 'badge.real')).toBe('Real data');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'chart.rest', { n: 9 })).toBe('其他 9 个单位');
    expect(translate('en', 'chart.rest', { n: 9 })).toBe('9 other agencies');
    expect(translate('en', 'state.error', {})).toBe('Something went wrong: {message}');
  });
  it('returns an unknown key itself', () => {
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
  it('has an English text for every key', () => {
    for (const k of dictionaryKeys()) expect(translate('en', k), k).not.toBe('');
  });
});

describe('labels from the report model', () => {
  it('uses the official 表三 labels of model.ts', () => {
    const partial = T3_ROWS['2021'].find((r) => r.key === 'partial')!;
    expect(translate('zh', 't3.row.partial')).toBe(partial.label);
    expect(translate('zh', 't3.row_short.partial')).toBe('部分公开');
    expect(translate('zh', 't3.row.other.total')).toBe('（六）其他处理');
    expect(translate('en', 't3.row.deny.state_secret')).toBe('Denied: state secret');
    expect(translate('zh', 't3.col.natural_person')).toBe('自然人');
    expect(translate('en', 't3.col.legal_service')).toBe('Legal-service institutions');
  });
  it('derives the six outcome names used by the charts', () => {
    expect(['granted', 'partial', 'denied', 'unable', 'not_processed', 'other'].map((k) => translate('zh', `outcome.${k}`)))
      .toEqual(['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']);
  });
  it('has 表四 and 表二 labels', () => {
    expect(translate('zh', 't4.group.lit_after_review')).toBe('行政诉讼·复议后起诉');
    expect(translate('zh', 't4.outcome.pending')).toBe('尚未审结');
    expect(translate('en', 't4.outcome.corrected')).toBe('Corrected');
    expect(translate('zh', 'decision.coercion')).toBe('行政强制');
  });
  it('shortens numbered labels', () => {
    expect(shortLabel('（三）不予公开')).toBe('不予公开');
    expect(shortLabel('3.危及“三安全一稳定”')).toBe('危及“三安全一稳定”');
    expect(shortLabel('一、本年新收政府信息公开申请数量')).toBe('本年新收政府信息公开申请数量');
  });
  it('labels dataset columns, falling back to the column name', () => {
    expect(columnLabel('zh', 'new_received')).toBe('本年新收申请');
    expect(columnLabel('zh', 'granted')).toBe('予以公开');
    expect(columnLabel('en', 'granted')).toBe('Granted');
    expect(columnLabel('en', 'sum(x)')).toBe('sum(x)');
  });
});

describe('language choice', () => {
  it('lets ?lang= override the stored choice, defaulting to zh', () => {
    expect(initialLang('?lang=en', 'zh')).toBe('en');
    expect(initialLang('?x=1', 'en')).toBe('en');
    expect(initialLang('', null)).toBe('zh');
    expect(initialLang('?lang=fr', null)).toBe('zh');
    expect(parseLang('zh-CN')).toBe('zh');
    expect(parseLang('EN-gb')).toBe('en');
  });
});
