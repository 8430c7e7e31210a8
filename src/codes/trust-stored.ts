/** The storable form of an imported trust bundle: plain data (structured-clone and JSON safe). */
import type { ExtractedDccKey } from './dcc-trust.ts';

/** A public EC P-256 JWK. */
export interface EcJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid?: string;
}

export interface StoredShcIssuer {
  iss: string;
  keys: EcJwk[];
  crls: { kid: string; rids: string[] }[];
}

export interface StoredNzcpIssuer {
  /** Issuer DID. */
  iss: string;
  /** Keys resolved from the DID document at import: absolute id (`did#kid`) and JWK. */
  keys: { id: string; jwk: EcJwk }[];
}

export interface StoredEstate {
  estateId: string;
  name: string;
  kid: string;
  publicKeyJwk: EcJwk;
  revoked: string[];
}

export interface StoredTrust {
  version: 1;
  /** DCC document signer keys, extracted from their certificates once at import. */
  dcc: ExtractedDccKey[];
  shc: StoredShcIssuer[];
  nzcp: StoredNzcpIssuer[];
  estate: StoredEstate[];
  /** EU DCC value sets (codes only), when the bundle carries them; absent sets are not checked. */
  dccValueSets?: StoredDccValueSets;
}

/** The codes of each DCC value set, as plain lists; null where the bundle had no such set. */
export interface StoredDccValueSets {
  testDevices: string[] | null;
  vaccineProducts: string[] | null;
  vaccineMakers: string[] | null;
  countries: string[] | null;
}

/** One row of the import summary: a format, an issuer, and how many keys it brought. */
export interface TrustSummaryRow {
  format: 'dcc' | 'shc' | 'nzcp' | 'estate-pass';
  issuer: string;
  keys: number;
  /** Revoked identifiers carried for this issuer (SHC rids, estate pass ids). */
  revoked: number;
}
