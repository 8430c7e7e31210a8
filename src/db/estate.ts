/**
 * The estate's own passes: the signing key (one per estate, a setting; its private half a
 * non-extractable CryptoKey, see EstateKeyRecord), every card issued (the
 * `issuedCards` table, so a lost card can be found by household and revoked) and the revocations
 * (the `revocations` table: who, when, why). One record per card and per revocation, so issuing
 * a building's cards never rewrites a list of thousands. Written by the console's estate screens
 * (key, printing, revoking), each write audited in its own transaction, and by a restore.
 */
import { liveQuery } from 'dexie';
import { importEstatePrivateKey } from '../codes/estate-key.ts';
import { audit } from './audit.ts';
import { db } from './index.ts';
import { enqueueForHub } from './outbox.ts';
import { getSetting, setSetting } from './settings.ts';
import type { EstateKeyRecord, IssuedCard, Revocation } from './types.ts';

export type { EstateKeyRecord, IssuedCard, Revocation } from './types.ts';

/** The estate key, or null before one was generated or restored. */
export async function loadEstateKey(): Promise<EstateKeyRecord | null> {
  return (await getSetting('estateKey')) ?? null;
}

/** What a change of the stored key was, as the audit trail names it. */
const KEY_AUDIT = {
  create: 'estate-key',
  rename: 'estate-key',
  restore: 'key-restore',
  backup: 'key-backup',
} as const;

/**
 * The record as this tablet keeps it: the private key non-extractable, its JWK dropped. A record
 * already in that form is returned as it is.
 */
export async function withoutPrivateJwk(record: EstateKeyRecord): Promise<EstateKeyRecord> {
  const { privateKeyJwk, ...rest } = record;
  if (!privateKeyJwk) return rest;
  return { ...rest, privateKey: await importEstatePrivateKey(privateKeyJwk) };
}

/** The key cards are signed with (a record stored before non-extractable keys holds a JWK). */
export async function signingKey(record: EstateKeyRecord): Promise<CryptoKey> {
  if (record.privateKey) return record.privateKey;
  if (record.privateKeyJwk) return importEstatePrivateKey(record.privateKeyJwk);
  throw new Error('no private key on this tablet');
}

/**
 * Stores the estate key (a replacement is the caller's confirmed decision), audited as `what`;
 * the private key is stored non-extractable (`backup` is the last step of a key stored with its
 * JWK by an older version: its sealed backup was just made, and the JWK goes).
 */
export async function saveEstateKey(
  record: EstateKeyRecord,
  who: string,
  what: keyof typeof KEY_AUDIT,
): Promise<EstateKeyRecord> {
  const stored = await withoutPrivateJwk(record);
  const d = db();
  await d.transaction('rw', d.settings, d.audit, async () => {
    await setSetting('estateKey', stored);
    await audit(
      KEY_AUDIT[what],
      who,
      `${what} ${record.estateId} ${record.name} kid=${record.kid}`,
      Date.now(),
    );
  });
  return stored;
}

/**
 * Installs the key a whole-tablet backup of an older version carried, only on a tablet that has
 * none (a restore never replaces the estate's key); returns whether it did.
 */
export async function adoptKeyFromOldBackup(record: EstateKeyRecord, who: string): Promise<boolean> {
  if (!record.privateKeyJwk) return false;
  const stored = await withoutPrivateJwk(record);
  const d = db();
  return d.transaction('rw', d.settings, d.audit, async () => {
    if ((await getSetting('estateKey')) !== undefined) return false;
    await setSetting('estateKey', stored);
    await audit(
      'key-restore',
      who,
      `tablet-backup ${record.estateId} ${record.name} kid=${record.kid}`,
      Date.now(),
    );
    return true;
  });
}

/** Records newly issued cards in one transaction. */
export async function recordIssuedCards(cards: readonly IssuedCard[], who = ''): Promise<void> {
  const d = db();
  await d.transaction('rw', d.issuedCards, d.audit, async () => {
    await d.issuedCards.bulkPut([...cards]);
    const first = cards[0];
    if (first)
      await audit(
        'pass-issue',
        who,
        `${cards.length} ${cards.map((c) => c.passId).join(' ')}`,
        first.issuedAt,
      );
  });
}

/** Every issued card, newest first. */
export async function listIssuedCards(): Promise<IssuedCard[]> {
  // Cards of one printing share their time: sorted here, they stay in pass id order.
  const cards = await db().issuedCards.toArray();
  return cards.sort((a, b) => b.issuedAt - a.issuedAt);
}

/** Marks a pass id revoked; revoking it again keeps the first record. */
export async function revokePassId(rev: Revocation): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.revocations, d.audit, d.settings, d.outbox], async () => {
    if ((await d.revocations.get(rev.passId)) !== undefined) return;
    await d.revocations.add(rev);
    await audit('pass-revoke', rev.by, `${rev.passId} ${rev.reason}`, rev.at);
    // Every gate of a connected estate denies the card from its next pull (sync/puller.ts).
    await enqueueForHub([{ kind: 'revocation', id: rev.passId, body: { ...rev } }]);
  });
}

/** Every revocation, oldest first. */
export async function listRevocations(): Promise<Revocation[]> {
  return db().revocations.orderBy('at').toArray();
}

/**
 * Calls `onChange` with every revocation now and after each change (in this tab, another, or
 * pulled from the hub: a Dexie live query); `onError` once if the store cannot be read.
 */
export function watchRevocations(onChange: (revoked: Revocation[]) => void, onError: () => void): void {
  liveQuery(listRevocations).subscribe({ next: onChange, error: onError });
}
