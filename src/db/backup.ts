/**
 * Everything the tablet holds, as one plain object (for the encrypted backup), and the restore:
 * validated first, then the records replaced in ONE transaction, so a bad file changes nothing.
 * Writes every table but the log rows (their middleware and filler keep them). A restore is a
 * manager's action and never takes over the console: this tablet's PIN, lockout, console
 * settings, device id and audit trail stay as they are (the file's audit entries are added
 * beside them, never over them), and the restore itself is audited in the same transaction.
 * Files of version 1 (records under settings key prefixes, before schema v3) still restore.
 */
import { audit } from './audit.ts';
import { db } from './index.ts';
import { isLegacyRecordKey, splitLegacySettings } from './legacy-settings.ts';
import type {
  AuditEntry,
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
  const tables = [d.passages, d.people, d.flags, d.settings, d.ledger, d.audit, d.issuedCards, d.revocations];
  return d.transaction('r', tables, async () => ({
    format: BACKUP_FORMAT,
    version: 2 as const,
    exportedAt: now,
    tables: {
      passages: await d.passages.toArray(),
      people: await d.people.toArray(),
      flags: await d.flags.toArray(),
      settings: await d.settings.toArray(),
      ledger: await d.ledger.toArray(),
      audit: await d.audit.toArray(),
      issuedCards: await d.issuedCards.toArray(),
      revocations: await d.revocations.toArray(),
    },
  }));
}

/** Whether a decrypted value has the backup's shape (every table a list of keyed records). */
export function isBackupData(v: unknown): v is BackupData {
  if (typeof v !== 'object' || v === null) return false;
  const b = v as { format?: unknown; version?: unknown; tables?: unknown };
  if (b.format !== BACKUP_FORMAT || typeof b.tables !== 'object' || b.tables === null) return false;
  const keys = b.version === 1 ? KEYS_V1 : b.version === 2 ? KEYS_V2 : null;
  if (keys === null) return false;
  const tables = b.tables as Record<string, unknown>;
  return Object.entries(keys).every(([name, key]) => {
    const rows = tables[name];
    return (
      Array.isArray(rows) &&
      rows.every(
        (r) => typeof r === 'object' && r !== null && typeof (r as Record<string, unknown>)[key] === 'string',
      )
    );
  });
}

/** Settings a restore never takes from a file: the console's access, this device's id. */
export function keptOnRestore(key: string): boolean {
  return key.startsWith('manage:') || key === 'deviceId';
}

/** The file's records, whatever its version: v1's prefixed settings rows read as records. */
function recordsOf(data: BackupData) {
  const split = splitLegacySettings(data.tables.settings);
  const t = data.tables;
  return {
    // A prefixed row that is not a record is not a setting either: it is dropped.
    settings: split.settings.filter((s) => !keptOnRestore(s.key) && !isLegacyRecordKey(s.key)),
    audit: [...split.audit, ...(t.audit ?? [])],
    issuedCards: [...split.issuedCards, ...(t.issuedCards ?? [])],
    revocations: [...split.revocations, ...(t.revocations ?? [])],
  };
}

/** Replaces the records with the backup's contents as the manager `who`; all or nothing. */
export async function restoreAll(data: BackupData, who: string, now: number): Promise<void> {
  const d = db();
  const file = recordsOf(data);
  const tables = [d.passages, d.people, d.flags, d.settings, d.ledger, d.audit, d.issuedCards, d.revocations];
  await d.transaction('rw', tables, async () => {
    const kept = (await d.settings.toArray()).filter((s) => keptOnRestore(s.key));
    // The file's audit entries join the trail; an entry this device already holds stays as it is.
    const trail = new Set(await d.audit.toCollection().primaryKeys());
    const newEntries = [...new Map(file.audit.map((e) => [e.id, e])).values()].filter(
      (e) => !trail.has(e.id),
    );
    await Promise.all([
      d.passages.clear(),
      d.people.clear(),
      d.flags.clear(),
      d.settings.clear(),
      d.ledger.clear(),
      d.issuedCards.clear(),
      d.revocations.clear(),
    ]);
    await d.passages.bulkAdd(data.tables.passages);
    await d.people.bulkAdd(data.tables.people);
    await d.flags.bulkAdd(data.tables.flags);
    await d.settings.bulkAdd([...kept, ...file.settings]);
    await d.ledger.bulkAdd(data.tables.ledger);
    await d.audit.bulkAdd(newEntries);
    await d.issuedCards.bulkAdd(file.issuedCards);
    await d.revocations.bulkAdd(file.revocations);
    const t = data.tables;
    await audit(
      'restore',
      who,
      `${new Date(data.exportedAt).toISOString()} passages=${t.passages.length} people=${t.people.length} flags=${t.flags.length} ledger=${t.ledger.length}`,
      now,
    );
  });
}
