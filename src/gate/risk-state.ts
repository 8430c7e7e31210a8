/** The imported risk-area list (中高风险地区): kept in IndexedDB, matched against itineraries. */
import { signal } from '@preact/signals';
import { getSetting, putSetting } from '../db/index.ts';
import { parseRiskAreas } from '../policy/risk-areas.ts';
import type { RiskArea } from '../policy/types.ts';
import { regionNames } from './region-names.ts';

export interface RiskList {
  areas: RiskArea[];
  listDate: string;
  importedAt: number;
  fileName: string;
}

export const riskList = signal<RiskList | null>(null);

const isList = (v: unknown): v is RiskList | null =>
  v === null ||
  (typeof v === 'object' &&
    Array.isArray((v as RiskList).areas) &&
    typeof (v as RiskList).listDate === 'string');

/** Loads the saved list. */
export async function loadRiskList(): Promise<void> {
  riskList.value = await getSetting<RiskList | null>('riskAreas', null, isList);
}

/** Parses and, when the whole file is good, replaces the list; errors come back with line numbers. */
export async function importRiskList(
  fileName: string,
  text: string,
  now: number,
): Promise<{ ok: true; count: number } | { ok: false; errors: { line: number; zh: string; en: string }[] }> {
  const format =
    /\.json$/i.test(fileName) || text.trimStart().startsWith('[') || text.trimStart().startsWith('{')
      ? 'json'
      : 'csv';
  const parsed = parseRiskAreas(text, format, await regionNames());
  if (!parsed.ok)
    return { ok: false, errors: parsed.errors.map((e) => ({ line: e.line, zh: e.zh, en: e.message })) };
  const list: RiskList = { areas: parsed.areas, listDate: parsed.listDate, importedAt: now, fileName };
  await putSetting('riskAreas', list);
  riskList.value = list;
  return { ok: true, count: parsed.areas.length };
}
