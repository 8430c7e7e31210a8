/**
 * The whole-tablet encrypted backup: every table sealed with a passphrase, and its restore. Both
 * are a manager's actions (the console, past the PIN) and both are audited.
 */
import { audit } from '../db/audit.ts';
import { BACKUP_FORMAT, type BackupData, backupProblem, dumpAll, restoreAll } from '../db/backup.ts';
import { adoptKeyFromOldBackup, type EstateKeyRecord } from '../db/estate.ts';
import { seal, unseal } from './sealed.ts';

/** Shortest passphrase accepted: the file holds personal data. */
export const MIN_PASSPHRASE_CHARS = 8;

/** The sealed backup file's bytes (GCSF, sealed for BACKUP_FORMAT), made as the manager `who`. */
export async function makeBackup(passphrase: string, who: string, now: number): Promise<Uint8Array> {
  const data = await dumpAll(now);
  const t = data.tables;
  await audit(
    'backup-export',
    who,
    `passages=${t.passages.length} people=${t.people.length} ledger=${t.ledger.length}`,
    now,
  );
  return seal(BACKUP_FORMAT, new TextEncoder().encode(JSON.stringify(data)), passphrase);
}

/** What a restore came to: done, refused (and why), or waiting for the manager to name the other estate. */
export type RestoreOutcome =
  | { ok: true }
  | { ok: false; problem: 'format' | 'passphrase' | 'content'; field?: string }
  | { ok: false; problem: 'other-estate'; estate: { id: string; name: string } };

/**
 * Opens and restores a backup as the manager `who`; any problem is reported and nothing is
 * changed. A file of another estate restores only with `confirmedEstate` = that estate's name.
 */
export async function restoreBackup(
  file: Uint8Array,
  passphrase: string,
  who: string,
  now: number,
  confirmedEstate?: string,
): Promise<RestoreOutcome> {
  const opened = await unseal(BACKUP_FORMAT, file, passphrase);
  if (!opened.ok) return { ok: false, problem: opened.problem };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(opened.bytes));
  } catch {
    return { ok: false, problem: 'content' };
  }
  const bad = backupProblem(data);
  if (bad !== null) return { ok: false, problem: 'content', field: bad };
  const backup = data as BackupData;
  let merged: Awaited<ReturnType<typeof restoreAll>>;
  try {
    merged = await restoreAll(backup, who, now, confirmedEstate);
  } catch {
    return { ok: false, problem: 'content' };
  }
  if ('otherEstate' in merged) return { ok: false, problem: 'other-estate', estate: merged.otherEstate };
  // A file of an older version may still carry the estate's private key: it is installed only
  // on a tablet that has no key (never over one), non-extractable.
  const oldKey = backup.tables.settings.find((s) => s.key === 'estateKey')?.value as
    | EstateKeyRecord
    | undefined;
  if (oldKey?.privateKeyJwk) await adoptKeyFromOldBackup(oldKey, who).catch(() => false);
  return { ok: true };
}
