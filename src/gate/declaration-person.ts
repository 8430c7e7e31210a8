/**
 * A person who registered with a declaration: the same declaration always names the same
 * person id, so a courier confirmed once passes later without retyping until the expiry.
 */
import { sha256Hex } from '../codes/hash.ts';
import type { DeclarationFacts } from '../codes/types.ts';
import type { Person } from '../db/index.ts';
import type { ReturneeDeclaration } from '../db/ledger.ts';

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
/** Days a confirmed courier stays registered (a setting may change it). */
export const COURIER_DAYS = 7;
/** A returnee is registered through the 14 days of health monitoring. */
export const RETURNEE_DAYS = 14;

/** The person id a declaration stands for (kind, name and phone; never the ID number). */
export async function declarationPersonId(f: DeclarationFacts): Promise<string> {
  return `decl-${(await sha256Hex(`${f.kind}|${f.name.trim()}|${f.phone.replace(/\D/g, '')}`)).slice(0, 20)}`;
}

/** End of the day of `now` in China (a visitor's registration lasts the day). */
export function endOfChinaDay(now: number): number {
  return Math.floor((now + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS + DAY_MS - CHINA_OFFSET_MS - 1;
}

/** When a confirmed registration ends: courier N days, visitor the day, returnee 14 days. */
export function registrationExpiry(
  kind: DeclarationFacts['kind'],
  now: number,
  courierDays = COURIER_DAYS,
): number {
  if (kind === 'courier') return now + courierDays * DAY_MS;
  if (kind === 'returnee') return endOfChinaDay(now + RETURNEE_DAYS * DAY_MS);
  return endOfChinaDay(now);
}

const declared = (text: string | null) => text?.trim() || null;

/**
 * The registry entry a confirmed declaration becomes, with the company and plate declared (the
 * registry shows them and the log is searched by plate; retention removes them with the entry).
 */
export function personFromDeclaration(id: string, f: DeclarationFacts, now: number): Person {
  const home = f.returnee ? null : f.host;
  return {
    id,
    kind: f.kind,
    name: f.name,
    phone: f.phone,
    building: home?.building ?? null,
    unit: home?.unit ?? null,
    room: home?.room ?? null,
    status: 'normal',
    registeredUntil: registrationExpiry(f.kind, now),
    updatedAt: now,
    company: declared(f.company),
    plate: declared(f.plate),
  };
}

/**
 * The train or flight number, where the declaration carries one. The registration form gains the
 * field in a later wire version (`transportNo`, beside the transport or at the top level); a
 * declaration without it gives null, so both old and new codes make a whole ledger entry.
 */
function transportNoOf(f: DeclarationFacts): string | null {
  const where = [f.returnee as { transportNo?: unknown } | null, f as { transportNo?: unknown }];
  for (const o of where) {
    const no = o?.transportNo;
    if (typeof no === 'string' && no.trim() !== '') return no.trim();
  }
  return null;
}

/** What a returnee's declaration gives the ledger (台账); null for anyone else. */
export function ledgerDeclaration(f: DeclarationFacts): ReturneeDeclaration | null {
  const r = f.returnee;
  if (!r) return null;
  return {
    name: f.name,
    phone: f.phone,
    idLast4: f.idLast4,
    colour: f.reportedColour,
    from: r.from,
    arrivedOn: r.arrivedOn,
    transport: r.transport,
    transportNo: transportNoOf(f),
    home: f.host,
    itinerary: f.itinerary,
  };
}
