/** The hub as `npm start` runs it: a real process on a data folder, stopped by SIGTERM. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from './db/lock.ts';

const data = mkdtempSync(join(tmpdir(), 'hub-data-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

describe('start.ts', () => {
  it('serves /api/health on PORT with PGlite in HUB_DATA, and SIGTERM closes the database', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/hub/start.ts'], {
      env: { ...process.env, PORT: String(port), HUB_DATA: data, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b) => {
      out += b;
    });
    child.stderr.on('data', (b) => {
      out += b;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      let health: unknown = null;
      for (let i = 0; i < 240 && health === null; i++) {
        try {
          health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
        } catch {
          await new Promise((r) => setTimeout(r, 250));
        }
      }
      expect(health, out).toMatchObject({ ok: true, database: 'pglite' });
      expect(existsSync(join(data, LOCK_FILE))).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(existsSync(join(data, LOCK_FILE))).toBe(false);
  }, 120_000);
});
