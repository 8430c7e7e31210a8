import { describe, expect, it } from 'vitest';
import { buildNameMap } from './region-names.ts';

describe('region names', () => {
  const tree = [
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
  const map = buildNameMap(tree);

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
