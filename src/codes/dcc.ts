/**
 * EU Digital COVID Certificate (`HC1:`): base45, zlib, COSE_Sign1, CWT claims, payload schema,
 * signature against the trusted document signer keys, key usage and validity. Never throws.
 */

import { Base45Error, base45Decode } from './base45.ts';
import { asMap, CborError, cborDecode, cborToJson } from './cbor.ts';
import { type CoseSign1, decodeCoseSign1, verifyCoseSign1 } from './cose.ts';
import { dccFacts, dccHolder } from './dcc-facts.ts';
import { checkDccPayload, dccValueSetProblems } from './dcc-schema.ts';
import { base64Encode, type DccKey } from './dcc-trust.ts';
import type { DccValueSets } from './dcc-valuesets.ts';
import { signedContentHash } from './hash.ts';
import { addError, emptyResult, validityAt } from './result.ts';
import type { ScanResult } from './types.ts';
import { hasZlibHeader, unzlibStrict } from './zlib.ts';

export const DCC_PREFIX = 'HC1:';
const CWT_ISS = 1;
const CWT_EXP = 4;
const CWT_IAT = 6;
const CWT_HCERT = -260;
const HCERT_DCC = 1;
const HOUR_MS = 3_600_000;

export interface ReadDccOptions {
  valueSets?: DccValueSets;
  /** When given, a test certificate also expires this many hours after its sample time. */
  testWindowHours?: { rat: number; naat: number };
}

