/** SMART Health Cards: `shc:/` numeric text -> compact JWS -> DEFLATE'd JSON, ES256 against trusted JWKS. */

import { inflateSync } from 'fflate';
import { isObject, type JsonObject, parseJson, utf8, utf8Bytes } from './bytes.ts';
import { signedContentHash } from './hash.ts';
import { parseCompactJws, verifyEs256 } from './jws.ts';
import { addError, emptyResult, validityAt } from './result.ts';
import { summariseFhir } from './shc-fhir.ts';
import { assembleShc } from './shc-numeric.ts';
import type { ShcIssuerTrust } from './trust-types.ts';
import type { ScanResult } from './types.ts';

/** Reads one SMART Health Card (single text, or all its chunks) and checks it against trusted issuers. */
export async function readShc(
  texts: readonly string[],
  issuers: ReadonlyMap<string, ShcIssuerTrust>,
  now: number,
  textHash: string,
): Promise<ScanResult> {
  const result = emptyResult('shc', textHash);
  const assembled = assembleShc(texts);
  if (!assembled.ok) return addError(result, assembled.code, assembled.message);
  const jws = parseCompactJws(assembled.jws);
  if (!jws) return addError(result, 'jws', 'not a compact JWS with a JSON header');
  const payload = payloadOf(jws.header, jws.payload);
  if (typeof payload === 'string')
    return addError(result, payload === 'compression' ? 'compression' : 'jws', payload);
  result.decoded = true;
  result.details.contentHash = await signedContentHash('shc', utf8Bytes(jws.signingInput));
  for (const broken of specBreaches(payload.json, payload.text)) addError(result, 'schema', broken);

  const iss = typeof payload.json.iss === 'string' ? payload.json.iss : null;
  const kid = typeof jws.header.kid === 'string' ? jws.header.kid : null;
  const nbf = typeof payload.json.nbf === 'number' ? payload.json.nbf * 1000 : null;
  const exp = typeof payload.json.exp === 'number' ? payload.json.exp * 1000 : null;
  result.details.issuer = iss;
  result.details.kid = kid;
  result.details.issuedAt = nbf;
  result.details.notBefore = nbf;
  result.details.expiresAt = exp;
  const vc = isObject(payload.json.vc) ? payload.json.vc : null;
  const subject = vc && isObject(vc.credentialSubject) ? vc.credentialSubject : null;
  if (!iss || !subject || !isObject(subject.fhirBundle))
    addError(result, 'schema', 'missing iss or vc.credentialSubject.fhirBundle');
  const summary = summariseFhir(subject?.fhirBundle);
  result.holder = summary.holder;
  result.certificateType = summary.certificateType;
  result.details.facts = summary.facts;

  await checkSignature(result, jws, iss, kid, issuers);
  const rid = vc && typeof vc.rid === 'string' ? vc.rid : null;
  const issuer = iss ? issuers.get(iss) : undefined;
  if (rid && kid && issuer && isRevoked(issuer, kid, rid, nbf))
    addError(result, 'revoked', `rid ${rid} is in the issuer's revocation list`);

  result.validity = validityAt(nbf, exp, now);
  if (result.validity === 'expired') addError(result, 'expired', 'the card has expired (exp)');
  if (result.validity === 'not-yet-valid')
    addError(result, 'not-yet-valid', 'the card is not valid yet (nbf)');
  return result;
}

/**
 * The JSON payload (and its text), or the reason it cannot be read. The specification's
 * "Health Cards are small" rules: the header says `zip: "DEF"` and the payload is raw DEFLATE
 * (no zlib or gzip wrapper), so a payload without `zip` or with another value is refused.
 */
function payloadOf(header: JsonObject, raw: Uint8Array): { json: JsonObject; text: string } | string {
  if (header.zip !== 'DEF') return `header zip must be "DEF", not ${JSON.stringify(header.zip ?? null)}`;
  let bytes: Uint8Array;
  try {
    bytes = inflateSync(raw);
  } catch {
    return 'compression';
  }
  const text = utf8(bytes);
  const json = text === null ? null : parseJson(text);
  return text !== null && isObject(json) ? { json, text } : 'payload is not a JSON object';
}

const HEALTH_CARD = 'https://smarthealth.cards#health-card';

/**
 * The payload rules of the specification that the reading above does not already enforce, one
 * message each: minified JSON, `nbf` (issuance time) as a number, the health-card type, and the
 * FHIR version beside the bundle.
 */
export function specBreaches(payload: JsonObject, text: string): string[] {
  const out: string[] = [];
  if (!isMinified(text)) out.push('payload is not minified JSON');
  if (typeof payload.nbf !== 'number') out.push('payload nbf (issuance time) is missing');
  const vc = isObject(payload.vc) ? payload.vc : null;
  const types = vc && Array.isArray(vc.type) ? vc.type : [];
  if (!types.includes(HEALTH_CARD)) out.push(`vc.type does not include ${HEALTH_CARD}`);
  const subject = vc && isObject(vc.credentialSubject) ? vc.credentialSubject : null;
  if (subject && typeof subject.fhirVersion !== 'string')
    out.push('vc.credentialSubject.fhirVersion is missing');
  return out;
}

/** True when the JSON text has no whitespace outside its strings. */
function isMinified(text: string): boolean {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ' ' || c === '\n' || c === '\r' || c === '\t') return false;
  }
  return true;
}

async function checkSignature(
  result: ScanResult,
  jws: NonNullable<ReturnType<typeof parseCompactJws>>,
  iss: string | null,
  kid: string | null,
  issuers: ReadonlyMap<string, ShcIssuerTrust>,
): Promise<void> {
  const issuer = iss ? issuers.get(iss) : undefined;
  if (!issuer) {
    result.signature = 'unknown-key';
    addError(result, 'untrusted-issuer', `issuer ${iss ?? '(none)'} is not in the trust bundle`);
    return;
  }
  const key = kid ? issuer.keys.get(kid) : undefined;
  if (!key) {
    result.signature = 'unknown-key';
    addError(result, 'unknown-key', `no key ${kid ?? '(none)'} for issuer ${issuer.iss}`);
    return;
  }
  if (jws.header.alg !== 'ES256') {
    result.signature = 'invalid';
    addError(result, 'jws', `algorithm ${String(jws.header.alg)} is not ES256`);
    return;
  }
  const ok = await verifyEs256(jws, key);
  result.signature = ok ? 'valid' : 'invalid';
  if (!ok) addError(result, 'signature', 'ES256 signature does not verify');
}

/** A CRL entry `rid.timestamp` revokes only cards issued before that time (SMART Health Cards spec). */
function isRevoked(issuer: ShcIssuerTrust, kid: string, rid: string, nbfMs: number | null): boolean {
  const entries = issuer.revoked.get(kid) ?? [];
  return entries.some(
    (e) => e.rid === rid && (e.before === null || nbfMs === null || nbfMs / 1000 <= e.before),
  );
}
