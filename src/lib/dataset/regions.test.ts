import { describe, expect, it } from 'vitest';
import { placeAgency, splitRegionString } from './regions';

describe('agency placement from the name (names of the real corpus)', () => {
  it.each([
    ['平潭综合实验区财政金融局', null, { region: '平潭综合实验区', level: '市', kind: '部门', province: '福建省', province_code: '350000', city_code: '350128' }],
    ['平潭综合实验区管委会', null, { region: '平潭综合实验区', kind: '人民政府' }],
    ['平潭综合实验区管委会办公室', null, { region: '平潭综合实验区', kind: '部门' }],
    ['上海市人民政府办公厅', '上海市', { region: '上海市', level: '省', kind: '部门', province_code: '310000' }],
    ['淮安市人民政府', '江苏省淮安市', { region: '淮安市', level: '市', kind: '人民政府', province: '江苏省', city_code: '320800' }],
    ['沭阳县人民政府', '江苏省宿迁市沭阳县', { region: '沭阳县', level: '县', kind: '人民政府', city: '宿迁市', city_code: '321300', county_code: '321322' }],
    ['双鸭山市商务局', null, { region: '双鸭山市', level: '市', kind: '部门', province: '黑龙江省', province_code: '230000', city_code: '230500' }]
  ] as const)('%s', (name, hint, expected) => {
    expect(placeAgency(name, hint)).toMatchObject(expected);
  });

  it('leaves codes it does not know null instead of guessing', () => {
    const p = placeAgency('某某市某某县交通运输局', '浙江省某某市某某县');
    expect(p.province).toBe('浙江省');
    expect(p.province_code).toBe('330000');
    expect(p.city_code).toBeNull();
    expect(p.county_code).toBeNull();
    expect(p.kind).toBe('部门');
  });

  it('splits region strings from the corpus metadata', () => {
    expect(splitRegionString('江苏省宿迁市沭阳县')).toEqual(['江苏省', '宿迁市', '沭阳县']);
    expect(splitRegionString('福建省平潭综合实验区')).toEqual(['福建省', '平潭综合实验区']);
  });
});
