/**
 * This device's chain key and the keyed link it makes. Every link of the passage chain and of
 * the audit chain carries an HMAC-SHA256 of its hash under a key made on this device, so a
 * record altered and re-linked with plain SHA-256 (what anyone with the public algorithm can
 * do, in devtools or on a copied profile) fails the check.
 *
 * The key is a WebCrypto HMAC key made non-extractable, kept in its own table (`deviceKeys`,
 * never in a backup: a structured clone keeps it non-extractable, and no script can read its
 * bytes). So the HMAC has to be WebCrypto's, which is asynchronous; a library HMAC such as
 * noble's needs the key's bytes, which is exactly what must not be readable. A key kept only in
 * memory would be lost on reload and nothing written before could be checked again.
 *
 * The key is read once, as the database opens (loadKeyOnOpen), and held as the CryptoKey
 * object. WebCrypto inside an IndexedDB transaction: a transaction commits as soon as it has no request
 * pending when the code awaits something else. `Dexie.waitFor` keeps the write's own transaction
 * alive meanwhile (it queues a small read until the promise settles), so the link is made from
 * the tail read in that same transaction and written with the record in it: appends cannot fork,
 * and `audit()` stays a call inside each writer's transaction, as it was. The cost is the HMAC's
 * round trip (well under a millisecond) in each audited write and each check.
 *
 * What it does not stop: the key is usable (not readable) by any script running in the app's
 * page, so a person with devtools on the tablet can still sign a forged link, or delete the
 * whole database; and deleting the newest records leaves no trace in any chain (only a copy
 * held elsewhere, such as a hub's receipt, would show it).
 */
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { Dexie } from 'dexie';
import { CHAIN_START, linkHash } from './chain.ts';
import type { GateDb } from './schema.ts';
import type { DeviceKey, KeyedLink } from './types.ts';

/** Where a chain ends: the last link's place and hash (seq 0 and CHAIN_START when empty). */
export interface ChainTail {
  seq: number;
  hash: string;
}

const KEY_NAME = 'chain';
const loaded = new WeakMap<GateDb, Promise<DeviceKey>>();

async function loadOrCreate(d: GateDb): Promise<DeviceKey> {
  const found = await d.deviceKeys.get(KEY_NAME);
  if (found) return found;
  const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const id = bytesToHex(crypto.getRandomValues(new Uint8Array(8)));
  const fresh: DeviceKey = { name: KEY_NAME, key, id, createdAt: Date.now() };
  // Two tabs may both find no key: the first to add it wins and the other takes that one.
  return d.transaction('rw', d.deviceKeys, async () => {
    const won = await d.deviceKeys.get(KEY_NAME);
    if (won) return won;
    await d.deviceKeys.add(fresh);
    return fresh;
  });
}

/**
 * Loads (or makes) the key while the database opens, before any other transaction runs: a
 * transaction waiting on a second one can deadlock (a third, created between them and
 * overlapping both, queues each behind the other), so no write ever loads the key itself.
 */
export function loadKeyOnOpen(d: GateDb): void {
  d.on(
    'ready',
    (vip) => {
      const key = loadOrCreate(vip as GateDb);
      loaded.set(d, key);
      // Without WebCrypto the database still opens; appending to a chain then fails.
      return key.then(
        () => undefined,
        () => undefined,
      );
    },
    true,
  );
}

/** This device's chain key (loaded when the database opened); safe inside any transaction. */
export async function deviceKey(d: GateDb): Promise<DeviceKey> {
  if (!d.isOpen()) await d.open();
  const key = loaded.get(d);
  if (!key) throw new Error('chain key not loaded');
  return Dexie.waitFor(key);
}

/**
 * The next keyed link for a record whose content is `body`, after the tail that `tailOf` reads
 * (given this device's key id). Call it inside the record's write transaction, then write the
 * record with the link in that same transaction.
 */
export async function nextLink(
  d: GateDb,
  body: string,
  tailOf: (keyId: string) => Promise<ChainTail | null>,
): Promise<KeyedLink> {
  const k = await deviceKey(d);
  const tail = await tailOf(k.id);
  const seq = (tail?.seq ?? 0) + 1;
  const prev = tail?.hash ?? CHAIN_START;
  const hash = linkHash(seq, prev, k.id, body);
  const mac = await Dexie.waitFor(crypto.subtle.sign('HMAC', k.key, utf8ToBytes(hash)));
  return { seq, prev, hash, key: k.id, mac: bytesToHex(new Uint8Array(mac)) };
}

/** Whether `mac` is this device's HMAC over `hash` (false for anything malformed). */
export async function macHolds(key: CryptoKey, hash: string, mac: string): Promise<boolean> {
  if (!/^[0-9a-f]{64}$/.test(mac)) return false;
  return crypto.subtle.verify('HMAC', key, hexToBytes(mac), utf8ToBytes(hash));
}
