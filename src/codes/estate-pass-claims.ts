/**
 * The estate pass's CWT claims, kept small so a resident's card prints at 3 cm: the registered
 * `nbf` / `exp`, and one private claim holding the person fields as a positional array. The
 * estate is not repeated in the claims: the key id names it (the trust bundle maps kid -> estate).
 * ULID ids travel as 16 raw bytes (CBOR byte string), other ids as text.
 */
import type { EstatePassFacts, PersonKind } from './types.ts';

const EXP = 4;
const NBF = 5;
/** Private claim: [passId, personId, kind index, displayName, building, unit, room]. */
const PERSON = -1;

/** Wire order of kinds: the index is what the pass carries. Append only. */
const KINDS: readonly PersonKind[] = ['resident', 'courier', 'visitor', 'staff', 'returnee'];
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ULID_RE = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** A ULID as 16 bytes (its 128 bits), any other id unchanged. */
function packId(id: string): string | Uint8Array {
  if (!ULID_RE.test(id)) return id;
  let n = 0n;
  for (const ch of id) n = (n << 5n) | BigInt(CROCKFORD.indexOf(ch));
  const out = new Uint8Array(16);
  for (let i = 15; i >= 0; i--) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

function unpackId(v: unknown): string | null {
  if (typeof v === 'string' && v.length > 0 && v.length <= 64) return v;
  if (!(v instanceof Uint8Array) || v.length !== 16) return null;
  let n = 0n;
  for (const b of v) n = (n << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 26; i++) {
    out = CROCKFORD[Number(n & 31n)] + out;
    n >>= 5n;
  }
  return out;
}

/** Facts -> CWT claims map (times in epoch seconds; absent address parts as null). */
export function toClaims(f: EstatePassFacts): Map<number, unknown> {
  const person = [
    packId(f.passId),
    packId(f.personId),
    KINDS.indexOf(f.kind),
    f.displayName,
    f.building,
    f.unit,
    f.room,
  ];
  return new Map<number, unknown>([
    [NBF, Math.floor(f.validFrom / 1000)],
    [EXP, Math.floor(f.validUntil / 1000)],
    [PERSON, person],
  ]);
}

/** Optional short text: null stays null, anything but a short string is malformed (undefined). */
const optText = (v: unknown): string | null | undefined =>
  v === null ? null : typeof v === 'string' && v.length <= 32 ? v : undefined;
const seconds = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v * 1000 : null;

/** CWT claims -> facts (estate id from the verifying key), or what is missing or malformed. */
export function fromClaims(
  c: Map<unknown, unknown>,
  estateId: string,
): { ok: true; facts: EstatePassFacts } | { ok: false; problem: string } {
  const validFrom = seconds(c.get(NBF));
  const validUntil = seconds(c.get(EXP));
  const person = c.get(PERSON);
  if (validFrom === null || validUntil === null)
    return { ok: false, problem: 'nbf and exp must be epoch seconds' };
  if (!Array.isArray(person) || person.length !== 7)
    return { ok: false, problem: 'the person claim is not a 7-item array' };
  const [pass, who, kindIndex, name, b, u, r] = person as unknown[];
  const passId = unpackId(pass);
  const personId = unpackId(who);
  const kind = typeof kindIndex === 'number' ? KINDS[kindIndex] : undefined;
  const displayName = typeof name === 'string' && name.length > 0 && name.length <= 32 ? name : null;
  const [building, unit, room] = [optText(b), optText(u), optText(r)];
  if (!passId || !personId || !kind || !displayName)
    return { ok: false, problem: 'pass id, person id, kind or name' };
  if (building === undefined || unit === undefined || room === undefined)
    return { ok: false, problem: 'address' };
  return {
    ok: true,
    facts: { passId, personId, estateId, kind, displayName, building, unit, room, validFrom, validUntil },
  };
}
