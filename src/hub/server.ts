/**
 * The hub's HTTP server (Fastify 5): the API under /api and the built app on the same origin.
 * Built from its parts by `buildServer`, so tests drive it with `inject()` on any database.
 */
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAppFiles } from './app-files.ts';
import { registerConsole } from './console/console-routes.ts';
import { registerDayReport } from './console/day-report-route.ts';
import { registerExport } from './console/export-route.ts';
import { registerFlags } from './console/flags-route.ts';
import { type HubContext, hubContext } from './context.ts';
import type { HubDb } from './db/types.ts';
import { registerDevices } from './estates/device-routes.ts';
import { registerEnrolment } from './estates/enrolment-routes.ts';
import { registerSetup } from './estates/setup-routes.ts';
import { registerSubdistricts } from './estates/subdistrict-routes.ts';
import { registerHealth } from './health.ts';
import { projectPath } from './project-root.ts';
import { scheduleRetention } from './retention.ts';
import { registerEvents } from './sync/events-route.ts';
import { registerSync } from './sync/sync-routes.ts';

/** The app's version (package.json), reported by /api/health. */
export const HUB_VERSION: string = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')).version;

/** What the server is built from. */
export interface ServerOptions {
  db: HubDb;
  /** The built app's folder; without an index.html in it only the API is served. */
  distDir: string;
  /** Certificate and key (PEM) to serve HTTPS. */
  tls?: { cert: string; key: string };
  /** The clock, in ms (tests pin it). */
  now?: () => number;
  /** Told each new one-time setup code (start.ts prints it on the console). */
  onSetupCode?: (code: string) => void;
  /** Log errors (JSON lines on stdout): start.ts turns it on, tests leave it off. */
  logErrors?: boolean;
  /** Run retention at once and then this often (ms; start.ts: hourly); none when absent. */
  retentionEveryMs?: number;
}

/** The server and its shared state (the database, the clock, the per-process guards). */
export interface Hub {
  app: FastifyInstance;
  ctx: HubContext;
}

/** Builds the hub's server, ready to `listen` or `inject`. */
export async function buildServer(options: ServerOptions): Promise<Hub> {
  const base = { bodyLimit: 8 * 1024 * 1024, logger: options.logErrors ? { level: 'warn' } : false };
  const app = options.tls
    ? (Fastify({ ...base, https: options.tls }) as unknown as FastifyInstance)
    : Fastify(base);
  answerErrors(app);
  const ctx = hubContext(options.db, options.now ?? Date.now, options.onSetupCode ?? (() => {}));
  keepRawJson(app);
  registerHealth(app, options.db, HUB_VERSION);
  registerSetup(app, ctx);
  registerSubdistricts(app, ctx);
  registerEnrolment(app, ctx);
  registerDevices(app, ctx);
  registerSync(app, ctx);
  registerEvents(app, ctx);
  registerConsole(app, ctx);
  registerFlags(app, ctx);
  registerExport(app, ctx);
  registerDayReport(app, ctx);
  await registerAppFiles(app, options.distDir, options.tls !== undefined);
  if (options.retentionEveryMs) {
    const stop = scheduleRetention(ctx.db, ctx.now, options.retentionEveryMs, (err) =>
      app.log.error({ err }, 'retention failed'),
    );
    app.addHook('onClose', stop);
  }
  return { app, ctx };
}

/**
 * Errors in the API's one shape `{ ok: false, error }`: a refused request says why (the schema's
 * message); a failure inside the hub (a database error) is logged and says only `internal`, so
 * no SQL or schema detail reaches a caller.
 */
function answerErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error, url: request.url }, 'request failed');
      return reply.code(500).send({ ok: false, error: 'internal' });
    }
    const code = error.validation ? 'invalid-request' : 'bad-request';
    return reply.code(status).send({ ok: false, error: code, message: error.message });
  });
}

/** JSON bodies parsed as usual, and kept as received: a device's signature covers their hash. */
function keepRawJson(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    request.rawBody = text;
    if (text === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(Object.assign(new Error('invalid JSON body'), { statusCode: 400 }), undefined);
    }
  });
}
