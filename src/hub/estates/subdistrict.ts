/**
 * An estate's place in a subdistrict, which only the hub's operator (the one-time setup code)
 * sets: at the estate's setup (setup-routes.ts) or later (subdistrict-routes.ts). Each change is
 * in the estate's audit trail and in the trail of each subdistrict it left or joined, so a
 * subdistrict's manager sees which estates its devices read and since when.
 */
import { recordAudit } from '../audit.ts';
import type { Sql } from '../db/types.ts';

/** True when `id` names an `estates` row of kind 'subdistrict'. */
export async function isSubdistrict(sql: Sql, id: string): Promise<boolean> {
  const r = await sql.query(`SELECT 1 FROM estates WHERE estate_id = $1 AND kind = 'subdistrict'`, [id]);
  return r.rows.length === 1;
}

/** Records that `estateId` moved from subdistrict `from` to `to` (either null: none). */
export async function auditMembership(
  sql: Sql,
  change: { estateId: string; from: string | null; to: string | null; atMs: number },
): Promise<void> {
  const { estateId, from, to, atMs } = change;
  const detail = { estateId, from, to };
  for (const trail of [estateId, from, to]) {
    if (trail === null) continue;
    await recordAudit(sql, { estateId: trail, actor: 'setup', action: 'subdistrict-changed', detail, atMs });
  }
}
