/** The hub as `npm start` runs it: a real process on a data folder, stopped by SIGTERM. */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildHub } from '../../scripts/build-hub.mjs';
import { LOCK_FILE } from './db/lock.ts';
import { startHubProcess as startHub } from './test/hub-process.ts';

const data = mkdtempSync(join(tmpdir(), 'hub-data-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

/** Polls `fetchOnce` until it answers (the hub takes seconds to start on a busy machine). */
async function whenUp<T>(fetchOnce: () => Promise<T>): Promise<T | null> {
  for (let i = 0; i < 240; i++) {
    try {
      return await fetchOnce();
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return null;
}

const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;
const port = () => 20000 + Math.floor(Math.random() * 20000);

describe('start.ts', () => {
  it('as npm start runs it (the bundle on plain Node): /api/health on PORT with PGlite in HUB_DATA, the migrations applied; SIGTERM closes the database', async () => {
    const p = port();
    const hub = startHub({ PORT: String(p), HUB_DATA: data, DATABASE_URL: '' }, [], await buildHub());
    try {
      const health = await whenUp(async () => (await fetch(`http://127.0.0.1:${p}/api/health`)).json());
      expect(health, hub.log.text).toMatchObject({ ok: true, database: 'pglite', version: VERSION });
      expect(hub.log.text).toMatch(/Setup code .*: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
      expect(existsSync(join(data, LOCK_FILE))).toBe(true);
    } finally {
      hub.child.kill('SIGTERM');
    }
    expect(await hub.exited).toBe(0);
    expect(existsSync(join(data, LOCK_FILE))).toBe(false);
  }, 120_000);

  const pgUrl = inject('hubPgUrl');
  it.skipIf(!pgUrl)(
    'runs on PostgreSQL with DATABASE_URL, over HTTPS with --cert and --key',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hub-tls-'));
      const name = `hub_start_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: pgUrl ?? '' });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(pgUrl ?? '');
      url.pathname = `/${name}`;
      const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
      const made = spawnSync('openssl', [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ]);
      expect(made.status, String(made.stderr)).toBe(0);
      const p = port();
      const hub = startHub({ PORT: String(p), DATABASE_URL: url.toString() }, ['--cert', cert, '--key', key]);
      try {
        const ca = readFileSync(cert);
        const answer = await whenUp(
          () =>
            new Promise<{ body: string; hsts: unknown }>((resolve, reject) => {
              get({ host: '127.0.0.1', port: p, path: '/api/health', ca }, (res) => {
                let body = '';
                res.on('data', (c) => {
                  body += c;
                });
                res.on('end', () => resolve({ body, hsts: res.headers['strict-transport-security'] }));
              }).on('error', reject);
            }),
        );
        expect(answer, hub.log.text).not.toBeNull();
        expect(JSON.parse(answer?.body ?? '{}')).toMatchObject({ ok: true, database: 'postgres' });
        expect(answer?.hsts).toBe('max-age=31536000');
      } finally {
        hub.child.kill('SIGTERM');
        expect(await hub.exited).toBe(0);
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        await admin.end();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
