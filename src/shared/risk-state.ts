/**
 * The imported risk-area list (中高风险地区) in memory: the gate matches itineraries against it,
 * the console imports a new one (a manager's decision, audited in the data layer).
 */
import { signal } from '@preact/signals';
import { type RiskList, loadRiskList as readRiskList, saveRiskList } from '../db/risk-list.ts';
import { type ImportError, parseRiskAreas } from '../policy/risk-areas.ts';
import { regionNames } from './regions.ts';

export type { RiskList } from '../db/risk-list.ts';

export const riskList = signal<RiskList | null>(null);

/** Loads the saved list. */
export async function loadRiskList(): Promise<void> {
  riskList.value = await readRiskList();
}

/** Parses and, when the whole file is good, replaces the list as the manager `who`; errors come back with line numbers. */
export async function importRiskList(
  fileName: string,
  text: string,
  now: number,
  who: string,
): Promise<{ ok: true; count: number } | { ok: false; errors: ImportError[] }> {
  const format =
    /\.json$/i.test(fileName) || text.trimStart().startsWith('[') || text.trimStart().startsWith('{')
      ? 'json'
      : 'csv';
  const parsed = parseRiskAreas(text, format, await regionNames());
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const list: RiskList = { areas: parsed.areas, listDate: parsed.listDate, importedAt: now, fileName };
  await saveRiskList(list, who);
  riskList.value = list;
  return { ok: true, count: parsed.areas.length };
}
