/**
 * Everything the tablet holds, as one plain object (for the encrypted backup), and the restore:
 * validated first, then the records replaced in ONE transaction, so a bad file changes nothing.
 * Writes every table but the log rows (their middleware and filler keep them). A restore is a
 * manager's action and never takes over the console: this tablet's PIN, lockout, console
 * settings, device id, gate name and audit trail stay as they are (the file's audit entries are added
 * beside them, never over them), and the restore itself is audited in the same transaction.
 * Files of version 1 (records under settings key prefixes, before schema v3) still restore.
 */
import type { Table } from 'dexie';
import { audit } from './audit.ts';
import { db } from './index.ts';
import { isLegacyRecordKey, splitLegacySettings } from './legacy-settings.ts';
import { enqueueForHub } from './outbox.ts';
import { badField, type ShapedTable } from './record-shape.ts';
import { isSettingKey, isSettingValue } from './settings.ts';
import type { SavedTrust } from './trust.ts';
import type {
  AuditEntry,
  EstateKeyRecord,
  Flag,
  IssuedCard,
  LedgerEntry,
  Passage,
  Person,
  Revocation,
  Setting,
} from './types.ts';

export const BACKUP_FORMAT = 'gate-checkpoint/backup';

/** The tables every backup file holds. */
interface TablesV1 {
  passages: Passage[];
  people: Person[];
  flags: Flag[];
  settings: Setting[];
  ledger: LedgerEntry[];
}

/** The tables version 2 adds (version 1 kept these records in settings, under key prefixes). */
interface TablesV2 {
  audit: AuditEntry[];
  issuedCards: IssuedCard[];
  revocations: Revocation[];
}

/** A backup file; a version 1 file has no tables of version 2. */
export interface BackupData {
  format: typeof BACKUP_FORMAT;
  version: 1 | 2;
  exportedAt: number;
  tables: TablesV1 & Partial<TablesV2>;
}

// Each table of a file and the key field every record must carry.
const KEYS_V1 = { passages: 'id', people: 'id', flags: 'id', settings: 'key', ledger: 'id' } as const;
const KEYS_V2 = { ...KEYS_V1, audit: 'id', issuedCards: 'passId', revocations: 'passId' } as const;

/** Reads every table (one read transaction: a consistent snapshot). */
export async function dumpAll(now: number): Promise<BackupData> {
  const d = db();
  const tables = [
    ...[d.passages, d.people, d.flags, d.settings, d.ledger, d.audit, d.issuedCards, d.revocations],
    d.outbox,
  ];
  return d.transaction('r', tables, async () => ({
    format: BACKUP_FORMAT,
    version: 2 as const,
    exportedAt: now,
    tables: {
      passages: await d.passages.toArray(),
      people: await d.people.toArray(),
      flags: await d.flags.toArray(),
      // The estate key goes as its public part: its private half leaves only in the key backup.
      settings: (await d.settings.toArray()).map((s) => (s.key === 'estateKey' ? publicKeyRow(s) : s)),
      ledger: await d.ledger.toArray(),
      audit: await d.audit.toArray(),
      issuedCards: await d.issuedCards.toArray(),
      revocations: await d.revocations.toArray(),
    },
  }));
}

/** The estate key's settings row without its private half (names the file's estate). */
function publicKeyRow(row: Setting): Setting {
  const { privateKey: _k, privateKeyJwk: _j, ...pub } = row.value as EstateKeyRecord;
  return { key: row.key, value: pub };
}

/** Whether a decrypted value has the backup's shape (every table a list of keyed records). */
export function isBackupData(v: unknown): v is BackupData {
  return backupProblem(v) === null;
}

/**
 * Why a decrypted value is not a backup this version can restore, or null when it is: the
 * envelope, then every record of every table against its shape (record-shape.ts), then every
 * setting against its key's type. `tables.passages[3].at` names the first field that is wrong.
 */
