/**
 * The manager's audit trail: who did what when in the console. Kept in the settings table
 * under `audit:<ULID>` keys (the schema is shared and stays as it is); the ULID sorts by time,
 * so the newest entries are one key range read backwards, paged by key.
 */
import { db, newId } from './index.ts';

/** What a manager did. */
export type AuditAction =
  | 'unlock'
  | 'lock'
  | 'auto-lock'
  | 'pin-set'
  | 'pin-change'
  | 'export'
  | 'purge'
  | 'setting'
  | 'flag-resolve'
  | 'import'
  | 'edit'
  | 'pass-issue'
  | 'pass-revoke'
  | 'policy'
  | 'trust-import'
  | 'risk-import'
  | 'estate-key'
  | 'key-restore'
  | 'restore';

/** One audit entry. */
export interface AuditEntry {
  id: string;
  at: number;
  who: string;
  action: AuditAction;
  detail: string;
}

const PREFIX = 'audit:';
// ';' follows ':' in code-unit order: the range holds exactly the audit keys.
const END = 'audit;';

/** Appends an audit entry. */
export async function audit(
  action: AuditAction,
  who: string,
  detail: string,
  now: number,
): Promise<AuditEntry> {
  const entry: AuditEntry = { id: newId(now), at: now, who, action, detail };
  await db().settings.put({ key: `${PREFIX}${entry.id}`, value: entry });
  return entry;
}

/** Audit entries newest first, `limit` at a time, older than the entry `beforeId` when given. */
export async function auditPage(limit: number, beforeId?: string): Promise<AuditEntry[]> {
  const upper = beforeId === undefined ? END : `${PREFIX}${beforeId}`;
  const rows = await db()
    .settings.where('key')
    .between(PREFIX, upper, false, false)
    .reverse()
    .limit(limit)
    .toArray();
  return rows.map((r) => r.value as AuditEntry);
}
