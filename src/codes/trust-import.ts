/** Stored trust (plain data kept in IndexedDB) -> a `TrustStore` with CryptoKeys ready for scanning. */
import { importDccKey } from './dcc-trust.ts';
import { importEs256Jwk } from './jws.ts';
import type { EcJwk, StoredTrust } from './trust-stored.ts';
import type { EstateTrust, NzcpIssuerTrust, ShcIssuerTrust, TrustStore } from './trust-types.ts';

/** Splits a CRL entry `rid` or `rid.timestamp` (epoch seconds). */
function parseRid(entry: string): { rid: string; before: number | null } {
  const dot = entry.indexOf('.');
  if (dot < 0) return { rid: entry, before: null };
  const before = Number(entry.slice(dot + 1));
  return { rid: entry.slice(0, dot), before: Number.isFinite(before) ? before : null };
}

async function keyOf(jwk: EcJwk): Promise<CryptoKey> {
  const key = await importEs256Jwk({ ...jwk });
  // parseTrustBundle already imported every key once, so this only fails on corrupted storage.
  if (!key) throw new Error(`stored key ${jwk.kid ?? ''} is not a P-256 public key`);
  return key;
}

/** Imports every stored key with WebCrypto; throws only if the stored data was corrupted. */
export async function importTrust(stored: StoredTrust): Promise<TrustStore> {
  const dcc = await Promise.all(stored.dcc.map((k) => importDccKey(k)));
  const shc = new Map<string, ShcIssuerTrust>();
  for (const issuer of stored.shc) {
    const entry: ShcIssuerTrust = shc.get(issuer.iss) ?? {
      iss: issuer.iss,
      keys: new Map(),
      revoked: new Map(),
    };
    for (const jwk of issuer.keys) if (jwk.kid) entry.keys.set(jwk.kid, await keyOf(jwk));
    for (const crl of issuer.crls) {
      const list = entry.revoked.get(crl.kid) ?? [];
      list.push(...crl.rids.map(parseRid));
      entry.revoked.set(crl.kid, list);
    }
    shc.set(issuer.iss, entry);
  }
  const nzcp = new Map<string, NzcpIssuerTrust>();
  for (const issuer of stored.nzcp) {
    const entry: NzcpIssuerTrust = nzcp.get(issuer.iss) ?? { iss: issuer.iss, keys: new Map() };
    for (const k of issuer.keys) entry.keys.set(k.id, await keyOf(k.jwk));
    nzcp.set(issuer.iss, entry);
  }
  const estate: EstateTrust[] = [];
  for (const e of stored.estate) {
    estate.push({
      estateId: e.estateId,
      name: e.name,
      kid: e.kid,
      key: await keyOf(e.publicKeyJwk),
      revoked: new Set(e.revoked),
    });
  }
  const vs = stored.dccValueSets;
  const set = (codes: string[] | null | undefined) => (codes ? new Set(codes) : null);
  const dccValueSets = vs
    ? {
        testDevices: set(vs.testDevices),
        vaccineProducts: set(vs.vaccineProducts),
        vaccineMakers: set(vs.vaccineMakers),
        countries: set(vs.countries),
      }
    : null;
  return { dcc, shc, nzcp, estate, dccValueSets };
}
