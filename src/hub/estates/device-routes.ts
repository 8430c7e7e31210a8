/**
 * The calling device and its estate's devices: `GET /api/me`, `POST /api/status` (every device:
 * what it reports for the board), `GET /api/devices` (manager, office: the device board),
 * `POST /api/devices/:deviceId/revoke` (manager: the key stops working at once) and
 * `GET /api/audit` (manager: the hub's audit trail). Every query is bounded by the caller's estate.
 */
import type { FastifyInstance } from 'fastify';
import { recordAudit } from '../audit.ts';
import { allowRoles, authenticate, caller } from '../auth/device-auth.ts';
import type { HubContext } from '../context.ts';

/** What a device reports of itself for the console's board (src/sync/status-report.ts). */
export interface DeviceStatus {
  waiting: number;
  appVersion: string;
  storageBytes: number | null;
  onDuty: boolean;
}

const statusSchema = {
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['waiting', 'appVersion', 'storageBytes', 'onDuty'],
    properties: {
      waiting: { type: 'integer', minimum: 0 },
      appVersion: { type: 'string', maxLength: 40 },
      storageBytes: { type: ['integer', 'null'], minimum: 0 },
      onDuty: { type: 'boolean' },
    },
  },
};

/** Registers the device routes. */
export function registerDevices(app: FastifyInstance, ctx: HubContext): void {
  const auth = authenticate(ctx);

  app.get('/api/me', { preHandler: auth }, async (request) => {
    const me = caller(request);
    const estate = await ctx.db.query<{ name: string }>('SELECT name FROM estates WHERE estate_id = $1', [
      me.estateId,
    ]);
    return { ok: true, ...me, estateName: estate.rows[0]?.name ?? '' };
  });

  app.post<{ Body: DeviceStatus }>(
    '/api/status',
    { schema: statusSchema, preHandler: auth },
    async (request) => {
      const me = caller(request);
      await ctx.db.query(
        'UPDATE devices SET last_seen_ms = $3, status = $4 WHERE estate_id = $1 AND device_id = $2',
        [me.estateId, me.deviceId, ctx.now(), JSON.stringify(request.body)],
      );
      return { ok: true, atMs: ctx.now() };
    },
  );

  // The board: each device with its last report and how many of the passages it pushed broke
  // their tablet's hash chain (chain_breaks, found by the chain check of each push).
  app.get('/api/devices', { preHandler: [auth, allowRoles('manager', 'office')] }, async (request) => {
    const rows = await ctx.db.query(
      `SELECT d.device_id AS "deviceId", d.role, d.label, d.gate_name AS "gateName",
              d.created_ms AS "createdMs", d.revoked_ms AS "revokedMs", d.last_seen_ms AS "lastSeenMs",
              d.status,
              (SELECT count(*)::int FROM chain_breaks b
                 JOIN records r ON r.estate_id = b.estate_id AND r.kind = 'passage' AND r.record_id = b.record_id
                WHERE b.estate_id = d.estate_id AND r.device_id = d.device_id) AS "chainBreaks"
         FROM devices d WHERE d.estate_id = $1 ORDER BY d.created_ms, d.device_id`,
      [caller(request).estateId],
    );
    return { ok: true, devices: rows.rows, nowMs: ctx.now() };
  });

  app.post<{ Params: { deviceId: string } }>(
    '/api/devices/:deviceId/revoke',
    { preHandler: [auth, allowRoles('manager')] },
    async (request, reply) => {
      const me = caller(request);
      const now = ctx.now();
      const revoked = await ctx.db.tx(async (sql) => {
        const r = await sql.query(
          `UPDATE devices SET revoked_ms = $3 WHERE estate_id = $1 AND device_id = $2 AND revoked_ms IS NULL
           RETURNING device_id`,
          [me.estateId, request.params.deviceId, now],
        );
        if (r.rows.length === 0) return false;
        await recordAudit(sql, {
          estateId: me.estateId,
          actor: me.deviceId,
          action: 'device-revoked',
          detail: { deviceId: request.params.deviceId },
          atMs: now,
        });
        return true;
      });
      if (!revoked) return reply.code(404).send({ ok: false, error: 'no-such-device' });
      return { ok: true };
    },
  );

  app.get('/api/audit', { preHandler: [auth, allowRoles('manager')] }, async (request) => {
    const rows = await ctx.db.query(
      `SELECT at_ms AS "atMs", actor, action, detail FROM hub_audit
        WHERE estate_id = $1 ORDER BY at_ms DESC, audit_id DESC LIMIT 200`,
      [caller(request).estateId],
    );
    return { ok: true, entries: rows.rows };
  });
}
