/**
 * The result of reading one scanned QR text: what it is, whom it names, whether its
 * signature holds against the trusted keys and whether it is valid now. The shape of
 * `ScanResult` minus `details` is the stable `verify-pass` output (CONTRACTS §2).
 */

export type CodeFormat = 'dcc' | 'shc' | 'nzcp' | 'estate-pass' | 'declaration' | 'opaque';
export type SignatureStatus = 'valid' | 'invalid' | 'unknown-key' | 'unsigned' | 'not-checked';
export type Validity = 'valid' | 'expired' | 'not-yet-valid' | 'unknown';
export type CertificateType = 'vaccination' | 'test' | 'recovery' | 'estate-pass';
export type HealthCodeColour = 'green' | 'yellow' | 'red';

/** Stable error codes (CONTRACTS §2); extend, never rename. */
export type ErrorCode =
  | 'prefix'
  | 'encoding'
  | 'compression'
  | 'cbor'
  | 'cose'
  | 'jws'
  | 'schema'
  | 'signature'
  | 'unknown-key'
  /** An estate pass read on a tablet that trusts no estate key at all (not set up yet). */
  | 'no-estate-key'
  | 'key-usage'
  | 'expired'
  | 'not-yet-valid'
  | 'revoked'
  | 'untrusted-issuer'
  | 'value-set'
  | 'version'
  | 'chunk'
  /** A bug while reading: the code is reported unreadable instead of taking the gate down. */
  | 'internal';

export interface Holder {
  name: string;
  dob: string | null;
}

/** Facts the gate policy uses, whatever the format. All times are epoch milliseconds. */
export interface PassFacts {
  /** Negative test sample time and type, when the pass is a test certificate. */
  test?: { sampledAt: number; kind: 'rat' | 'naat' | 'other'; negative: boolean };
  /** Vaccination series: dose number and series length. */
  vaccination?: { dose: number; seriesDoses: number; at: number | null };
  /** Recovery certificate window. */
  recovery?: { validFrom: number | null; validUntil: number | null };
  /** Estate pass fields. */
  estatePass?: EstatePassFacts;
  /** Declaration fields (self-declared, unsigned). */
  declaration?: DeclarationFacts;
  /** What an opaque code's text shows of its kind; never a verification. */
  opaque?: { family: OpaqueFamily };
}

/**
 * What an opaque code looks like: a payment code (not a health code at all), a known Chinese
 * health-code family (still unverifiable offline), or nothing known.
 */
export type OpaqueFamily =
  | 'payment'
  | 'guangdong-health-code'
  | 'tianjin-health-code'
  | 'hangzhou-health-code'
  | 'anhui-health-code'
  | 'other';

export type PersonKind = 'resident' | 'courier' | 'visitor' | 'returnee' | 'staff';

export interface EstatePassFacts {
  passId: string;
  personId: string;
  estateId: string;
  kind: PersonKind;
  /** Already masked when issued (张*三). */
  displayName: string;
  building: string | null;
  unit: string | null;
  room: string | null;
  validFrom: number;
  validUntil: number;
}

export interface ItineraryStop {
  /** GB/T 2260 six-digit region code. */
  region: string;
  /** ISO date (YYYY-MM-DD) of the visit. */
  date: string;
}

export interface DeclarationFacts {
  version: number;
  kind: PersonKind;
  name: string;
  phone: string;
  idLast4: string | null;
  company: string | null;
  plate: string | null;
  host: { building: string; unit: string | null; room: string } | null;
  purpose: string | null;
  /**
   * A returnee's origin, arrival and transport; `transportNo` (train or flight number) only when
   * they came by train or plane (codes made before it have none).
   */
  returnee: { from: string; arrivedOn: string; transport: string; transportNo?: string } | null;
  itinerary: ItineraryStop[];
  reportedColour: HealthCodeColour | null;
  lastTestAt: number | null;
  createdAt: number;
}

export interface ScanResult {
  format: CodeFormat;
  decoded: boolean;
  signature: SignatureStatus;
  validity: Validity;
  certificateType: CertificateType | null;
  holder: Holder | null;
  errors: ErrorCode[];
  /** Not part of the CLI contract: format-specific facts and provenance for the gate. */
  details: {
    /** Lower-case hex SHA-256 of the scanned text (what the log stores instead of the text). */
    textHash: string;
    /**
     * SHA-256 of what the issuer signed (COSE: protected header and payload; JWS: `header.payload`),
     * null until the code is decoded. Every re-encoding of one pass (another signature encoding,
     * extra tags, bytes after the compressed stream) has the same one: it names the pass.
     */
    contentHash: string | null;
    /** Issuer (DCC `iss`, SHC `iss`, NZCP DID, estate id). */
    issuer: string | null;
    /** Key id as found in the code (base64 for DCC, as-is otherwise). */
    kid: string | null;
    issuedAt: number | null;
    notBefore: number | null;
    expiresAt: number | null;
    facts: PassFacts;
    /** Human-readable detail per error, English, for logs and tests (UI text comes from i18n). */
    messages: string[];
  };
}
