import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDb } from './db/types.ts';
import { buildServer, HUB_VERSION } from './server.ts';
import { testDatabases } from './test/databases.ts';

const dist = mkdtempSync(join(tmpdir(), 'hub-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>门岗核验</title>');
writeFileSync(join(dist, 'assets', 'main-abc123.js'), 'console.log(1)');
writeFileSync(join(dist, 'sw.js'), 'self.x = 1');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe.each(testDatabases())('the hub server on $kind', (database) => {
  let db: HubDb;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await database.open();
    ({ app } = await buildServer({ db, distDir: dist }));
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('GET /api/health answers per CONTRACTS §7', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ ok: true, database: database.kind, version: HUB_VERSION });
  });

  it('serves the app: index.html at / and for the app routes, with the framing headers', async () => {
    for (const url of ['/', '/manage', '/register', '/poster', '/register?x=1']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(200);
      expect(r.body).toContain('门岗核验');
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['content-security-policy']).toBe("frame-ancestors 'none'");
      expect(r.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('hashed assets are cached for good, the service worker never', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/main-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const sw = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['cache-control']).toBe('no-cache');
  });

  it('an unknown API route or file is a 404, never the app page', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ ok: false, error: 'not-found' });
    const file = await app.inject({ method: 'GET', url: '/assets/missing.js' });
    expect(file.statusCode).toBe(404);
  });
});
