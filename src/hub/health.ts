/** `GET /api/health` (CONTRACTS §7): answers once the hub can take requests. */
import type { FastifyInstance } from 'fastify';
import type { HubDb } from './db/types.ts';

/** Registers the health route; it runs one statement so a dead database is not "ok". */
export function registerHealth(app: FastifyInstance, db: HubDb, version: string): void {
  app.get('/api/health', async (_request, reply) => {
    try {
      await db.query('SELECT 1');
    } catch {
      return reply.code(503).send({ ok: false, database: db.kind, version });
    }
    return { ok: true, database: db.kind, version };
  });
}
