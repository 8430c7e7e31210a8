/**
 * Every table of the hub is an estate's: its primary key and every unique index start with
 * estate_id (so Citus can distribute each table by it, docs/scale.md). Read from pg_catalog,
 * so a new table or index that forgets it fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.ts';
import type { HubDb } from './types.ts';

/** Not tenant data: the schema's own version table. */
const REFERENCE_TABLES = ['hub_migrations'];

describe.each(testDatabases())('tenancy keys on $kind', (database) => {
  let db: HubDb;
  beforeAll(async () => {
    db = await database.open();
  });
  afterAll(() => db.close());

  it('every table has a primary key and every unique index starts with estate_id', async () => {
    const tables = await db.query<{ table: string; has_pk: boolean; has_estate: boolean }>(
      `SELECT c.relname AS table,
              EXISTS (SELECT 1 FROM pg_catalog.pg_index x WHERE x.indrelid = c.oid AND x.indisprimary) AS has_pk,
              EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                       WHERE a.attrelid = c.oid AND a.attname = 'estate_id' AND NOT a.attisdropped) AS has_estate
         FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'`,
    );
    const tenant = tables.rows.filter((t) => !REFERENCE_TABLES.includes(t.table));
    expect(tenant.length).toBeGreaterThan(3);
    for (const t of tenant)
      expect({ ...t, has_pk: t.has_pk, has_estate: t.has_estate }).toEqual({
        ...t,
        has_pk: true,
        has_estate: true,
      });

    const unique = await db.query<{ table: string; index: string; first: string | null }>(
      `SELECT c.relname AS table, i.relname AS index, a.attname AS first
         FROM pg_catalog.pg_index x
         JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
         JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = x.indkey[0]
        WHERE n.nspname = 'public' AND x.indisunique`,
    );
    const keyed = unique.rows.filter((u) => !REFERENCE_TABLES.includes(u.table));
    expect(keyed.length).toBeGreaterThanOrEqual(tenant.length);
    for (const u of keyed) expect(u).toEqual({ ...u, first: 'estate_id' });
  });
});
