/**
 * Retention on the hub, as on the tablet (src/db/retention.ts, the rule in
 * src/policy/retention-rule.ts): past the estate's retention days a passage's personal fields
 * (person id, code hash, the masked name the gate showed) become null, in SQL; its time, gate,
 * verdict, reasons and check stay, so every count and the log are unchanged. The chain hashes
 * those fields apart (src/db/chain.ts `personal`), so an anonymised passage still verifies and a
 * later passage still links to it. A passage resend kept aside in `conflicts` is cleared alike.
 * Flags hold no personal field (the tablet keeps them whole too).
 *
 * The days: the `retentionDays` of the estate's newest policy version, else the app's default.
 * A passage ages by its own time, or from a day after the hub received it when it is stamped
 * later than that (a tablet clock set ahead must not keep personal data until its date).
 * Cleared in chunks, each its own statement, so a first run over a year of passages holds no
 * lock for long. Runs when the hub starts and then hourly (server.ts); each run that cleared
 * something is in the hub's audit trail.
 */
import {
  DEFAULT_RETENTION_DAYS,
  PASSAGE_PERSONAL_FIELDS,
  retentionCutoff,
} from '../policy/retention-rule.ts';
import { recordAudit } from './audit.ts';
import type { HubDb, Sql } from './db/types.ts';

/** Rows cleared per statement. */
export const RETENTION_CHUNK = 5000;
const DAY_MS = 86_400_000;

/** What one run cleared in one estate. */
export interface RetentionResult {
  estateId: string;
  days: number;
  cutoff: number;
  passages: number;
  conflicts: number;
}

// Each personal field the body has, made null (the tablet: `anonymised`).
const BLANK = PASSAGE_PERSONAL_FIELDS.map(
  (f) => `CASE WHEN body ? '${f}' THEN jsonb_build_object('${f}', null) ELSE '{}'::jsonb END`,
).join(' || ');
// Still holding personal data: the predicate of migration 007's records_passage_personal.
const HOLDS = `(${PASSAGE_PERSONAL_FIELDS.map((f) => `body ->> '${f}' IS NOT NULL`).join(' OR ')})`;
// When a passage's period began: the expression of records_passage_personal.
const AGE = `LEAST((body ->> 'at')::bigint, received_ms + ${DAY_MS})`;

/** The estate's retention days: its newest policy version's, else the default. */
export async function retentionDaysOf(sql: Sql, estateId: string): Promise<number> {
  const r = await sql.query<{ days: unknown }>(
    `SELECT body -> 'retentionDays' AS days FROM records
      WHERE estate_id = $1 AND kind = 'policy-version' AND jsonb_typeof(body -> 'retentionDays') = 'number'
      ORDER BY revision DESC LIMIT 1`,
    [estateId],
  );
  const days = r.rows[0]?.days;
  return typeof days === 'number' && Number.isSafeInteger(days) && days >= 1 ? days : DEFAULT_RETENTION_DAYS;
}

/** Runs `statement` (which clears at most RETENTION_CHUNK rows) until a chunk comes back short. */
async function inChunks(db: HubDb, statement: string, params: unknown[]): Promise<number> {
  let total = 0;
  for (;;) {
    const r = await db.query(statement, [...params, RETENTION_CHUNK]);
    total += r.rowCount;
    if (r.rowCount < RETENTION_CHUNK) return total;
  }
}

/** Clears one estate's personal data past its retention days; audits the run if it cleared any. */
export async function retainEstate(db: HubDb, estateId: string, now: number): Promise<RetentionResult> {
  const days = await retentionDaysOf(db, estateId);
  const cutoff = retentionCutoff(now, days);
  const passages = await inChunks(
    db,
    `UPDATE records SET body = body || ${BLANK}
      WHERE estate_id = $1 AND kind = 'passage' AND record_id IN (
        SELECT record_id FROM records
         WHERE estate_id = $1 AND kind = 'passage' AND ${HOLDS} AND ${AGE} < $2
         LIMIT $3)`,
    [estateId, cutoff],
  );
  const conflicts = await inChunks(
    db,
    `UPDATE conflicts SET body = body || ${BLANK}
      WHERE (estate_id, kind, record_id, body_md5) IN (
        SELECT estate_id, kind, record_id, body_md5 FROM conflicts
         WHERE estate_id = $1 AND kind = 'passage' AND field IS NULL AND ${HOLDS}
           AND hub_at_ms(body) < $2
         LIMIT $3)`,
    [estateId, cutoff],
  );
  if (passages + conflicts > 0) {
    await recordAudit(db, {
      estateId,
      actor: 'hub',
      action: 'retention',
      detail: { days, cutoff, passages, conflicts },
      atMs: now,
    });
  }
  return { estateId, days, cutoff, passages, conflicts };
}

/** One run over every estate of the hub. */
export async function runRetention(db: HubDb, now: number): Promise<RetentionResult[]> {
  const estates = await db.query<{ estateId: string }>(
    'SELECT estate_id AS "estateId" FROM estates ORDER BY estate_id',
  );
  const out: RetentionResult[] = [];
  for (const { estateId } of estates.rows) out.push(await retainEstate(db, estateId, now));
  return out;
}

/**
 * Runs retention now and then every `everyMs`, never two runs at once; `onError` is told of a
 * failed run (the next one tries again). Returns the stop function (the server calls it on close).
 */
export function scheduleRetention(
  db: HubDb,
  now: () => number,
  everyMs: number,
  onError: (e: unknown) => void,
): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const run = () => {
    if (running) return;
    running = runRetention(db, now())
      .catch(onError)
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    // The database closes after the server: let a run in progress finish first.
    await running;
  };
}
