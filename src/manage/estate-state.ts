/**
 * The estate pass session state: the signing key, the issued cards and the revoked pass ids, read
 * from IndexedDB once and refreshed after each write. The revoked ids go to src/shared/revoked-ids.ts,
 * which the gate reads on every scan, so a card revoked here is denied on its next scan without a reload.
 */
import { signal } from '@preact/signals';
import { generateEstateKey } from '../codes/estate-key.ts';
import {
  type EstateKeyRecord,
  type IssuedCard,
  listIssuedCards,
  listRevocations,
  loadEstateKey,
  type Revocation,
  revokePassId,
  saveEstateKey,
} from '../db/estate.ts';
import type { SavedTrust } from '../db/trust.ts';
import { revokedIds, setRevocations } from '../shared/revoked-ids.ts';
import { adoptTrust, savedTrust } from '../shared/trust-state.ts';
import { encryptKeyBackup } from './key-backup.ts';
import { estateBundle, withOwnEstate } from './own-trust.ts';

export const estateKey = signal<EstateKeyRecord | null>(null);
export const issuedCards = signal<IssuedCard[]>([]);
export const revocations = signal<Revocation[]>([]);

let loaded: Promise<void> | null = null;

async function refresh(): Promise<void> {
  const [key, cards, revoked] = await Promise.all([loadEstateKey(), listIssuedCards(), listRevocations()]);
  estateKey.value = key;
  issuedCards.value = cards;
  revocations.value = revoked;
  setRevocations(revoked);
}

/** Loads the estate state (once; later calls wait for the same load). */
export function loadEstateState(): Promise<void> {
  loaded ??= refresh().catch((e: unknown) => {
    loaded = null;
    throw e;
  });
  return loaded;
}

/** Makes this tablet trust its own estate key (merged into the imported bundle). */
async function adoptOwnKey(key: EstateKeyRecord): Promise<void> {
  const ids = revocations.value.map((r) => r.passId);
  await adoptTrust(await withOwnEstate(key, ids, savedTrust.value, Date.now()));
}

/** Whether a stored estate entry is exactly this estate's own key (same estate, same key material). */
function isOwnEntry(e: SavedTrust['stored']['estate'][number], key: EstateKeyRecord): boolean {
  return (
    e.estateId === key.estateId &&
    e.publicKeyJwk.x === key.publicKeyJwk.x &&
    e.publicKeyJwk.y === key.publicKeyJwk.y
  );
}

/** Re-adds our key after a trust bundle import replaced the saved bundle without it (or with another key in its place). */
export async function keepOwnKeyTrusted(): Promise<void> {
  const key = estateKey.value;
  const saved = savedTrust.value;
  // Only once a bundle is loaded: merging into "none yet" at start-up would hide the real one.
  if (!key || !saved) return;
  const mine = saved.stored.estate.filter((e) => e.estateId === key.estateId || e.kid === key.kid);
  if (mine.length === 1 && mine[0] && isOwnEntry(mine[0], key)) return;
  await adoptOwnKey(key);
}

/**
 * An imported bundle as it will be kept on this tablet: this estate's own key always in it, and
 * any entry of the file that names this estate or its kid with another key dropped (`ownKeyKept`).
 */
export async function withOwnKeyKept(
  incoming: SavedTrust,
): Promise<{ saved: SavedTrust; ownKeyKept: boolean }> {
  await loadEstateState().catch(() => undefined);
  const key = estateKey.value;
  if (!key) return { saved: incoming, ownKeyKept: false };
  const clash = incoming.stored.estate.some(
    (e) => (e.estateId === key.estateId || e.kid === key.kid) && !isOwnEntry(e, key),
  );
  const ids = revocations.value.map((r) => r.passId);
  const merged = await withOwnEstate(key, ids, incoming, incoming.importedAt);
  return { saved: { ...merged, fileName: incoming.fileName }, ownKeyKept: clash };
}

/**
 * Stores a key (new, renamed, restored, or backed up for the last time) under the manager's
 * name, its private half non-extractable, then trusts it here at once.
 */
export async function installKey(
  record: EstateKeyRecord,
  who: string,
  what: 'create' | 'rename' | 'restore' | 'backup',
): Promise<void> {
  const stored = await saveEstateKey(record, who, what);
  estateKey.value = stored;
  await adoptOwnKey(stored);
}

/**
 * Generates a new ECDSA P-256 estate key for `estateId` / `name` and its sealed backup under
 * `passphrase`: the one moment the private key can be read. The tablet keeps it
 * non-extractable; the returned file is the only copy that can restore it elsewhere.
 */
export async function createEstateKey(
  estateId: string,
  name: string,
  who: string,
  passphrase: string,
): Promise<{ record: EstateKeyRecord; backup: Uint8Array }> {
  const key = await generateEstateKey();
  const record: EstateKeyRecord = {
    estateId,
    name,
    kid: key.kid,
    privateKeyJwk: key.privateKeyJwk,
    publicKeyJwk: key.publicKeyJwk,
    createdAt: Date.now(),
  };
  const backup = await encryptKeyBackup(record, passphrase);
  await installKey(record, who, 'create');
  return { record, backup };
}

/** Renames the estate (the key stays: printed cards stay valid). */
export async function renameEstate(estateId: string, name: string, who: string): Promise<void> {
  const key = estateKey.value;
  if (!key) return;
  await installKey({ ...key, estateId, name }, who, 'rename');
}

/** The trust bundle JSON for the other tablets; this tablet adopts the same entry. */
export async function exportBundleJson(): Promise<string | null> {
  const key = estateKey.value;
  if (!key) return null;
  await adoptOwnKey(key);
  return JSON.stringify(estateBundle(key, [...revokedIds.value]), null, 2);
}

/** Revokes a pass id on this tablet (and in the next exported bundle). */
export async function revokePass(passId: string, by: string, reason: string): Promise<void> {
  await revokePassId({ passId, at: Date.now(), by, reason });
  await refresh();
  const key = estateKey.value;
  if (key) await adoptOwnKey(key);
}

/** Re-reads the issued cards after a print run. */
export async function refreshEstateState(): Promise<void> {
  await refresh();
}
