/** The trust store a scan is checked against: keys already imported, lists already indexed. */
import type { DccKey } from './dcc-trust.ts';
import type { DccValueSets } from './dcc-valuesets.ts';

export interface ShcIssuerTrust {
  iss: string;
  /** ES256 public keys by JWK `kid`. */
  keys: Map<string, CryptoKey>;
  /** Revoked `rid`s by key id: each entry is the rid and, when the CRL gave `rid.timestamp`, that time (epoch s). */
  revoked: Map<string, { rid: string; before: number | null }[]>;
}

export interface NzcpIssuerTrust {
  /** The issuer DID (`did:web:...`). */
  iss: string;
  /** Keys by absolute reference (`did#key-1`), only those listed under `assertionMethod`. */
  keys: Map<string, CryptoKey>;
}

export interface EstateTrust {
  estateId: string;
  name: string;
  /** Key id the estate's passes carry in their COSE header. */
  kid: string;
  key: CryptoKey;
  /** Revoked pass ids of this estate. */
  revoked: Set<string>;
}

export interface TrustStore {
  dcc: DccKey[];
  /** EU value sets to check DCC payloads against (null: not checked). */
  dccValueSets?: DccValueSets | null;
  shc: Map<string, ShcIssuerTrust>;
  nzcp: Map<string, NzcpIssuerTrust>;
  estate: EstateTrust[];
}

/** A store that trusts nothing (first run, before a bundle is imported). */
export function emptyTrustStore(): TrustStore {
  return { dcc: [], shc: new Map(), nzcp: new Map(), estate: [], dccValueSets: null };
}

/** The same empty store under the short name the public API documents (`emptyTrust()`). */
export function emptyTrust(): TrustStore {
  return emptyTrustStore();
}