/** Reads and verifies an `HC1:` text at `now` (epoch ms); every failure is reported in the result. */
export async function readDcc(
  text: string,
  keys: DccKey[],
  now: number,
  textHash: string,
  options: ReadDccOptions = {},
): Promise<ScanResult> {
  const result = emptyResult('dcc', textHash);
  try {
    await readInto(result, text, keys, now, options);
  } catch (e) {
    // A bug must not take the gate down: report it as an unreadable code.
    addError(
      result,
      result.decoded ? 'schema' : 'cose',
      `internal error: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return result;
}

/** zlib when the bytes carry a zlib header; otherwise as they are, flagged like the reference verifiers do. */
function inflate(result: ScanResult, bytes: Uint8Array): Uint8Array | null {
  if (!hasZlibHeader(bytes)) {
    addError(result, 'compression', 'payload is not zlib-compressed');
    return bytes;
  }
  try {
    return unzlibStrict(bytes);
  } catch (e) {
    addError(result, 'compression', `zlib: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

function coseOf(result: ScanResult, bytes: Uint8Array): CoseSign1 | null {
  try {
    return decodeCoseSign1(bytes);
  } catch (e) {
    addError(result, e instanceof CborError ? 'cbor' : 'cose', e instanceof Error ? e.message : String(e));
    return null;
  }
}

/** Largest |epoch ms| a Date can hold: claims beyond it are unreadable, not a crash in toISOString. */
const MAX_TIME_MS = 8.64e15;

/** A CWT NumericDate (seconds) as epoch ms, or null when absent or outside what a Date can hold. */
function seconds(v: unknown): number | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  const ms = Math.floor(v * 1000);
  return Math.abs(ms) <= MAX_TIME_MS ? ms : null;
}

function iso(ms: number | null): string {
  return ms !== null && Math.abs(ms) <= MAX_TIME_MS ? new Date(ms).toISOString() : String(ms);
}

async function readInto(
  result: ScanResult,
  text: string,
  keys: DccKey[],
  now: number,
  options: ReadDccOptions,
): Promise<void> {
  const trimmed = text.replace(/[\r\n]+$/, '');
  if (!trimmed.startsWith(DCC_PREFIX)) {
    addError(result, 'prefix', `does not start with ${DCC_PREFIX}`);
    return;
  }
  let packed: Uint8Array;
  try {
    packed = base45Decode(trimmed.slice(DCC_PREFIX.length));
  } catch (e) {
    addError(result, 'encoding', e instanceof Base45Error ? e.message : 'base45');
    return;
  }
  const coseBytes = inflate(result, packed);
  if (!coseBytes) return;
  const msg = coseOf(result, coseBytes);
  if (!msg) return;
  result.details.contentHash = await signedContentHash('dcc', msg.protectedBytes, msg.payload);
  result.details.kid = msg.kid ? base64Encode(msg.kid) : null;

  let claims: Map<unknown, unknown> | null = null;
  try {
    claims = asMap(cborDecode(msg.payload));
  } catch (e) {
    addError(result, 'cbor', `CWT: ${e instanceof Error ? e.message : String(e)}`);
  }
  const dcc = asMap(asMap(claims?.get(CWT_HCERT))?.get(HCERT_DCC));
  if (claims) {
    const iss = claims.get(CWT_ISS);
    result.details.issuer = typeof iss === 'string' ? iss : null;
    result.details.issuedAt = seconds(claims.get(CWT_IAT));
    result.details.notBefore = result.details.issuedAt;
    result.details.expiresAt = seconds(claims.get(CWT_EXP));
    if (!dcc) addError(result, 'cbor', 'CWT has no hcert (-260) / DCC (1) claim');
    // hcert spec §3.3.1: iat and exp SHALL be present; without them validity cannot be judged.
    if (result.details.issuedAt === null)
      addError(result, 'schema', 'CWT iat (6) missing or not a NumericDate');
    if (result.details.expiresAt === null)
      addError(result, 'schema', 'CWT exp (4) missing or not a NumericDate');
  } else if (!result.errors.includes('cbor')) {
    addError(result, 'cbor', 'CWT payload is not a map');
  }

  const key = await checkSignature(result, msg, keys);
  if (dcc) readPayload(result, cborToJson(dcc), key, options);
  checkValidity(result, now);
}

/** Finds the trusted key by kid and verifies; returns the key only when the signature holds. */
async function checkSignature(result: ScanResult, msg: CoseSign1, keys: DccKey[]): Promise<DccKey | null> {
  const kid = result.details.kid;
  const candidates = kid === null ? [] : keys.filter((k) => k.kid === kid);
  if (candidates.length === 0) {
    result.signature = 'unknown-key';
    addError(
      result,
      'unknown-key',
      kid === null ? 'no kid in the COSE headers' : `no trusted key with kid ${kid}`,
    );
    return null;
  }
  for (const key of candidates) {
    if (await verifyCoseSign1(msg, key.publicKey)) {
      result.signature = 'valid';
      return key;
    }
  }
  result.signature = 'invalid';
  addError(result, 'signature', `signature (alg ${msg.alg ?? 'none'}) does not verify with key ${kid}`);
  return null;
}

function readPayload(result: ScanResult, json: unknown, key: DccKey | null, options: ReadDccOptions): void {
  result.decoded = true;
  const check = checkDccPayload(json);
  for (const problem of check.problems) addError(result, 'schema', problem);
  result.holder = dccHolder(json);
  const { type, entry } = check;
  if (!type || !entry) return;
  result.certificateType = type;
  result.details.facts = dccFacts(type, entry);
  if (key?.usage && !key.usage.includes(type)) {
    addError(result, 'key-usage', `signer certificate may sign ${key.usage.join(', ')}, not ${type}`);
  }
  if (options.valueSets) {
    for (const problem of dccValueSetProblems(check, options.valueSets))
      addError(result, 'value-set', problem);
  }
  const test = result.details.facts.test;
  const window = options.testWindowHours;
  if (test && window && test.kind !== 'other') {
    // The policy's test window narrows the CWT's own: sampled in the future or too long ago is not valid now.
    const until = test.sampledAt + (test.kind === 'rat' ? window.rat : window.naat) * HOUR_MS;
    const d = result.details;
    d.expiresAt = d.expiresAt === null ? until : Math.min(d.expiresAt, until);
    d.notBefore = d.notBefore === null ? test.sampledAt : Math.max(d.notBefore, test.sampledAt);
  }
}

function checkValidity(result: ScanResult, now: number): void {
  const { notBefore, expiresAt } = result.details;
  result.validity = validityAt(notBefore, expiresAt, now);
  if (result.validity === 'expired') addError(result, 'expired', `expired at ${iso(expiresAt)}`);
  if (result.validity === 'not-yet-valid') {
    addError(result, 'not-yet-valid', `not valid before ${iso(notBefore)}`);
  }
}
