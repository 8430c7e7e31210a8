/** The whole-tablet encrypted backup: every table sealed with a passphrase, and its restore. */
import { BACKUP_FORMAT, dumpAll, isBackupData, restoreAll } from '../db/backup.ts';
import { seal, unseal } from './sealed.ts';

/** Shortest passphrase accepted: the file holds personal data and the estate's private key. */
export const MIN_PASSPHRASE_CHARS = 8;

/** The sealed backup file's bytes (GCSF, sealed for BACKUP_FORMAT). */
export async function makeBackup(passphrase: string, now: number): Promise<Uint8Array> {
  const data = await dumpAll(now);
  return seal(BACKUP_FORMAT, new TextEncoder().encode(JSON.stringify(data)), passphrase);
}

/** Opens and restores a backup as the manager `who`; any problem is reported and nothing is changed. */
export async function restoreBackup(
  file: Uint8Array,
  passphrase: string,
  who: string,
  now: number,
): Promise<'ok' | 'format' | 'passphrase' | 'content'> {
  const opened = await unseal(BACKUP_FORMAT, file, passphrase);
  if (!opened.ok) return opened.problem;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(opened.bytes));
  } catch {
    return 'content';
  }
  if (!isBackupData(data)) return 'content';
  try {
    await restoreAll(data, who, now);
  } catch {
    return 'content';
  }
  return 'ok';
}
