/**
 * The official risk-area list as the national lookup service answers it:
 * `{"data":{"end_update_time":"2022-04-15 11时","highlist":[{province, city, county, area_name,
 * communitys}],"middlelist":[…],"lowlist":[…]}}`. Every entry is a community or zone inside a
 * county, so every area keeps `within`: a person in that county is a hit to review, not proof.
 *
 * Names are resolved against the GB/T 2260 tree the way real lists write them: municipalities
 * shift a level (北京市 / 朝阳区 but 天津市 / 天津市 / 河西区), names come in two parts
 * (河北省 辛集市), cities may be 省直辖县级行政单位, zones are short (高新区 for 石家庄高新技术
 * 产业开发区), and 新疆生产建设兵团's cities sit in 新疆. A zone that still cannot be placed in a
 * district is kept at its city (to review, `within` naming it) and reported by name; one whose
 * city cannot be placed is reported and left out. Nothing is widened silently.
 */
import { PLACEHOLDERS, type RegionNode, sixDigits } from './region-tree.ts';
import { OPEN_END, parseDate } from './risk-fields.ts';
import type { RiskArea } from './types.ts';

/** The list read: its areas, its date, and the places that could not be resolved (by name). */
export interface NhcList {
  areas: RiskArea[];
  listDate: string;
  unresolved: string[];
}

/** An area's open start: official lists give no "from". */
const OPEN_START = '0001-01-01';

const LISTS = [
  ['highlist', 'high'],
  ['middlelist', 'medium'],
] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The `data` object of an official list, or null when the JSON is not one. */
export function nhcData(json: unknown): Record<string, unknown> | null {
  const data = isRecord(json) && isRecord(json.data) ? json.data : json;
  if (!isRecord(data)) return null;
  return LISTS.some(([key]) => Array.isArray(data[key])) || Array.isArray(data.lowlist) ? data : null;
}

/** Short names lists use for zones the tree names in full. */
const ZONE_WORDS: [RegExp, string][] = [
  [/经开区$/, '经济技术开发区'],
  [/高新区$/, '高新技术产业开发区'],
];

/** The last part of a two-part name (河北省 辛集市 → 辛集市). */
const lastPart = (name: string) => name.split(/\s+/).at(-1) ?? '';

const core = (name: string) =>
  name.replace(/(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/, '');

function findProvince(tree: readonly RegionNode[], name: string): RegionNode | undefined {
  if (name.includes('生产建设兵团')) return tree.find((p) => p.name.startsWith('新疆'));
  const n = lastPart(name);
  return tree.find((p) => p.name === n) ?? tree.find((p) => core(p.name) === core(n) && core(n) !== '');
}

/** The province's real cities, and its placeholder groups' children (直辖县) standing beside them. */
function citiesOf(province: RegionNode): RegionNode[] {
  return (province.children ?? []).flatMap((c) =>
    PLACEHOLDERS.has(c.name) ? [c, ...(c.children ?? [])] : [c],
  );
}

/** A district under `nodes` named `name`, exactly, or as the zone a short name stands for (unique). */
function findDistrict(nodes: readonly RegionNode[], name: string): RegionNode | undefined {
  const n = lastPart(name);
  if (n === '') return undefined;
  const exact = nodes.find((d) => d.name === n);
  if (exact) return exact;
  for (const [short, full] of ZONE_WORDS) {
    if (!short.test(n)) continue;
    const stem = n.replace(short, '');
    const hits = nodes.filter((d) => d.name.endsWith(full) && d.name.includes(stem));
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}

type Placed = { code: string; exact: boolean } | null;

/** Where one entry is: its district, else its city (not exact), else nowhere. */
export function placeEntry(
  tree: readonly RegionNode[],
  province: string,
  city: string,
  county: string,
): Placed {
  const p = findProvince(tree, province);
  if (!p) return null;
  const cities = citiesOf(p);
  const noCity = PLACEHOLDERS.has(city) || /省直辖|自治区直辖/.test(city);
  const c = noCity ? undefined : cities.find((x) => x.name === lastPart(city));
  if (c) {
    // A city with no districts of its own (仙桃市, 石河子市, or a municipality's district named as the city) is the place.
    if (!c.children) return { code: sixDigits(c.code), exact: true };
    const d = findDistrict(c.children, county);
    return { code: sixDigits(d?.code ?? c.code), exact: d !== undefined };
  }
  // No such city: a municipality's shifted level, a 直辖县, a two-part name. Look in the whole province.
  const districts = cities.flatMap((x) => [x, ...(x.children ?? [])]);
  const d = findDistrict(districts, county) ?? (noCity ? undefined : findDistrict(districts, city));
  return d ? { code: sixDigits(d.code), exact: true } : null;
}

/** Reads an official list's `data` against the tree; never throws. */
export function readNhcList(data: Record<string, unknown>, tree: readonly RegionNode[]): NhcList | null {
  const listDate = parseDate(text(data.end_update_time));
  if (listDate === null) return null;
  const areas: RiskArea[] = [];
  const unresolved: string[] = [];
  for (const [key, level] of LISTS) {
    const items = Array.isArray(data[key]) ? (data[key] as unknown[]) : [];
    for (const item of items) {
      if (!isRecord(item)) continue;
      const [province, city, county] = [text(item.province), text(item.city), text(item.county)];
      const communities = Array.isArray(item.communitys) ? item.communitys.map(text).filter(Boolean) : [];
      const name = [text(item.area_name) || [province, city, county].join(''), ...communities.slice(0, 3)]
        .join(' ')
        .slice(0, 200);
      const place = placeEntry(tree, province, city, county);
      if (!place?.exact) unresolved.push([province, city, county].filter(Boolean).join(' '));
      // The list says which areas are at risk now, not since when: a visit within the window counts.
      if (place) areas.push({ region: place.code, level, from: OPEN_START, to: OPEN_END, within: name });
    }
  }
  return { areas, listDate, unresolved: [...new Set(unresolved)] };
}
