/**
 * The imported trust bundle, kept as plain data (public keys already extracted from their
 * certificates at import, so a scan never parses X.509). Replaced whole on each import.
 */
import type { StoredTrust, TrustSummaryRow } from '../codes/trust-stored.ts';
import { db } from './index.ts';
import { audit } from './manage-audit.ts';

/** What an import leaves behind: the keys, the summary shown in settings, and when. */
export interface SavedTrust {
  stored: StoredTrust;
  summary: TrustSummaryRow[];
  importedAt: number;
  fileName: string;
}

const KEY = 'trust';

/** Who replaces the bundle, for the audit trail (absent for the console's own upkeep). */
export interface ByManager {
  who: string;
  now: number;
}

/** Replaces the trust bundle; a manager's import is audited in the same transaction. */
export async function saveTrust(trust: SavedTrust, by?: ByManager): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    await d.settings.put({ key: KEY, value: trust });
    if (by) {
      const keys = trust.summary.map((r) => `${r.format}:${r.issuer}(${r.keys})`).join(' ');
      await audit('trust-import', by.who, `${trust.fileName} ${keys}`, by.now);
    }
  });
}

/** Sets the age (days) after which the gate warns that the trust list is old; audited. */
export async function saveTrustMaxAge(days: number, by: ByManager): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    await d.settings.put({ key: 'trustMaxAgeDays', value: days });
    await audit('setting', by.who, `trustMaxAgeDays=${days}`, by.now);
  });
}

/** The imported trust bundle, or null before the first import. */
export async function loadTrust(): Promise<SavedTrust | null> {
  const row = await db().settings.get(KEY);
  const v = row?.value as SavedTrust | undefined;
  return v && typeof v.importedAt === 'number' && v.stored ? v : null;
}
