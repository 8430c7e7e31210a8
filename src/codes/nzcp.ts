/**
 * NZ COVID Pass: `NZCP:/1/` + base32 (no padding) of a COSE_Sign1 whose payload is a CWT. The
 * key comes from the trusted issuer's DID document (`iss#kid`, listed under assertionMethod).
 */

import { base32Decode } from './base32.ts';
import { isObject, type JsonObject, utf8 } from './bytes.ts';
import { asMap, CborError, cborDecode, cborToJson } from './cbor.ts';
import { ALG_ES256, COSE_KID, type CoseSign1, decodeCoseSign1, verifyCoseSign1 } from './cose.ts';
import { signedContentHash } from './hash.ts';
import { addError, emptyResult, validityAt } from './result.ts';
import type { NzcpIssuerTrust } from './trust-types.ts';
import type { ScanResult } from './types.ts';

const PREFIX_RE = /^NZCP:\/(\d+)\//i;
const SUPPORTED_VERSION = 1;
// CWT claim keys (RFC 8392); `vc` keeps its string key.
const ISS = 1;
const EXP = 4;
const NBF = 5;
const CTI = 7;

/** Reads an NZ COVID Pass and verifies it against the trusted issuers' keys. */
export async function readNzcp(
  text: string,
  issuers: ReadonlyMap<string, NzcpIssuerTrust>,
  now: number,
  textHash: string,
): Promise<ScanResult> {
  const result = emptyResult('nzcp', textHash);
  const m = PREFIX_RE.exec(text);
  if (!m) return addError(result, 'prefix', 'an NZ COVID Pass starts with NZCP:/1/');
  if (Number(m[1]) !== SUPPORTED_VERSION)
    return addError(result, 'version', `NZCP version ${m[1]} is not supported`);
  const bytes = base32Decode(text.slice(m[0].length));
  if (!bytes || bytes.length === 0) return addError(result, 'encoding', 'the body is not base32');
  let msg: CoseSign1;
  let claims: Map<unknown, unknown> | null;
  try {
    msg = decodeCoseSign1(bytes);
    claims = asMap(cborDecode(msg.payload));
  } catch (e) {
    return addError(result, e instanceof CborError ? 'cbor' : 'cose', (e as Error).message);
  }
  if (!claims) return addError(result, 'cbor', 'the CWT payload is not a map');
  result.decoded = true;
  result.details.contentHash = await signedContentHash('nzcp', msg.protectedBytes, msg.payload);

  const iss = claims.get(ISS);
  const nbf = claims.get(NBF);
  const exp = claims.get(EXP);
  const kid = kidOf(msg);
  result.details.issuer = typeof iss === 'string' ? iss : null;
  result.details.kid = kid;
  result.details.notBefore = typeof nbf === 'number' ? nbf * 1000 : null;
  result.details.issuedAt = result.details.notBefore;
  result.details.expiresAt = typeof exp === 'number' ? exp * 1000 : null;
  readCredential(result, claims);
  if (msg.alg !== ALG_ES256 || !kid)
    addError(result, 'cose', 'the protected header needs alg ES256 and a kid');
  await checkSignature(result, msg, result.details.issuer, kid, issuers);

  result.validity = validityAt(result.details.notBefore, result.details.expiresAt, now);
  if (result.validity === 'expired') addError(result, 'expired', 'the pass has expired (exp)');
  if (result.validity === 'not-yet-valid')
    addError(result, 'not-yet-valid', 'the pass is not active yet (nbf)');
  return result;
}

/** NZCP puts the kid as a text string (major type 3); accept a byte string of UTF-8 too. */
function kidOf(msg: CoseSign1): string | null {
  const raw = msg.protectedHeader.get(COSE_KID);
  if (typeof raw === 'string') return raw;
  return msg.kid ? utf8(msg.kid) : null;
}

/** Checks the CWT claims and the `vc` the spec requires, and reads the holder from it. */
function readCredential(result: ScanResult, claims: Map<unknown, unknown>): void {
  const missing: string[] = [];
  if (result.details.issuer === null) missing.push('iss');
  if (result.details.notBefore === null) missing.push('nbf');
  if (result.details.expiresAt === null) missing.push('exp');
  const cti = claims.get(CTI);
  if (!(cti instanceof Uint8Array) || cti.length !== 16) missing.push('cti (16-byte UUID)');
  const vc = cborToJson(claims.get('vc'));
  const types = isObject(vc) && Array.isArray(vc.type) ? vc.type : [];
  const context = isObject(vc) && Array.isArray(vc['@context']) ? vc['@context'] : [];
  if (context[0] !== 'https://www.w3.org/2018/credentials/v1') missing.push('vc.@context');
  if (types[0] !== 'VerifiableCredential' || types[1] !== 'PublicCovidPass') missing.push('vc.type');
  if (!isObject(vc) || vc.version !== '1.0.0') missing.push('vc.version 1.0.0');
  const subject: JsonObject = isObject(vc) && isObject(vc.credentialSubject) ? vc.credentialSubject : {};
  const given = typeof subject.givenName === 'string' ? subject.givenName : null;
  const family = typeof subject.familyName === 'string' ? subject.familyName : null;
  const dob = typeof subject.dob === 'string' ? subject.dob : null;
  if (!given) missing.push('credentialSubject.givenName');
  if (!dob) missing.push('credentialSubject.dob');
  if (missing.length > 0) addError(result, 'schema', `missing or invalid: ${missing.join(', ')}`);
  if (given || dob) result.holder = { name: [given, family].filter(Boolean).join(' '), dob };
  // A PublicCovidPass is the NZ vaccination pass; it states no doses, so no vaccination facts.
  if (types[1] === 'PublicCovidPass') result.certificateType = 'vaccination';
}

async function checkSignature(
  result: ScanResult,
  msg: CoseSign1,
  iss: string | null,
  kid: string | null,
  issuers: ReadonlyMap<string, NzcpIssuerTrust>,
): Promise<void> {
  const issuer = iss ? issuers.get(iss) : undefined;
  if (!issuer) {
    result.signature = 'unknown-key';
    addError(result, 'untrusted-issuer', `issuer ${iss ?? '(none)'} is not a trusted NZCP issuer`);
    return;
  }
  const key = kid ? issuer.keys.get(`${issuer.iss}#${kid}`) : undefined;
  if (!key) {
    result.signature = 'unknown-key';
    addError(result, 'unknown-key', `no assertion key ${issuer.iss}#${kid ?? ''} in the DID document`);
    return;
  }
  const ok = await verifyCoseSign1(msg, key);
  result.signature = ok ? 'valid' : 'invalid';
  if (!ok) addError(result, 'signature', 'ES256 signature does not verify');
}
