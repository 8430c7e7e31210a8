/**
 * The estate's own passes: the signing key (one per estate, a setting), every card issued (the
 * `issuedCards` table, so a lost card can be found by household and revoked) and the revocations
 * (the `revocations` table: who, when, why). One record per card and per revocation, so issuing
 * a building's cards never rewrites a list of thousands. Written by the console's estate screens
 * (key, printing, revoking), each write audited in its own transaction, and by a restore.
 */
import { audit } from './audit.ts';
import { db } from './index.ts';
import { getSetting, setSetting } from './settings.ts';
import type { EstateKeyRecord, IssuedCard, Revocation } from './types.ts';

export type { EstateKeyRecord, IssuedCard, Revocation } from './types.ts';

/** The estate key, or null before one was generated or restored. */
export async function loadEstateKey(): Promise<EstateKeyRecord | null> {
  return (await getSetting('estateKey')) ?? null;
}

/** Stores the estate key (a replacement is the caller's confirmed decision), audited as `what`. */
export async function saveEstateKey(
  record: EstateKeyRecord,
  who: string,
  what: 'create' | 'rename' | 'restore',
): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, d.audit, async () => {
    await setSetting('estateKey', record);
    const action = what === 'restore' ? 'key-restore' : 'estate-key';
    await audit(action, who, `${what} ${record.estateId} ${record.name} kid=${record.kid}`, Date.now());
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
  await d.transaction('rw', d.revocations, d.audit, async () => {
    if ((await d.revocations.get(rev.passId)) !== undefined) return;
    await d.revocations.add(rev);
    await audit('pass-revoke', rev.by, `${rev.passId} ${rev.reason}`, rev.at);
  });
}

/** Every revocation, oldest first. */
export async function listRevocations(): Promise<Revocation[]> {
  return db().revocations.orderBy('at').toArray();
}