export function backupProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null) return 'file';
  const b = v as { format?: unknown; version?: unknown; tables?: unknown; exportedAt?: unknown };
  if (b.format !== BACKUP_FORMAT || typeof b.tables !== 'object' || b.tables === null) return 'format';
  if (typeof b.exportedAt !== 'number' || !Number.isFinite(b.exportedAt)) return 'exportedAt';
  const keys = b.version === 1 ? KEYS_V1 : b.version === 2 ? KEYS_V2 : null;
  if (keys === null) return 'version';
  const tables = b.tables as Record<string, unknown>;
  for (const [name, key] of Object.entries(keys)) {
    const rows = tables[name];
    // Version 2's own tables may be missing from a file cut by hand: they read as empty.
    if (rows === undefined && !(name in KEYS_V1)) continue;
    if (!Array.isArray(rows)) return `tables.${name}`;
    for (let i = 0; i < rows.length; i++) {
      const path = `tables.${name}[${i}]`;
      const row = rows[i] as Record<string, unknown> | null;
      if (typeof row !== 'object' || row === null || typeof row[key] !== 'string') return path;
      // v1 kept records in settings under prefixes: those rows are checked as the records they are.
      const bad =
        name === 'settings'
          ? settingProblem(row as unknown as Setting, path)
          : badField(name as ShapedTable, row, path);
      if (bad) return bad;
    }
  }
  return null;
}

/** A settings row of a file: a known key must hold its type, a v1 record its record's shape. */
function settingProblem(row: Setting, path: string): string | null {
  const split = splitLegacySettings([row]);
  for (const table of ['audit', 'issuedCards', 'revocations'] as const) {
    const record = split[table][0];
    if (record) return badField(table, record, `${path}.value`);
  }
  if (isLegacyRecordKey(row.key) || !isSettingKey(row.key)) return null; // dropped on restore
  return isSettingValue(row.key, row.value) ? null : `${path}.value`;
}

/**
 * Settings a restore never takes from a file: the console's access (PIN, lockout), this device's
 * id and gate name (a backup of the east gate does not rename the north one), the estate's
 * private key (only the key backup carries it) and the log filler's mark.
 */
export function keptOnRestore(key: string): boolean {
  return (
    key.startsWith('manage:') ||
    key === 'deviceId' ||
    key === 'gateName' ||
    key === 'estateKey' ||
    key.startsWith('hub:') ||
    key === 'rows:filledThrough'
  );
}

/** The estate a file or this tablet belongs to: its key's estate, else the one estate it trusts. */
export function estateOfSettings(settings: readonly Setting[]): { id: string; name: string } | null {
  const value = (key: string) => settings.find((s) => s.key === key)?.value;
  const key = value('estateKey') as { estateId?: unknown; name?: unknown } | undefined;
  if (key && typeof key.estateId === 'string')
    return { id: key.estateId, name: typeof key.name === 'string' ? key.name : key.estateId };
  const trust = value('trust') as SavedTrust | undefined;
  const estates = trust?.stored?.estate;
  if (Array.isArray(estates) && estates.length === 1 && typeof estates[0]?.estateId === 'string')
    return { id: estates[0].estateId, name: estates[0].name || estates[0].estateId };
  return null;
}

/** The file's records, whatever its version: v1's prefixed settings rows read as records. */
function recordsOf(data: BackupData) {
  const split = splitLegacySettings(data.tables.settings);
  const t = data.tables;
  return {
    // A prefixed row that is not a record is not a setting either: it is dropped, as is a key
    // this version does not know.
    settings: split.settings.filter((s) => !keptOnRestore(s.key) && isSettingKey(s.key)),
    audit: [...split.audit, ...(t.audit ?? [])],
    issuedCards: [...split.issuedCards, ...(t.issuedCards ?? [])],
    revocations: [...split.revocations, ...(t.revocations ?? [])],
  };
}

/** Which of two records with one id a restore keeps. */
type Keep<T> = (local: T, file: T) => T;
const keepLocal = <T>(local: T): T => local;
const keepNewer = <T extends { updatedAt: number }>(local: T, file: T): T =>
  file.updatedAt > local.updatedAt ? file : local;
// A resolution is final: a flag resolved in the file closes the same flag still open here.
const keepResolved: Keep<Flag> = (local, file) =>
  local.status === 'open' && file.status === 'resolved' ? file : local;

