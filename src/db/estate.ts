/**
 * The estate's own passes, kept in the settings table: the signing key (one per estate), every
 * card issued (so a lost card can be found by household and revoked) and the revocations (who,
 * when, why). Cards and revocations are one row each (`estateCard:<passId>`, `estateRevoked:<passId>`)
 * so issuing a building's cards never rewrites a list of thousands, and a prefix read finds them all.
 */
import type { EcJwk } from '../codes/trust-stored.ts';
import { db } from './index.ts';
import { audit } from './manage-audit.ts';
import type { Person } from './types.ts';

/** The estate signing key and the estate it names. The private JWK never leaves this device unencrypted. */
export interface EstateKeyRecord {
  estateId: string;
  name: string;
  kid: string;
  privateKeyJwk: JsonWebKey;
  publicKeyJwk: EcJwk;
  createdAt: number;
}

/** One printed card: enough to find it again by person or household and to revoke it. */
export interface IssuedCard {
  passId: string;
  personId: string;
  displayName: string;
  building: string | null;
  unit: string | null;
  room: string | null;
  validFrom: number;
  validUntil: number;
  issuedAt: number;
  kid: string;
}

/** A revoked pass id: who revoked it, when, and why. */
export interface Revocation {
  passId: string;
  at: number;
  by: string;
  reason: string;
}

const KEY = 'estateKey';
const CARD = 'estateCard:';
const REVOKED = 'estateRevoked:';

const isKeyRecord = (v: unknown): v is EstateKeyRecord => {
  const r = v as Partial<EstateKeyRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.estateId === 'string' &&
    typeof r.kid === 'string' &&
    typeof r.privateKeyJwk === 'object' &&
    typeof r.publicKeyJwk === 'object'
  );
};

/** The estate key, or null before one was generated or restored. */
export async function loadEstateKey(): Promise<EstateKeyRecord | null> {
  const row = await db().settings.get(KEY);
  return isKeyRecord(row?.value) ? row.value : null;
}

/** Stores the estate key (a replacement is the caller's confirmed decision), audited as `what`. */
export async function saveEstateKey(
  record: EstateKeyRecord,
  who: string,
  what: 'create' | 'rename' | 'restore',
): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    await d.settings.put({ key: KEY, value: record });
    const action = what === 'restore' ? 'key-restore' : 'estate-key';
    await audit(action, who, `${what} ${record.estateId} ${record.name} kid=${record.kid}`, Date.now());
  });
}

/** Records newly issued cards in one transaction. */
export async function recordIssuedCards(cards: readonly IssuedCard[], who = ''): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    await d.settings.bulkPut(cards.map((c) => ({ key: `${CARD}${c.passId}`, value: c })));
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

async function rowsWithPrefix<T>(prefix: string): Promise<T[]> {
  const rows = await db().settings.where('key').startsWith(prefix).toArray();
  return rows.map((r) => r.value as T);
}

/** Every issued card, newest first. */
export async function listIssuedCards(): Promise<IssuedCard[]> {
  const cards = await rowsWithPrefix<IssuedCard>(CARD);
  return cards.sort((a, b) => b.issuedAt - a.issuedAt);
}

/** Marks a pass id revoked; revoking it again keeps the first record. */
export async function revokePassId(rev: Revocation): Promise<void> {
  const d = db();
  await d.transaction('rw', d.settings, async () => {
    const key = `${REVOKED}${rev.passId}`;
    if ((await d.settings.get(key)) !== undefined) return;
    await d.settings.put({ key, value: rev });
    await audit('pass-revoke', rev.by, `${rev.passId} ${rev.reason}`, rev.at);
  });
}

/** Every revocation, oldest first. */
export async function listRevocations(): Promise<Revocation[]> {
  const list = await rowsWithPrefix<Revocation>(REVOKED);
  return list.sort((a, b) => a.at - b.at);
}

/** Residents to print cards for: one household, one building, or all; ordered by address. */
export async function residentsFor(scope: {
  building?: string;
  unit?: string;
  room?: string;
}): Promise<Person[]> {
  const same = (want: string | undefined, have: string | null) => !want || want === (have ?? '');
  const people = await db()
    .people.where('kind')
    .equals('resident')
    .filter((p) => same(scope.building, p.building) && same(scope.unit, p.unit) && same(scope.room, p.room))
    .toArray();
  const addr = (p: Person) => [p.building ?? '', p.unit ?? '', p.room ?? ''];
  return people.sort((a, b) => {
    const [x, y] = [addr(a), addr(b)];
    for (let i = 0; i < 3; i++) {
      const c = (x[i] ?? '').localeCompare(y[i] ?? '', 'zh-CN', { numeric: true });
      if (c !== 0) return c;
    }
    return a.name.localeCompare(b.name, 'zh-CN');
  });
}
