/**
 * The hub's audit trail of admin actions (estate created, tokens issued, devices enrolled or
 * revoked), of pushes refused for the pushing device's role, of exports and of retention runs.
 */
import type { Sql } from './db/types.ts';
import { randomId } from './ids.ts';

/** One admin action. */
export interface HubAuditEntry {
  estateId: string;
  /** The device that acted, or 'setup' (the hub's operator, with the setup code). */
  actor: string;
  action:
    | 'estate-created'
    | 'enrolment-token-issued'
    | 'device-enrolled'
    | 'device-revoked'
    /** An estate joined or left a subdistrict (estates/subdistrict.ts), by the hub's operator. */
    | 'subdistrict-changed'
    /** A device pushed a kind of record its role may not (sync/kinds.ts PUSH_ROLES). */
    | 'push-refused'
    /** A console export of the estate's passages (its filter, rows written, whether whole). */
    | 'export'
    /** Retention cleared personal data past the estate's days (retention.ts). */
    | 'retention';
  detail: Record<string, unknown>;
  atMs: number;
}

/** Writes an entry, inside the caller's transaction (so the action and its entry commit together). */
export async function recordAudit(sql: Sql, e: HubAuditEntry): Promise<void> {
  await sql.query(
    'INSERT INTO hub_audit (estate_id, audit_id, at_ms, actor, action, detail) VALUES ($1, $2, $3, $4, $5, $6)',
    [e.estateId, randomId(), e.atMs, e.actor, e.action, JSON.stringify(e.detail)],
  );
}
