/**
 * The one IndexedDB database of the gate, and its whole schema. Versions are only ever
 * added, never edited: a tablet in the field upgrades from whatever version it holds.
 *
 * What it keeps and why: passages (every check at the gate, the legal record), people
 * (residents, couriers, visitors known to this estate), flags (non-compliance for the
 * volunteers to act on), settings (gate, device and policy configuration), ledger (台账 of
 * returnees to report to the neighbourhood committee), and passageRows (the log's compact
 * copy of each passage, kept in step by a middleware: see passage-rows.ts).
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import { keepPassageRows, type PassageRow } from './passage-rows.ts';
import type { Flag, LedgerEntry, Passage, Person, Setting } from './types.ts';

/** The Dexie database class with its tables. */
export type GateDb = Dexie & {
  passages: EntityTable<Passage, 'id'>;
  people: EntityTable<Person, 'id'>;
  flags: EntityTable<Flag, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  ledger: EntityTable<LedgerEntry, 'id'>;
  passageRows: Table<PassageRow, string>;
};

/** The IndexedDB database name (one per origin). */
export const DB_NAME = 'gate-checkpoint';

/** Opens (and upgrades) the gate database; `indexedDB` may be injected in tests. */
export function createDb(options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }): GateDb {
  const db = new Dexie(DB_NAME, options) as GateDb;
  // ULID primary keys sort by time, so "newest first" and paging are by key, never by offset.
  db.version(1).stores({
    passages: 'id, at, [gateId+at], [verdict+at], *reasons, personId, codeHash',
    people: 'id, kind, name, phone, [building+unit+room]',
    flags: 'id, at, [status+at], kind, passageId',
    settings: 'key',
    ledger: 'id, at, status, personId',
  });
  // The log's compact view of each passage, under the passage's key (see passage-rows.ts): kept
  // by a middleware, filled for older passages in the background, so no upgrade step is needed.
  db.version(2).stores({ passageRows: '' });
  keepPassageRows(db);
  return db;
}
