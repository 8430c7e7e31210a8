/**
 * The day's risk-area list (中高风险地区) as the manager imported it: replaced whole on each
 * import, with its audit entry in the same transaction. The gate matches itineraries against it.
 */
import type { RiskArea } from '../policy/types.ts';
import { db } from './index.ts';
import { audit } from './manage-audit.ts';

/** The imported list and where it came from. */
export interface RiskList {
  areas: RiskArea[];
  listDate: string;
  importedAt: number;
  fileName: string;
}

const KEY = 'riskAreas';

const isList = (v: unknown): v is RiskList =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as RiskList).areas) &&
  typeof (v as RiskList).listDate === 'string';

/** The saved list, or null before the first import. */
export async function loadRiskList(): Promise<RiskList | null> {
  const row = await db().settings.get(KEY);
  return isList(row?.value) ? row.value : null;
}

/** Replaces the list, audited under the manager's name. */
export async function saveRiskList(list: RiskList, who: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    await d.settings.put({ key: KEY, value: list });
    await audit(
      'risk-import',
      who,
      `${list.fileName} ${list.listDate} ${list.areas.length}`,
      list.importedAt,
    );
  });
}
