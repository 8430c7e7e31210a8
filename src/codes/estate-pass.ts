/**
 * The estate's own pass: `EP1:` + base45 of a COSE_Sign1 (ES256, 4-byte kid) over a compact CWT.
 * Base45 keeps the QR in alphanumeric mode; every gate tablet of the estate verifies it offline.
 */

import { Base45Error, base45Decode, base45Encode } from './base45.ts';
import { base64UrlDecode, base64UrlEncode } from './bytes.ts';
import { asMap, CborError, cborDecode, cborEncode } from './cbor.ts';
import { ALG_ES256, type CoseSign1, decodeCoseSign1, signCoseSign1, verifyCoseSign1 } from './cose.ts';
import { fromClaims, toClaims } from './estate-pass-claims.ts';
import { signedContentHash } from './hash.ts';
import { addError, emptyResult, validityAt } from './result.ts';
import type { EstateTrust } from './trust-types.ts';
import type { EstatePassFacts, ScanResult } from './types.ts';

export { type EstateKey, estateKid, generateEstateKey, importEstatePrivateKey } from './estate-key.ts';

const PREFIX_RE = /^EP(\d{1,3}):/i;
const VERSION = 1;
const COSE_SIGN1_TAG_BYTE = 0xd2;

/** Signs a pass and returns its QR text; `fields.estateId` is implied by the key (one key per estate), not written. */
export async function issueEstatePass(
  fields: EstatePassFacts,
  privateKey: CryptoKey,
  kid: string,
): Promise<string> {
  const kidBytes = base64UrlDecode(kid);
  if (!kidBytes || kidBytes.length === 0) throw new Error('estate kid must be base64url');
  const claims = toClaims(fields);
  // Refuse to print a card that no gate could read back (unmasked long name, unknown kind, bad time).
  const check = fromClaims(claims, fields.estateId);
  if (!check.ok) throw new Error(`estate pass fields: ${check.problem}`);
  const signed = await signCoseSign1(cborEncode(claims), privateKey, {
    kid: kidBytes,
    alg: 'ES256',
  });
  // The COSE tag is optional on the wire; leaving it out saves a byte on a card printed at 3 cm.
  const bytes = signed[0] === COSE_SIGN1_TAG_BYTE ? signed.subarray(1) : signed;
  return `EP${VERSION}:${base45Encode(bytes)}`;
}

/** Reads an estate pass and checks it against the trusted estate keys and revocation lists. */
export async function readEstatePass(
  text: string,
  trustedEstates: readonly EstateTrust[],
  revokedPassIds: ReadonlySet<string>,
  now: number,
  textHash: string,
): Promise<ScanResult> {
  const result = emptyResult('estate-pass', textHash);
  const m = PREFIX_RE.exec(text);
  if (!m) return addError(result, 'prefix', 'an estate pass starts with EP1:');
  if (Number(m[1]) !== VERSION)
    return addError(result, 'version', `estate pass version ${m[1]} is not supported`);
  let msg: CoseSign1;
  let claims: Map<unknown, unknown> | null;
  try {
    msg = decodeCoseSign1(base45Decode(text.slice(m[0].length)));
    claims = asMap(cborDecode(msg.payload));
  } catch (e) {
    const code = e instanceof CborError ? 'cbor' : e instanceof Base45Error ? 'encoding' : 'cose';
    return addError(result, code, (e as Error).message);
  }
  if (!claims) return addError(result, 'cbor', 'the CWT payload is not a map');
  result.details.contentHash = await signedContentHash('estate-pass', msg.protectedBytes, msg.payload);
  const kid = msg.kid ? base64UrlEncode(msg.kid) : null;
  result.details.kid = kid;
  const estate = trustedEstates.find((e) => e.kid === kid);
  // The kid names the estate; a pass of an estate we do not trust still shows who it is for.
  const read = fromClaims(claims, estate?.estateId ?? '');
  if (!read.ok) return addError(result, 'schema', `missing or invalid: ${read.problem}`);
  const facts = read.facts;
  result.decoded = true;
  result.certificateType = 'estate-pass';
  result.holder = { name: facts.displayName, dob: null };
  Object.assign(result.details, {
    issuer: estate?.estateId ?? null,
    issuedAt: facts.validFrom,
    notBefore: facts.validFrom,
    expiresAt: facts.validUntil,
    facts: { estatePass: facts },
  });
  if (!estate) {
    result.signature = 'unknown-key';
    addError(result, 'unknown-key', `no trusted estate key ${kid ?? '(none)'}`);
    // Not one estate key here: the tablet is not set up, which says nothing about the card.
    if (trustedEstates.length === 0) addError(result, 'no-estate-key', 'this tablet trusts no estate key');
  } else {
    const ok = msg.alg === ALG_ES256 && (await verifyCoseSign1(msg, estate.key));
    result.signature = ok ? 'valid' : 'invalid';
    if (!ok) addError(result, 'signature', 'ES256 signature does not verify');
  }
  // The bundle's list travels with the key; the local list holds revocations made since the last bundle.
  if (revokedPassIds.has(facts.passId) || estate?.revoked.has(facts.passId)) {
    addError(result, 'revoked', `pass ${facts.passId} was revoked`);
  }
  result.validity = validityAt(facts.validFrom, facts.validUntil, now);
  if (result.validity === 'expired') addError(result, 'expired', 'the pass has expired');
  if (result.validity === 'not-yet-valid') addError(result, 'not-yet-valid', 'the pass is not valid yet');
  return result;
}
