/**
 * The day's risk-area list (中高风险地区) as the manager imported it: replaced whole on each
 * import, with its audit entry in the same transaction. The gate matches itineraries against it.
 * Kept in settings under `riskAreas`; written only by the console's risk-area import.
 */
import type { RiskArea } from '../policy/types.ts';
import { audit } from './audit.ts';
import { db } from './index.ts';
import { getSetting, setSetting } from './settings.ts';
import { queueListChange } from './shared-lists.ts';

/** The imported list and where it came from. */
export interface RiskList {
  areas: RiskArea[];
  listDate: string;
  importedAt: number;
  fileName: string;
}

/** The saved list, or null before the first import. */
export async function loadRiskList(): Promise<RiskList | null> {
  return (await getSetting('riskAreas')) ?? null;
}

/** Replaces the list, audited under the manager's name. */
export async function saveRiskList(list: RiskList, who: string): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.settings, d.audit, d.outbox], async () => {
    await setSetting('riskAreas', list);
    await audit(
      'risk-import',
      who,
      `${list.fileName} ${list.listDate} ${list.areas.length}`,
      list.importedAt,
    );
    await queueListChange('risk', { ...list }, who, list.importedAt);
  });
}
