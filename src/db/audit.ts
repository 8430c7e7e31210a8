/**
 * The audit trail: who did what when, in the `audit` table under ULID keys (they sort by time,
 * so the newest entries are one key range read backwards, paged by key). Entries are only ever
 * added: by the console's actions, a volunteer's flag resolution and every audited write of the
 * other modules, always inside that write's own transaction (which must hold `audit`). A
 * restore keeps this device's entries (backup.ts).
 */
import { db, newId } from './index.ts';
import type { AuditAction, AuditEntry } from './types.ts';

export type { AuditAction, AuditEntry } from './types.ts';

/** Appends an audit entry (joins the surrounding transaction when there is one). */
export async function audit(
  action: AuditAction,
  who: string,
  detail: string,
  now: number,
): Promise<AuditEntry> {
  const entry: AuditEntry = { id: newId(now), at: now, who, action, detail };
  await db().audit.add(entry);
  return entry;
}

/** Audit entries newest first, `limit` at a time, older than the entry `beforeId` when given. */
export async function auditPage(limit: number, beforeId?: string): Promise<AuditEntry[]> {
  const t = db().audit;
  const range = beforeId === undefined ? t.toCollection() : t.where('id').below(beforeId);
  return range.reverse().limit(limit).toArray();
}
