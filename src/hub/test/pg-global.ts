/**
 * Vitest global setup of the hub's tests: one PostgreSQL for the whole run (each test file makes
 * its own database in it, see databases.ts). HUB_TEST_DATABASE_URL names an existing server
 * instead; with neither PostgreSQL installed nor that variable, the PostgreSQL half is skipped
 * with a warning (`npm test` installs Debian's postgresql first: scripts/ensure-setup.mjs).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { findPgBin, startCluster } from './pg-cluster.ts';

async function makePgliteTemplate(): Promise<string> {
  const db = await PGlite.create();
  const dump = await db.dumpDataDir('none');
  await db.close();
  const file = join(tmpdir(), `hub-pglite-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose user may create databases, or null when there is none. */
    hubPgUrl: string | null;
    /** A file holding an empty PGlite data folder (dumped), so each test skips initdb. */
    hubPgliteTemplate: string;
  }
}

/** Starts the cluster and hands its URL to the tests; the returned function stops it. */
export default async function setup(project: TestProject): Promise<() => void> {
  const template = await makePgliteTemplate();
  const removeTemplate = () => rmSync(template, { force: true });
  project.provide('hubPgliteTemplate', template);
  const given = process.env.HUB_TEST_DATABASE_URL;
  if (given) {
    project.provide('hubPgUrl', given);
    return removeTemplate;
  }
  const bin = findPgBin();
  if (!bin) {
    process.stderr.write('[hub tests] PostgreSQL is not installed: only PGlite is tested.\n');
    project.provide('hubPgUrl', null);
    return removeTemplate;
  }
  const cluster = await startCluster(bin);
  project.provide('hubPgUrl', cluster.url);
  return () => {
    removeTemplate();
    cluster.stop();
  };
}
