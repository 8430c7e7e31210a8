/**
 * Keeps the log's view of each passage (rows.ts) beside it: one small array per passage in the
 * `passageRows` table, under the passage's own key, holding only what a log row shows (no chain
 * hashes, code hash or verification, and no property names to rebuild). Reading 100,000 of them
 * costs about half of reading the passages themselves, which is what an export of a season needs.
 *
 * A new passage gets its row shortly after it is stored, from `fillPassageRows` (fill-rows.ts),
 * never in the gate's own transaction: the check a queue waits for writes only what it must.
 * Once there, a row never disagrees with its passage: a Dexie middleware makes every write
 * transaction on `passages` also hold `passageRows`, and repeats every put, delete or clear of
 * passages on the rows in that same transaction (the retention purge, a restore). Readers
 * compare counts and read the passages themselves wherever rows are missing (queries.ts).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { GateDb } from '../schema.ts';
import type { Passage } from '../types.ts';
import { rowOf } from './rows.ts';

/** The table of rows and the table it mirrors. */
export const ROWS_TABLE = 'passageRows';
const PASSAGES = 'passages';

/**
 * The same mutation on the rows: values become rows, keys and ranges stay (the keys are shared).
 * An add has no row to keep in step: the new passage's row comes from fillPassageRows.
 */
function mirrored(req: DBCoreMutateRequest, done: ReadonlySet<number>): DBCoreMutateRequest | null {
  switch (req.type) {
    case 'add':
      return null;
    case 'put': {
      const kept = req.values.filter((_, i) => done.has(i)) as Passage[];
      if (kept.length === 0) return null;
      return { type: 'put', trans: req.trans, values: kept.map(rowOf), keys: kept.map((p) => p.id) };
    }
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

/** The middleware that keeps `passageRows` with `passages` (installed by createDb). */
export const passageRowsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'passageRows',
  create(down) {
    // Dexie also builds this stack over the schema a database is upgraded from, which has no rows.
    if (!down.schema.tables.some((t) => t.name === ROWS_TABLE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes(PASSAGES) && !stores.includes(ROWS_TABLE)
            ? [...stores, ROWS_TABLE]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name): DBCoreTable {
        const table = down.table(name);
        if (name !== PASSAGES) return table;
        const rows = down.table(ROWS_TABLE);
        return {
          ...table,
          async mutate(req) {
            const res = await table.mutate(req);
            const count = req.type === 'put' ? req.values.length : 0;
            const done = new Set<number>();
            for (let i = 0; i < count; i++) if (!(i in res.failures)) done.add(i);
            const mirror = mirrored(req, done);
            if (mirror) {
              const r = await rows.mutate(mirror);
              // A row that cannot be written must not leave its passage without one: fail the write.
              if (r.numFailures > 0) throw Object.values(r.failures)[0];
            }
            return res;
          },
        };
      },
    };
  },
};

/** Installs the middleware on a database. */
export function keepPassageRows(db: GateDb): void {
  db.use(passageRowsMiddleware);
}
