/**
 * The calling device and its estate's devices: `GET /api/me`, `GET /api/devices` (manager,
 * office), `POST /api/devices/:deviceId/revoke` (manager: the key stops working at once) and
 * `GET /api/audit` (manager: the hub's audit trail). Every query is bounded by the caller's estate.
 */
import type { FastifyInstance } from 'fastify';
import { recordAudit } from '../audit.ts';
import { allowRoles, authenticate, caller } from '../auth/device-auth.ts';
import type { HubContext } from '../context.ts';

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

  app.get('/api/devices', { preHandler: [auth, allowRoles('manager', 'office')] }, async (request) => {
    const rows = await ctx.db.query(
      `SELECT device_id AS "deviceId", role, label, gate_name AS "gateName", created_ms AS "createdMs",
              revoked_ms AS "revokedMs"
         FROM devices WHERE estate_id = $1 ORDER BY created_ms, device_id`,
      [caller(request).estateId],
    );
    return { ok: true, devices: rows.rows };
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
