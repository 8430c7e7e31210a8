/**
 * Everything the tablet holds, as one plain object (for the encrypted backup), and the restore:
 * validated first, then the records replaced in ONE transaction, so a bad file changes nothing.
 * A restore is a manager's action and never takes over the console: this tablet's PIN, lockout,
 * console settings, device id and audit trail stay as they are (the file's audit entries are
 * added beside them, never over them), and the restore itself is audited in the same transaction.
 */
import { db } from './index.ts';
import { audit } from './manage-audit.ts';
import type { Flag, LedgerEntry, Passage, Person, Setting } from './types.ts';

export const BACKUP_FORMAT = 'gate-checkpoint/backup';

export interface BackupData {
  format: typeof BACKUP_FORMAT;
  version: 1;
  exportedAt: number;
  tables: {
    passages: Passage[];
    people: Person[];
    flags: Flag[];
    settings: Setting[];
    ledger: LedgerEntry[];
  };
}

const TABLES = ['passages', 'people', 'flags', 'settings', 'ledger'] as const;

/** Reads every table (one read transaction: a consistent snapshot). */
export async function dumpAll(now: number): Promise<BackupData> {
  const d = db();
  return d.transaction('r', [d.passages, d.people, d.flags, d.settings, d.ledger], async () => ({
    format: BACKUP_FORMAT,
    version: 1 as const,
    exportedAt: now,
    tables: {
      passages: await d.passages.toArray(),
      people: await d.people.toArray(),
      flags: await d.flags.toArray(),
      settings: await d.settings.toArray(),
      ledger: await d.ledger.toArray(),
    },
  }));
}

/** Whether a decrypted value has the backup's shape (every table a list of keyed records). */
export function isBackupData(v: unknown): v is BackupData {
  if (typeof v !== 'object' || v === null) return false;
  const b = v as Partial<BackupData>;
  if (b.format !== BACKUP_FORMAT || b.version !== 1 || typeof b.tables !== 'object' || b.tables === null)
    return false;
  const tables = b.tables as Record<string, unknown>;
  return TABLES.every((name) => {
    const rows = tables[name];
    const key = name === 'settings' ? 'key' : 'id';
    return (
      Array.isArray(rows) &&
      rows.every(
        (r) => typeof r === 'object' && r !== null && typeof (r as Record<string, unknown>)[key] === 'string',
      )
    );
  });
}

/** Settings a restore never takes from a file: the console's access, this device's id, the audit trail. */
export function keptOnRestore(key: string): boolean {
  return key.startsWith('manage:') || key === 'deviceId' || key.startsWith('audit:');
}

/** Replaces the records with the backup's contents as the manager `who`; all or nothing. */
export async function restoreAll(data: BackupData, who: string, now: number): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.passages, d.people, d.flags, d.settings, d.ledger], async () => {
    const kept = (await d.settings.toArray()).filter((s) => keptOnRestore(s.key));
    const keptKeys = new Set(kept.map((s) => s.key));
    // The file's audit entries join the trail; any other setting the device keeps is not taken.
    const fromFile = data.tables.settings.filter(
      (s) => !keptKeys.has(s.key) && (s.key.startsWith('audit:') || !keptOnRestore(s.key)),
    );
    await Promise.all([
      d.passages.clear(),
      d.people.clear(),
      d.flags.clear(),
      d.settings.clear(),
      d.ledger.clear(),
    ]);
    await d.passages.bulkAdd(data.tables.passages);
    await d.people.bulkAdd(data.tables.people);
    await d.flags.bulkAdd(data.tables.flags);
    await d.settings.bulkAdd([...kept, ...fromFile]);
    await d.ledger.bulkAdd(data.tables.ledger);
    const t = data.tables;
    await audit(
      'restore',
      who,
      `${new Date(data.exportedAt).toISOString()} passages=${t.passages.length} people=${t.people.length} flags=${t.flags.length} ledger=${t.ledger.length}`,
      now,
    );
  });
}
