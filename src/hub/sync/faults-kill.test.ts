/**
 * The hub process killed (SIGKILL: no cleanup, a transaction cut wherever it is) at random
 * moments while two gates make 50 pushes, and started again on the same data: a PGlite data
 * folder (its stale lock taken over) and a PostgreSQL database. The gates resend each push until
 * it is answered. Afterwards the hub holds exactly the union of the gates' records, each once,
 * every tablet's chain verifies, and nothing was kept aside as a conflict or a chain break.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import type { PushedRecord } from '../../wire/kinds.ts';
import { migrate } from '../db/migrate.ts';
import { openPglite } from '../db/pglite.ts';
import { openPostgres } from '../db/postgres.ts';
import type { HubDb } from '../db/types.ts';
import { buildServer } from '../server.ts';
import type { TestDevice } from '../test/device.ts';
import { enrolGate, setUpEstate, setupCodes } from '../test/estate.ts';
import { signedHttp, untilAnswered } from '../test/http-device.ts';
import { type HubProcess, healthy, startHubProcess } from '../test/hub-process.ts';
import { passages, START } from '../test/passages.ts';
import { chainProblems, storedRecords } from '../test/stored.ts';

/** Where the hub's data is: how to open it here, and the environment that points start.ts at it. */
interface Place {
  open(): Promise<HubDb>;
  env: Record<string, string>;
  remove(): Promise<void>;
}

function pgliteFolder(): Place {
  const dir = mkdtempSync(join(tmpdir(), 'hub-kill-'));
  return {
    open: () => openPglite(dir),
    env: { HUB_DATA: dir, DATABASE_URL: '' },
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresDatabase(adminUrl: string): Promise<Place> {
  const name = `hub_kill_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    open: () => openPostgres(url.toString()),
    env: { DATABASE_URL: url.toString() },
    remove: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

const pgUrl = inject('hubPgUrl');
const places: { kind: string; make: () => Promise<Place> }[] = [
  { kind: 'pglite', make: async () => pgliteFolder() },
  ...(pgUrl ? [{ kind: 'postgres', make: () => postgresDatabase(pgUrl) }] : []),
];

const PUSHES = 50;
const PER_PUSH = 20;
const MAX_KILLS = 4;
/** How long a restarted hub may take to answer (a PGlite start takes a minute on a loaded machine). */
const RESTART_MS = 120_000;

describe.each(places)('the hub killed during pushes, on $kind', ({ make }) => {
  it(
    `SIGKILLed at random moments of ${PUSHES} pushes and restarted: the union of the records, each once, every chain whole`,
    async () => {
      const place = await make();
      let running: HubProcess | null = null;
      try {
        // The estate and its gates, made in this process before the hub process starts.
        const { codes, onSetupCode } = setupCodes();
        const setup = await place.open();
        await migrate(setup);
        const hub = await buildServer({ db: setup, distDir: '/nonexistent', onSetupCode });
        const manager = await setUpEstate(hub, codes, '幸福里小区');
        const gates: TestDevice[] = [
          await enrolGate(hub.app, manager, '西门', Date.now()),
          await enrolGate(hub.app, manager, '东门', Date.now()),
        ];
        await hub.app.close();
        await setup.close();

        const port = 20000 + Math.floor(Math.random() * 20000);
        const env = { ...place.env, PORT: String(port) };
        running = startHubProcess(env);
        await healthy(port, RESTART_MS);

        const sent: PushedRecord[] = [];
        const pushing = gates.map(async (gate, g) => {
          let tail = START;
          for (let i = 0; i < PUSHES / gates.length; i++) {
            const batch = passages(`tab-${g}`, PER_PUSH, tail);
            tail = batch.tail;
            const records: PushedRecord[] = [
              ...batch.records,
              { kind: 'flag', id: `flag-${g}-${i}`, body: { id: `flag-${g}-${i}`, status: 'open' } },
            ];
            sent.push(...records);
            const a = await untilAnswered(
              () => signedHttp(port, gate, 'POST', '/api/push', { records }, 5000),
              100,
              2 * RESTART_MS,
            );
            expect(a.json).toMatchObject({ ok: true, conflicts: [], chainBreaks: [] });
            expect((a.json.accepted as number) + (a.json.duplicates as number)).toBe(records.length);
          }
        });
        let done = false;
        const allPushed = Promise.all(pushing).finally(() => {
          done = true;
        });
        let kills = 0;
        while (!done && kills < MAX_KILLS) {
          await Promise.race([allPushed, new Promise((r) => setTimeout(r, 30 + Math.random() * 400))]);
          if (done) break;
          running?.child.kill('SIGKILL');
          await running?.exited;
          kills++;
          running = startHubProcess(env);
          await healthy(port, RESTART_MS);
        }
        await allPushed;
        const last: HubProcess = running;
        running = null;
        last.child.kill('SIGTERM');
        expect(await last.exited, last.log.text).toBe(0);
        expect(kills).toBeGreaterThan(0);

        const db = await place.open();
        try {
          const stored = await storedRecords(db);
          const ids = stored.map((r) => `${r.kind}/${r.id}`);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.sort()).toEqual(sent.map((r) => `${r.kind}/${r.id}`).sort());
          expect(chainProblems(stored)).toEqual([]);
          expect((await db.query('SELECT * FROM conflicts')).rows).toEqual([]);
          expect((await db.query('SELECT * FROM chain_breaks')).rows).toEqual([]);
          // The estate's counter is past every stored revision: a cursor never goes back.
          const counter = await db.query<{ ok: boolean }>(
            'SELECT e.revision >= max(r.revision) AS ok FROM estates e JOIN records r USING (estate_id) GROUP BY e.revision',
          );
          expect(counter.rows).toEqual([{ ok: true }]);
        } finally {
          await db.close();
        }
      } finally {
        // A failed run leaves no hub process behind.
        if (running) {
          running.child.kill('SIGKILL');
          await running.exited;
        }
        await place.remove();
      }
    },
    4 * RESTART_MS,
  );
});
