/**
 * The imported risk-area list (中高风险地区) in memory: the gate matches itineraries against it,
 * the console imports a new one (a manager's decision, audited in the data layer).
 */
import { signal } from '@preact/signals';
import { type RiskList, loadRiskList as readRiskList, saveRiskList } from '../db/risk-list.ts';
import { readRiskFile } from '../import/risk-list.ts';
import type { ImportError } from '../policy/risk-areas.ts';
import { loadRegions } from './regions.ts';

export type { RiskList } from '../db/risk-list.ts';

export const riskList = signal<RiskList | null>(null);

/** Loads the saved list. */
export async function loadRiskList(): Promise<void> {
  riskList.value = await readRiskList();
}

/**
 * Reads a file (the official list's JSON, or a CSV / JSON list) and, when the whole file is good,
 * replaces the list as the manager `who`; errors come back with line numbers, places that could
 * not be resolved by name.
 */
export async function importRiskList(
  fileName: string,
  bytes: Uint8Array,
  now: number,
  who: string,
): Promise<{ ok: true; count: number; unresolved: string[] } | { ok: false; errors: ImportError[] }> {
  const read = readRiskFile(fileName, bytes, await loadRegions());
  if (!read.ok) return { ok: false, errors: read.errors };
  const list: RiskList = { areas: read.areas, listDate: read.listDate, importedAt: now, fileName };
  await saveRiskList(list, who);
  riskList.value = list;
  return { ok: true, count: read.areas.length, unresolved: read.unresolved };
}
