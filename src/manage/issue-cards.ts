/**
 * Issuing printed cards: one signed estate pass per resident, its QR as SVG, and the record that
 * lets the card be found and revoked later. Signing happens on this tablet; nothing leaves it.
 */
import QRCode from 'qrcode';
import { maskName } from '../app/mask.ts';
import { issueEstatePass } from '../codes/estate-pass.ts';
import { type EstateKeyRecord, type IssuedCard, signingKey } from '../db/estate.ts';
import { newId, type Person } from '../db/index.ts';

/** A card ready to lay out: what is printed and the pass text inside its QR. */
export interface PrintedCard extends IssuedCard {
  text: string;
  qrSvg: string;
  estateName: string;
}

/** Start of the local day holding `now` (a card is valid from the morning it is printed). */
export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The last second of a local `YYYY-MM-DD` day, or null when the text is not a date. */
export function endOfDay(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59);
  return Number.isNaN(d.getTime()) ? null : d.getTime();
}

/** `YYYY-MM-DD` one year after `now` (the default validity). */
export function oneYearFrom(now: number): string {
  const d = new Date(now);
  d.setFullYear(d.getFullYear() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Signs one pass per resident; a resident whose details cannot go on a card is listed, not fatal. */
export async function makeCards(
  people: readonly Person[],
  key: EstateKeyRecord,
  validUntil: number,
  now: number,
): Promise<{ cards: PrintedCard[]; skipped: string[] }> {
  const privateKey = await signingKey(key);
  const validFrom = startOfDay(now);
  const cards: PrintedCard[] = [];
  const skipped: string[] = [];
  for (const p of people) {
    const card: IssuedCard = {
      passId: newId(now),
      personId: p.id,
      displayName: maskName(p.name),
      building: p.building,
      unit: p.unit,
      room: p.room,
      validFrom,
      validUntil,
      issuedAt: now,
      kid: key.kid,
    };
    try {
      const text = await issueEstatePass(
        { ...card, estateId: key.estateId, kind: 'resident' },
        privateKey,
        key.kid,
      );
      const qrSvg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      cards.push({ ...card, text, qrSvg, estateName: key.name });
    } catch {
      skipped.push(`${maskName(p.name)} ${[p.building, p.unit, p.room].filter(Boolean).join('-')}`);
    }
  }
  return { cards, skipped };
}

/** The stored record of a printed card (without its QR and text: the text is a bearer pass). */
export function issuedRecord(c: PrintedCard): IssuedCard {
  const { passId, personId, displayName, building, unit, room, validFrom, validUntil, issuedAt, kid } = c;
  return { passId, personId, displayName, building, unit, room, validFrom, validUntil, issuedAt, kid };
}
