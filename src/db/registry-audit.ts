/**
 * Audit entries for registry work (import, edit, export), in the console's audit trail format
 * (`audit:<ULID>` settings rows). Written inside the caller's transaction, so an import and its
 * audit line are committed together or not at all.
 */
import { type AuditAction, audit } from './manage-audit.ts';

/** What a manager did to a registry. */
export type RegistryAction = Extract<AuditAction, 'import' | 'edit' | 'export'>;

/** Writes one audit entry (joins the surrounding transaction when there is one). */
export async function auditRegistry(
  action: RegistryAction,
  who: string,
  detail: string,
  now: number,
): Promise<void> {
  await audit(action, who, detail, now);
}
