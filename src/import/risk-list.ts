/**
 * A risk-area file's bytes to a list, the same in the console and in `check-import`: the official
 * lookup service's JSON (risk-list-nhc.ts), or a CSV / JSON list of codes or names
 * (risk-areas.ts). All or nothing; a pasted bulletin or an old .xls is refused whole with words.
 */
import { buildNameMap, type RegionNode } from '../policy/region-tree.ts';
import { type ImportError, parseRiskAreas } from '../policy/risk-areas.ts';
import { nhcData, readNhcList } from '../policy/risk-list-nhc.ts';
import type { RiskArea } from '../policy/types.ts';

/** How a risk-area file was read. */
export type RiskFormat = 'csv-utf-8' | 'json' | 'nhc-json';

/** A list read (`unresolved`: places reported by name, see risk-list-nhc.ts), or why not. */
export type RiskRead =
  | { ok: true; format: RiskFormat; areas: RiskArea[]; listDate: string; unresolved: string[] }
  | { ok: false; format: RiskFormat; errors: ImportError[] };

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Prose, not a table: sentences (。；) and no delimiter on its first line. */
function looksLikeBulletin(text: string): boolean {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return /[。；]/.test(text) && !/[,\t，]/.test(first);
}

/** Reads a risk-area file against the GB/T 2260 tree; never throws. */
export function readRiskFile(fileName: string, bytes: Uint8Array, tree: readonly RegionNode[]): RiskRead {
  if (OLE2.every((b, i) => bytes[i] === b))
    return { ok: false, format: 'csv-utf-8', errors: [{ line: 0, problem: 'legacy-xls' }] };
  // Not UTF-8 shows as U+FFFD, which the parser words ('not-utf8').
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const json = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text);
  if (json) {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Worded by parseRiskAreas below ('not-json').
    }
    const data = nhcData(parsed);
    if (data) {
      const list = readNhcList(data, tree);
      return list
        ? { ok: true, format: 'nhc-json', ...list }
        : { ok: false, format: 'nhc-json', errors: [{ line: 0, problem: 'no-list-date' }] };
    }
  }
  const format = json ? 'json' : 'csv-utf-8';
  const parsed = parseRiskAreas(text, json ? 'json' : 'csv', buildNameMap(tree));
  if (parsed.ok) return { ok: true, format, areas: parsed.areas, listDate: parsed.listDate, unresolved: [] };
  if (!json && parsed.errors.some((e) => e.problem === 'no-header') && looksLikeBulletin(text))
    return { ok: false, format, errors: [{ line: 0, problem: 'bulletin' }] };
  return { ok: false, format, errors: parsed.errors };
}
