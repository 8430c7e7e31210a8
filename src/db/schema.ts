/**
 * The one IndexedDB database of the gate, and its whole schema. Versions are only ever
 * added, never edited: a tablet in the field upgrades from whatever version it holds.
 *
 * What it keeps and why: passages (every check at the gate, the legal record), people
 * (residents, couriers, visitors known to this estate), flags (non-compliance for the
 * volunteers to act on), settings (typed configuration, see settings.ts), ledger (台账 of
 * returnees to report to the neighbourhood committee), passageRows (the log's compact copy of
 * each passage, kept in step by a middleware: see log/passage-rows.ts), audit (the managers'
 * audit trail), issuedCards and revocations (the estate's own passes, see estate.ts), deviceKeys
 * (this device's chain key, see chain-key.ts, and its hub key, hub-link.ts), outbox (records
 * waiting for the hub, outbox.ts). Retention (retention.ts) finds what it must blank
 * by the `retainFrom` index of passages.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import { loadKeyOnOpen } from './chain-key.ts';
import { splitLegacySettings } from './legacy-settings.ts';
import { keepPassageRows } from './log/passage-rows.ts';
import type { PassageRow } from './log/rows.ts';
import { keepRetainFrom } from './retain-from.ts';
import type {
  AuditEntry,
  DeviceKey,
  Flag,
  IssuedCard,
  LedgerEntry,
  OutboxItem,
  Passage,
  Person,
  RefusedItem,
  Revocation,
  Setting,
} from './types.ts';

/** The Dexie database class with its tables. */
export type GateDb = Dexie & {
  passages: EntityTable<Passage, 'id'>;
  people: EntityTable<Person, 'id'>;
  flags: EntityTable<Flag, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  ledger: EntityTable<LedgerEntry, 'id'>;
  passageRows: Table<PassageRow, string>;
  audit: EntityTable<AuditEntry, 'id'>;
  issuedCards: EntityTable<IssuedCard, 'passId'>;
  revocations: EntityTable<Revocation, 'passId'>;
  deviceKeys: EntityTable<DeviceKey, 'name'>;
  outbox: EntityTable<OutboxItem, 'seq'>;
  outboxRefused: EntityTable<RefusedItem, 'seq'>;
};

/** The IndexedDB database name (one per origin). */
export const DB_NAME = 'gate-checkpoint';

/** The stores of schema v1 (named so tests can build an older database). */
export const STORES_V1 = {
  passages: 'id, at, [gateId+at], [verdict+at], *reasons, personId, codeHash',
  people: 'id, kind, name, phone, [building+unit+room]',
  flags: 'id, at, [status+at], kind, passageId',
  settings: 'key',
  ledger: 'id, at, status, personId',
} as const;
/** The store schema v2 added. */
export const STORES_V2 = { passageRows: '' } as const;
/** The stores of schema v3 (named so tests can build an older database). */
export const STORES_V3 = {
  audit: 'id',
  issuedCards: 'passId, issuedAt, personId',
  revocations: 'passId, at',
} as const;
/**
 * Schema v4: passages holding personal data indexed by when their retention period began, and
 * in the order of their chain; the audit trail's chains; this device's chain key.
 */
export const STORES_V4 = {
  passages: 'id, at, [gateId+at], [verdict+at], *reasons, personId, codeHash, retainFrom, chain.seq',
  audit: 'id, [chain.key+chain.seq]',
  deviceKeys: 'name',
} as const;
/** Schema v8: the outbox of records waiting for the hub, in write order (outbox.ts). */
export const STORES_V8 = { outbox: '++seq' } as const;
/** Schema v9: writes the hub refused as they stand, set aside from the outbox (outbox.ts). */
export const STORES_V9 = { outboxRefused: '++seq' } as const;

/** Opens (and upgrades) the gate database; `indexedDB` may be injected in tests. */
export function createDb(options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }): GateDb {
  const db = new Dexie(DB_NAME, options) as GateDb;
  // ULID primary keys sort by time, so "newest first" and paging are by key, never by offset.
  db.version(1).stores(STORES_V1);
  // The log's compact view of each passage, under the passage's key (see log/passage-rows.ts): kept
  // by a middleware, filled for older passages in the background, so no upgrade step is needed.
  db.version(2).stores(STORES_V2);
  // Audit entries, issued cards and revocations leave the settings table for tables of their own
  // (v2 kept them as `audit:`, `estateCard:` and `estateRevoked:` rows): moved, then removed.
  db.version(3)
    .stores(STORES_V3)
    .upgrade(async (tx) => {
      const settings = tx.table<Setting, string>('settings');
      const split = splitLegacySettings(await settings.toArray());
      if (split.moved.length === 0) return;
      await tx.table('audit').bulkPut(split.audit);
      await tx.table('issuedCards').bulkPut(split.issuedCards);
      await tx.table('revocations').bulkPut(split.revocations);
      await settings.bulkDelete(split.moved);
    });
  // Only passages that still hold personal data carry `retainFrom` (see retain-from.ts), so the
  // purge finds exactly those past retention, whatever their age. Set on every write from now
  // on; passages stored before are indexed by the purge's one background sweep (retention.ts),
  // not here: an upgrade over a year of passages would hold the gate's first start for minutes.
  // The hash chains get their sequence (chain.ts): passages one chain in `chain.seq` order, the
  // audit trail one chain per device key; and the table of this device's non-extractable chain
  // key (chain-key.ts), which no backup holds. Records already stored are left as they are (the
  // passages' pre-sequence segment is checked by id, as before), for the same reason.
  db.version(4).stores(STORES_V4);
  // What an enrolled tablet still has to push to its hub (outbox.ts): an auto-incremented key
  // gives the write order across tabs. Empty on a tablet without a hub; nothing to upgrade.
  db.version(8).stores(STORES_V8);
  // Writes the hub refused, set aside so the outbox behind them moves on; empty until then.
  db.version(9).stores(STORES_V9);
  keepPassageRows(db);
  keepRetainFrom(db);
  loadKeyOnOpen(db);
  return db;
}
