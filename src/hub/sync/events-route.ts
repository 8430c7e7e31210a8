/**
 * `GET /api/events`: server-sent events telling a device its estate's newest revision, at once
 * on connect and after each push that stored something, so other gates pull within about a
 * second. An EventSource cannot set headers: the signed token comes as `?auth=`.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { authenticate, caller } from '../auth/device-auth.ts';
import type { HubContext } from '../context.ts';

/** How often an idle stream sends a comment, so proxies and NATs keep it open. */
export const KEEP_ALIVE_MS = 25_000;

/** Registers the events stream. */
export function registerEvents(app: FastifyInstance, ctx: HubContext): void {
  const open = new Set<ServerResponse>();
  // Streams never end by themselves: closing the server ends them, or it would wait forever.
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
  });

  app.get('/api/events', { preHandler: authenticate(ctx) }, async (request, reply) => {
    const { estateId } = caller(request);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
    });
    const send = (revision: number) =>
      res.write(`event: revision\ndata: ${JSON.stringify({ revision })}\n\n`);
    // Listening before reading the current revision: a push in between is told, not lost.
    const stop = ctx.events.subscribe(estateId, send);
    const beat = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    open.add(res);
    res.on('close', () => {
      clearInterval(beat);
      stop();
      open.delete(res);
    });
    const now = await ctx.db.query<{ revision: number }>(
      'SELECT revision FROM estates WHERE estate_id = $1',
      [estateId],
    );
    res.write('retry: 2000\n\n');
    send(now.rows[0]?.revision ?? 0);
  });
}
