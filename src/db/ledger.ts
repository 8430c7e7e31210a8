/**
 * The returnee ledger (台账): one entry per returnee confirmed at the gate, moved on by a manager
 * (pending → reported → closed). The only writer of a ledger entry's status: reporting (or
 * closing) an entry also resolves the gate's "report to the committee" flag, and the audit line
 * is written in the same transaction.
 */
import { db } from './index.ts';
import { audit } from './manage-audit.ts';
import type { LedgerEntry } from './types.ts';

/** Ledger entries newest first, at most `limit` (by the `at` index). */
export async function ledgerPage(limit = 500): Promise<LedgerEntry[]> {
  return db().ledger.orderBy('at').reverse().limit(limit).toArray();
}

/**
 * Sets a ledger entry's status, audited under `who`. Once the committee is told (reported or
 * closed) the returnee's open report flag is resolved as referred to the committee. Returns the
 * entry as saved, or null when there is no such entry.
 */
export async function setLedgerStatus(
  id: string,
  status: LedgerEntry['status'],
  who: string,
  now: number,
): Promise<LedgerEntry | null> {
  const d = db();
  return d.transaction('rw', d.ledger, d.flags, d.settings, async () => {
    const entry = await d.ledger.get(id);
    if (!entry) return null;
    if (entry.status === status) return entry;
    const next: LedgerEntry = { ...entry, status, updatedAt: now };
    await d.ledger.put(next);
    const flag = entry.flagId ? await d.flags.get(entry.flagId) : undefined;
    if (status !== 'pending' && flag?.status === 'open') {
      await d.flags.put({
        ...flag,
        status: 'resolved',
        resolution: 'referred-committee',
        resolvedBy: who,
        resolvedAt: now,
      });
    }
    await audit('edit', who, `ledger ${id} ${status}`, now);
    return next;
  });
}
