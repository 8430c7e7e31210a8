/**
 * The imported trust bundle, kept as plain data (public keys already extracted from their
 * certificates at import, so a scan never parses X.509). Replaced whole on each import.
 */
import type { StoredTrust, TrustSummaryRow } from '../codes/trust-stored.ts';
import { db } from './index.ts';

/** What an import leaves behind: the keys, the summary shown in settings, and when. */
export interface SavedTrust {
  stored: StoredTrust;
  summary: TrustSummaryRow[];
  importedAt: number;
  fileName: string;
}

const KEY = 'trust';

/** Replaces the trust bundle in one write. */
export async function saveTrust(trust: SavedTrust): Promise<void> {
  await db().settings.put({ key: KEY, value: trust });
}

/** The imported trust bundle, or null before the first import. */
export async function loadTrust(): Promise<SavedTrust | null> {
  const row = await db().settings.get(KEY);
  const v = row?.value as SavedTrust | undefined;
  return v && typeof v.importedAt === 'number' && v.stored ? v : null;
}
