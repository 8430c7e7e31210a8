/**
 * The revoked estate-pass ids, as the reader wants them. The gate reads them on every scan. They
 * follow the `revocations` table as it changes (a Dexie live query): a card revoked in this
 * tablet's console, in another tab, or by the office and pulled from the hub (db/hub-pull.ts) is
 * denied on its next scan without a reload. Kept here, not in the console, so the gate does not
 * load the console's code.
 */
import { signal } from '@preact/signals';
import { type Revocation, watchRevocations } from '../db/estate.ts';

/** Revoked pass ids (empty until read). */
export const revokedIds = signal<ReadonlySet<string>>(new Set());

let watching: Promise<void> | null = null;

/** Sets the revoked ids from the revocations just read from IndexedDB. */
export function setRevocations(revoked: readonly Revocation[]): void {
  revokedIds.value = new Set(revoked.map((r) => r.passId));
}

/** The revoked pass ids for a scan, read on first use and followed after; an unreadable store revokes nothing. */
export async function currentRevokedIds(): Promise<ReadonlySet<string>> {
  watching ??= new Promise<void>((resolve) => {
    watchRevocations(
      (revoked) => {
        setRevocations(revoked);
        resolve();
      },
      () => {
        watching = null;
        resolve();
      },
    );
  });
  await watching;
  return revokedIds.value;
}
