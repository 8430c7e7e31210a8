import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.ts';
import { migrate, readMigrations } from './migrate.ts';
import type { HubDb } from './types.ts';

describe.each(testDatabases())('migrations on $kind', (database) => {
  let db: HubDb;
  beforeAll(async () => {
    db = await database.open({ migrated: false });
  });
  afterAll(() => db.close());

  it('applies every migration once, in order, and records each', async () => {
    const all = readMigrations().map((m) => m.version);
    expect(await migrate(db)).toEqual(all);
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ version: number }>('SELECT version FROM hub_migrations ORDER BY version');
    expect(rows.rows.map((r) => r.version)).toEqual(all);
  });

  it('a migration that fails leaves nothing of itself behind and is not recorded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-mig-'));
    try {
      const good = readMigrations();
      const next = good.length + 1;
      // The first statement would succeed alone; the second fails, so the first must roll back.
      writeFileSync(
        join(dir, '001_broken.sql'),
        'CREATE TABLE broken_half (estate_id text PRIMARY KEY);\nSELECT 1/0;',
      );
      const broken = [...good, ...readMigrations(dir).map((m) => ({ ...m, version: next }))];
      await expect(migrate(db, broken)).rejects.toThrow();
      const t = await db.query("SELECT 1 FROM pg_catalog.pg_class WHERE relname = 'broken_half'");
      expect(t.rows).toEqual([]);
      const v = await db.query('SELECT 1 FROM hub_migrations WHERE version = $1', [next]);
      expect(v.rows).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readMigrations', () => {
  it('refuses a gap in the numbers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-mig-'));
    try {
      writeFileSync(join(dir, '001_a.sql'), 'SELECT 1;');
      writeFileSync(join(dir, '003_c.sql'), 'SELECT 1;');
      expect(() => readMigrations(dir)).toThrow(/003_c\.sql/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