/** Adds the file's records to one table by id; a record both hold is decided by `keep`. */
async function mergeInto<T, I>(
  table: Table<T, string, I>,
  id: (r: T) => string,
  rows: readonly T[],
  keep: Keep<T>,
): Promise<{ added: number; updated: number; put: T[] }> {
  const fromFile = [...new Map(rows.map((r) => [id(r), r])).values()];
  const local = await table.bulkGet(fromFile.map(id));
  const put: T[] = [];
  let added = 0;
  fromFile.forEach((row, i) => {
    const here = local[i];
    if (here === undefined) {
      added++;
      put.push(row);
    } else if (keep(here, row) !== here) put.push(row);
  });
  // A record of the table is also what it takes on insert (only the key is optional there).
  await table.bulkPut(put as unknown as I[]);
  return { added, updated: put.length - added, put };
}

/** The outcome of a restore: records added from the file and records it updated, per table. */
export type MergeCounts = Record<
  'passages' | 'people' | 'flags' | 'ledger' | 'audit' | 'issuedCards' | 'revocations',
  number
>;

/**
 * Merges the backup into this tablet as the manager `who`, all or nothing. Records are merged
 * by id, never replaced wholesale: what this tablet holds and the file does not stays; a passage,
 * an audit entry, a card or a revocation both hold stays as this tablet has it (they are never
 * edited, so a file cannot rewrite one); a person or a ledger entry both hold takes the newer
 * (`updatedAt`); a flag resolved in either is resolved. The file's settings apply, except those
 * `keptOnRestore`. A file of another estate is refused unless `otherEstate` names that estate
 * (the manager typed it): `{ otherEstate: name }` comes back so the screen can ask.
 */
export async function restoreAll(
  data: BackupData,
  who: string,
  now: number,
  confirmedEstate?: string,
): Promise<{ added: MergeCounts } | { otherEstate: { id: string; name: string } }> {
  const d = db();
  const file = recordsOf(data);
  const t = data.tables;
  const tables = [
    ...[d.passages, d.people, d.flags, d.settings, d.ledger, d.audit, d.issuedCards, d.revocations],
    d.outbox,
  ];
  return d.transaction('rw', tables, async () => {
    const theirs = estateOfSettings(data.tables.settings);
    const ours = estateOfSettings(await d.settings.toArray());
    if (theirs && ours && theirs.id !== ours.id && confirmedEstate?.trim() !== theirs.name)
      return { otherEstate: theirs };
    const byId = <T extends { id: string }>(r: T) => r.id;
    const byPass = <T extends { passId: string }>(r: T) => r.passId;
    const passages = await mergeInto(d.passages, byId, t.passages, keepLocal);
    const people = await mergeInto(d.people, byId, t.people, keepNewer);
    const flags = await mergeInto(d.flags, byId, t.flags, keepResolved);
    const ledger = await mergeInto(d.ledger, byId, t.ledger, keepNewer);
    const revocations = await mergeInto(d.revocations, byPass, file.revocations, keepLocal);
    const added = {
      passages: passages.added,
      people: people.added,
      flags: flags.added,
      ledger: ledger.added,
      audit: (await mergeInto(d.audit, byId, file.audit, keepLocal)).added,
      issuedCards: (await mergeInto(d.issuedCards, byPass, file.issuedCards, keepLocal)).added,
      revocations: revocations.added,
    };
    // On a connected device, what the restore added or changed goes to the hub like any write
    // (a replaced tablet's checks it never uploaded arrive). The hub keeps one record per id, so
    // what it already holds is acknowledged as a duplicate and never stored twice.
    await enqueueForHub([
      ...passages.put.map((r) => ({ kind: 'passage' as const, id: r.id, body: { ...r } })),
      ...flags.put.map((r) => ({ kind: 'flag' as const, id: r.id, body: { ...r } })),
      ...people.put.map((r) => ({
        kind: r.kind === 'resident' ? ('registry-change' as const) : ('registration' as const),
        id: r.id,
        body: { ...r },
      })),
      ...ledger.put.map((r) => ({ kind: 'ledger-entry' as const, id: r.id, body: { ...r } })),
      ...revocations.put.map((r) => ({ kind: 'revocation' as const, id: r.passId, body: { ...r } })),
    ]);
    await d.settings.bulkPut(file.settings);
    const from = theirs && ours && theirs.id !== ours.id ? ` from-estate=${theirs.id}` : '';
    await audit(
      'restore',
      who,
      `${new Date(data.exportedAt).toISOString()}${from} added passages=${added.passages} people=${added.people} flags=${added.flags} ledger=${added.ledger} audit=${added.audit}`,
      now,
    );
    return { added };
  });
}
