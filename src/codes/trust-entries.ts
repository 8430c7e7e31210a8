/** Checks each section of a trust bundle (CONTRACTS §1) and turns its entries into stored form. */
import { base64UrlDecode, base64UrlEncode, isObject, type JsonObject } from './bytes.ts';
import { estateKid } from './estate-key.ts';
import { importEs256Jwk } from './jws.ts';
import type { EcJwk, StoredEstate, StoredNzcpIssuer, StoredShcIssuer } from './trust-stored.ts';

/** Collects problems with their location (`shc[0].jwks.keys[1]: ...`). */
export type Problems = string[];

/** A public P-256 JWK (imported once to prove the point is on the curve), or null with a problem noted. */
async function ecJwk(v: unknown, where: string, problems: Problems): Promise<EcJwk | null> {
  if (!isObject(v)) return note(problems, `${where}: must be a JWK object`);
  if (v.kty !== 'EC' || v.crv !== 'P-256') return note(problems, `${where}: must be an EC P-256 key`);
  if ('d' in v)
    return note(problems, `${where}: carries private key material ("d"); publish the public key only`);
  if (!(await importEs256Jwk(v))) return note(problems, `${where}: x/y are not a valid P-256 public key`);
  const jwk: EcJwk = { kty: 'EC', crv: 'P-256', x: String(v.x), y: String(v.y) };
  if (typeof v.kid === 'string' && v.kid) jwk.kid = v.kid;
  return jwk;
}

function note(problems: Problems, message: string): null {
  problems.push(message);
  return null;
}

function strings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

/** `shc[i]`: an issuer URL, its JWKS, and optional CRLs. */
export async function shcEntry(
  e: JsonObject,
  where: string,
  problems: Problems,
): Promise<StoredShcIssuer | null> {
  const start = problems.length;
  if (typeof e.iss !== 'string' || !e.iss) note(problems, `${where}.iss: must be the issuer URL`);
  const keys = isObject(e.jwks) && Array.isArray(e.jwks.keys) ? e.jwks.keys : null;
  if (!keys) note(problems, `${where}.jwks: must be { "keys": [...] }`);
  const stored: EcJwk[] = [];
  for (const [i, k] of (keys ?? []).entries()) {
    const jwk = await ecJwk(k, `${where}.jwks.keys[${i}]`, problems);
    if (jwk && !jwk.kid) note(problems, `${where}.jwks.keys[${i}]: needs a kid (cards name their key by it)`);
    else if (jwk) stored.push(jwk);
  }
  const crls: StoredShcIssuer['crls'] = [];
  if (e.crls !== undefined && !Array.isArray(e.crls)) note(problems, `${where}.crls: must be a list`);
  for (const [i, c] of (Array.isArray(e.crls) ? e.crls : []).entries()) {
    if (isObject(c) && typeof c.kid === 'string' && strings(c.rids)) crls.push({ kid: c.kid, rids: c.rids });
    else note(problems, `${where}.crls[${i}]: must be { "kid": "...", "rids": ["..."] }`);
  }
  return problems.length > start ? null : { iss: String(e.iss), keys: stored, crls };
}

/** `nzcp[i]`: a did:web issuer and its DID document; keeps the assertion keys, resolved to `did#kid`. */
export async function nzcpEntry(
  e: JsonObject,
  where: string,
  problems: Problems,
): Promise<StoredNzcpIssuer | null> {
  const iss = typeof e.iss === 'string' && e.iss.startsWith('did:web:') ? e.iss : null;
  if (!iss) return note(problems, `${where}.iss: must be a did:web identifier`);
  const doc = e.didDocument;
  if (!isObject(doc) || !Array.isArray(doc.verificationMethod)) {
    return note(problems, `${where}.didDocument: must be a DID document with verificationMethod`);
  }
  const absolute = (id: string) => (id.startsWith('#') ? `${iss}${id}` : id);
  const assertions = new Set((strings(doc.assertionMethod) ? doc.assertionMethod : []).map(absolute));
  const keys: StoredNzcpIssuer['keys'] = [];
  const start = problems.length;
  for (const [i, vm] of doc.verificationMethod.entries()) {
    if (!isObject(vm) || typeof vm.id !== 'string') {
      note(problems, `${where}.didDocument.verificationMethod[${i}]: needs an id`);
      continue;
    }
    const id = absolute(vm.id);
    // Only keys the issuer authorised for assertions may sign passes (NZCP spec, issuer identifier).
    if (!assertions.has(id) || vm.type !== 'JsonWebKey2020') continue;
    const jwk = await ecJwk(
      vm.publicKeyJwk,
      `${where}.didDocument.verificationMethod[${i}].publicKeyJwk`,
      problems,
    );
    if (jwk) keys.push({ id, jwk });
  }
  if (problems.length > start) return null;
  if (keys.length === 0)
    return note(problems, `${where}.didDocument: no JsonWebKey2020 key listed under assertionMethod`);
  return { iss, keys };
}

/** `estate[i]`: an estate id, its name, its public key and an optional list of revoked pass ids. */
export async function estateEntry(
  e: JsonObject,
  where: string,
  problems: Problems,
): Promise<StoredEstate | null> {
  const start = problems.length;
  if (typeof e.estateId !== 'string' || !e.estateId)
    note(problems, `${where}.estateId: must be a non-empty string`);
  if (typeof e.name !== 'string') note(problems, `${where}.name: must be a string`);
  if (e.revoked !== undefined && !strings(e.revoked))
    note(problems, `${where}.revoked: must be a list of pass ids`);
  const jwk = await ecJwk(e.publicKeyJwk, `${where}.publicKeyJwk`, problems);
  // Passes carry the kid as raw bytes, so only a kid that is exact base64url can ever match.
  const kidBytes = jwk?.kid ? base64UrlDecode(jwk.kid) : null;
  if (jwk?.kid && (!kidBytes || base64UrlEncode(kidBytes) !== jwk.kid)) {
    note(problems, `${where}.publicKeyJwk.kid: must be base64url (or left out to derive it from the key)`);
  }
  // The kid is always the key's own: a declared one that differs would let another key stand in
  // for a trusted one (a pass names its key by kid), so it is refused, never believed.
  const kid = jwk ? await estateKid(jwk) : null;
  if (jwk?.kid && kidBytes && kid !== jwk.kid) {
    note(problems, `${where}.publicKeyJwk.kid: does not match the key (the key's own kid is ${kid})`);
  }
  if (problems.length > start || !jwk || kid === null) return null;
  return {
    estateId: String(e.estateId),
    name: String(e.name),
    kid,
    publicKeyJwk: jwk,
    revoked: strings(e.revoked) ? e.revoked : [],
  };
}
