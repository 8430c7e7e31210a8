/**
 * The hub's HTTP server (Fastify 5): the API under /api and the built app on the same origin.
 * Built from its parts by `buildServer`, so tests drive it with `inject()` on any database.
 */
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAppFiles } from './app-files.ts';
import type { HubDb } from './db/types.ts';
import { registerHealth } from './health.ts';

/** The app's version (package.json), reported by /api/health. */
export const HUB_VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;

/** What the server is built from. */
export interface ServerOptions {
  db: HubDb;
  /** The built app's folder; without an index.html in it only the API is served. */
  distDir: string;
  /** Certificate and key (PEM) to serve HTTPS. */
  tls?: { cert: string; key: string };
  /** The clock, in ms (tests pin it). */
  now?: () => number;
}

/** Builds the hub's server, ready to `listen` or `inject`. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = options.tls
    ? (Fastify({ https: options.tls, bodyLimit: 8 * 1024 * 1024 }) as unknown as FastifyInstance)
    : Fastify({ bodyLimit: 8 * 1024 * 1024 });
  registerHealth(app, options.db, HUB_VERSION);
  await registerAppFiles(app, options.distDir, options.tls !== undefined);
  return app;
}
