/** SMART Health Cards: `shc:/` numeric text -> compact JWS -> DEFLATE'd JSON, ES256 against trusted JWKS. */
import { inflateSync } from 'fflate';
import { isObject, type JsonObject, parseJson, utf8 } from './bytes.ts';
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

  const iss = typeof payload.iss === 'string' ? payload.iss : null;
  const kid = typeof jws.header.kid === 'string' ? jws.header.kid : null;
  const nbf = typeof payload.nbf === 'number' ? payload.nbf * 1000 : null;
  const exp = typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  result.details.issuer = iss;
  result.details.kid = kid;
  result.details.issuedAt = nbf;
  result.details.notBefore = nbf;
  result.details.expiresAt = exp;
  const vc = isObject(payload.vc) ? payload.vc : null;
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

/** The JSON payload, or the reason it cannot be read. */
function payloadOf(header: JsonObject, raw: Uint8Array): JsonObject | string {
  let bytes = raw;
  if (header.zip === 'DEF') {
    try {
      bytes = inflateSync(raw);
    } catch {
      return 'compression';
    }
  } else if (header.zip !== undefined) {
    return `unsupported zip ${String(header.zip)}`;
  }
  const text = utf8(bytes);
  const payload = text === null ? null : parseJson(text);
  return isObject(payload) ? payload : 'payload is not a JSON object';
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
