import { describe, expect, it } from 'vitest';
import { t2ColumnFromLabel, t2ItemFromCaption, t2RowFromLabel, t3ColumnFromLabel, t3RowFromLabel, t4GroupFromLabel, t4OutcomeFromLabel } from './labels';

describe('label matching', () => {
  it('maps 表三 row labels with ordinals, spaces and the variants seen in the corpus', () => {
    expect(t3RowFromLabel('一、本年新收政府信息公开申请数量')).toBe('new_received');
    expect(t3RowFromLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe('partial');
    expect(t3RowFromLabel('(二)部分公开')).toBe('partial');
    expect(t3RowFromLabel('2.其他法律和行政法规禁止公开')).toBe('deny.law_prohibited');
    expect(t3RowFromLabel("3.危及'三安全一稳定'")).toBe('deny.security_stability');
    expect(t3RowFromLabel('7.属于行政执法案件')).toBe('deny.enforcement_file');
    expect(t3RowFromLabel('1.申请人无正当理由逾期不补正，行政机关不再受理其政府信息公开申请')).toBe('other.no_correction');
    expect(t3RowFromLabel('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请')).toBe('other.fee_unpaid');
    expect(t3RowFromLabel('3.其他', true)).toBe('other.other');
    expect(t3RowFromLabel('3.其他')).toBeNull();
    expect(t3RowFromLabel('（六）其他处理')).toBe('other.total');
    expect(t3RowFromLabel('（七）总计')).toBe('total_processed');
    expect(t3RowFromLabel('四、结转下年度继续办理')).toBe('carried_forward');
    expect(t3RowFromLabel('三、本年度办 理结果')).toBe('group:results');
    expect(t3RowFromLabel('（三）不子公开')).toBe('group:deny');
  });
  it('maps 表三 columns including spaced labels', () => {
    expect(t3ColumnFromLabel('社会公益 组织')).toBe('social_welfare');
    expect(t3ColumnFromLabel('商业\n企业')).toBe('commercial');
    expect(t3ColumnFromLabel('其他')).toBe('other_org');
    expect(t3ColumnFromLabel('总计')).toBe('total');
  });
  it('maps 表四 groups and outcomes', () => {
    expect(t4GroupFromLabel('行政法复议')).toBe('review');
    expect(t4GroupFromLabel('复议后起诉')).toBe('lit_after_review');
    expect(t4OutcomeFromLabel('结果 纠正')).toBe('corrected');
    expect(t4OutcomeFromLabel('尚未\n审结')).toBe('pending');
  });
  it('maps 表二 captions, rows and columns of both formats', () => {
    expect(t2ItemFromCaption('第二十条第(八)项')).toBe('a20_8');
    expect(t2RowFromLabel('行政规范性文件')).toEqual({ item: 'a20_1', row: 'normative_docs' });
    expect(t2RowFromLabel('规范性文件')).toEqual({ item: 'a20_1', row: 'normative_docs' });
    expect(t2ColumnFromLabel('本年废纸件数')).toEqual({ format: '2021', column: 'repealed' });
    expect(t2ColumnFromLabel('本年处理决定数量')).toEqual({ format: '2021', column: 'decisions' });
    expect(t2ColumnFromLabel('处理决定数量')).toEqual({ format: '2019', column: 'decisions' });
    expect(t2ColumnFromLabel('本年收费金额（单位：万元）')).toEqual({ format: '2021', column: 'amount_wan' });
    expect(t2ColumnFromLabel('本年新\n制作数量')).toEqual({ format: '2019', column: 'new_made' });
  });
});
