/**
 * Serves the built app (`dist/`) from the hub's own origin, so the app's Content-Security-Policy
 * stays `'self'` and a page on HTTPS never calls a plain-HTTP hub. Unknown paths outside /api get
 * index.html (the app's own routes: /manage, /register, /poster…). The headers are those the
 * README's "Deploying" asks of any server of the app.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Cache-Control for a path of the app: hashed assets for good, the shell always revalidated. */
export function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** Registers the app's files from `distDir` with the SPA fallback and the security headers. */
export async function registerAppFiles(app: FastifyInstance, distDir: string, https: boolean): Promise<void> {
  app.addHook('onSend', async (request, reply) => {
    reply.header('Content-Security-Policy', "frame-ancestors 'none'");
    reply.header('X-Frame-Options', 'DENY');
    reply.header('X-Content-Type-Options', 'nosniff');
    if (https) reply.header('Strict-Transport-Security', 'max-age=31536000');
    const path = request.url.split('?')[0] ?? '/';
    if (!path.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('Cache-Control', cacheControlFor(path));
    }
  });
  const hasApp = existsSync(join(distDir, 'index.html'));
  if (hasApp) {
    await app.register(fastifyStatic, { root: distDir, cacheControl: false, wildcard: true });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const page = request.method === 'GET' || request.method === 'HEAD';
    if (hasApp && page && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply.code(404).send({ ok: false, error: 'not-found' });
  });
}
