/**
 * The databases every hub test runs against: PGlite in memory and a fresh database on the test
 * PostgreSQL (pg-global.ts), both migrated. Use with `describe.each(testDatabases())`.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../db/migrate.ts';
import { openPglite } from '../db/pglite.ts';
import { openPostgres } from '../db/postgres.ts';
import type { DatabaseKind, HubDb } from '../db/types.ts';

/** One database to run a test file against. */
export interface TestDatabase {
  kind: DatabaseKind;
  /** Opens a new, empty database (migrated unless `migrated` is false). */
  open(options?: { migrated?: boolean }): Promise<HubDb>;
}

const pglite: TestDatabase = {
  kind: 'pglite',
  async open({ migrated = true } = {}) {
    const template = new Blob([readFileSync(inject('hubPgliteTemplate'))]);
    const db = await openPglite(null, template);
    if (migrated) await migrate(db);
    return db;
  },
};

function postgres(adminUrl: string): TestDatabase {
  return {
    kind: 'postgres',
    async open({ migrated = true } = {}) {
      const name = `hub_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const db = await openPostgres(url.toString());
      if (migrated) await migrate(db);
      return {
        ...db,
        async close() {
          await db.close();
          const a = new pg.Client({ connectionString: adminUrl });
          await a.connect();
          await a.query(`DROP DATABASE IF EXISTS ${name}`);
          await a.end();
        },
      };
    },
  };
}

/** PGlite, and PostgreSQL when the run has one. */
export function testDatabases(): TestDatabase[] {
  const url = inject('hubPgUrl');
  return url ? [pglite, postgres(url)] : [pglite];
}
