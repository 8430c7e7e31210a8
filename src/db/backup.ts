/**
 * Everything the tablet holds, as one plain object (for the encrypted backup), and the restore:
 * validated first, then every table replaced in ONE transaction, so a bad file changes nothing.
 */
import { db } from './index.ts';
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

/** Replaces everything with the backup's contents; all or nothing. */
export async function restoreAll(data: BackupData): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.passages, d.people, d.flags, d.settings, d.ledger], async () => {
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
    await d.settings.bulkAdd(data.tables.settings);
    await d.ledger.bulkAdd(data.tables.ledger);
  });
}
