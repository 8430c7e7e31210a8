/**
 * The revoked estate-pass ids, as the reader wants them. The gate reads them on every scan; the
 * console sets them after each revocation, so a card revoked there is denied on its next scan
 * without a reload. Kept here, not in the console, so the gate does not load the console's code.
 */
import { signal } from '@preact/signals';
import { listRevocations, type Revocation } from '../db/estate.ts';

/** Revoked pass ids (empty until read). */
export const revokedIds = signal<ReadonlySet<string>>(new Set());

let loaded: Promise<void> | null = null;

/** Sets the revoked ids from the revocations just read from IndexedDB. */
export function setRevocations(revoked: readonly Revocation[]): void {
  revokedIds.value = new Set(revoked.map((r) => r.passId));
  loaded = Promise.resolve();
}

/** The revoked pass ids for a scan, read on first use; an unreadable store revokes nothing. */
export async function currentRevokedIds(): Promise<ReadonlySet<string>> {
  loaded ??= listRevocations().then(setRevocations, () => {
    loaded = null;
  });
  await loaded;
  return revokedIds.value;
}
