/** Entity types stored in IndexedDB. Singular names; the tables are plural. */

import type { EcJwk } from '../codes/trust-stored.ts';
import type { CodeFormat, PersonKind } from '../codes/types.ts';

export type Direction = 'in' | 'out';

/** A keyed chain link (chain.ts): place, predecessor, hash, and the device key's HMAC over the hash. */
export interface KeyedLink {
  seq: number;
  prev: string;
  hash: string;
  /** Id of the device key whose HMAC `mac` is (chain-key.ts). */
  key: string;
  mac: string;
}

/** A passage's link: keyed, or from before the sequence (no seq, key or mac). */
export type PassageLink = { prev: string; personal: string; hash: string } & Partial<KeyedLink>;

/** This device's chain key: a non-extractable HMAC-SHA256 key and the id links name it by. */
export interface DeviceKey {
  /** 'chain': the HMAC key of the hash chains; 'hub': the ECDSA key the hub knows this tablet by. */
  name: 'chain' | 'hub';
  key: CryptoKey;
  id: string;
  createdAt: number;
}
export type VerdictKind = 'pass' | 'review' | 'deny';

/** One person passing the gate, as recorded: the legal record of the check. */
export interface Passage {
  /** ULID: sorts by creation time, unique even within one millisecond. */
  id: string;
  /** Epoch ms of the check. */
  at: number;
  gateId: string;
  deviceId: string;
  direction: Direction;
  /** SHA-256 (hex) of the scanned text; the text itself is never stored. */
  codeHash: string | null;
  codeFormat: CodeFormat | null;
  /** The verdict, or 'recorded' for a scan logged without a verdict. */
  verdict: VerdictKind | 'recorded';
  reasons: string[];
  personId: string | null;
  /** Masked name and home or company, as the gate showed them (personal: retention blanks it). */
  who?: PersonLabel | null;
  /** What reading the code found (signature, validity, error codes); absent before reading. */
  verification?: { signature: string; validity: string; errors: string[] };
  /** The hash chain link (see chain.ts): keyed and in sequence, or from before the sequence. */
  chain?: PassageLink;
  /** The checks, when the passage is a whole gate check (absent on a bare scan record). */
  check?: CheckRecord;
  /**
   * When its retention period began, present only while it holds personal data: its `at`, or
   * the purge's time for one stamped by a clock set ahead (retain-from.ts, retention.ts).
   */
  retainFrom?: number;
  /**
   * Set when the volunteer withdrew the check within the undo window (a mis-tap): the record
   * stays in the chain, its flags are gone, and it counts nowhere (see passages.ts undoCheck).
   * Outside the chain's hash: the correction's proof is its entry in the audit trail.
   */
  undone?: { at: number; by: string };
}

/** Who a passage is about, as a volunteer tells people apart: 张*丰, 3-2-1201 (or a company). */
export interface PersonLabel {
  name: string;
  place: string | null;
}

/** Every check of one person, as the volunteer did them. */
export interface CheckRecord {
  /** Temperature readings in order, °C (a re-measure adds a second). */
  temperaturesC: number[];
  mask: 'ok' | 'improper' | 'none' | null;
  /** Health-code colour and where it came from: a verified pass, the volunteer's reading, or self-declared. */
  colour: 'green' | 'yellow' | 'red' | null;
  colourSource: 'verified' | 'attested' | 'declared' | null;
  signature: string | null;
  validity: string | null;
  personKind: string | null;
  volunteer: string;
  policyVersion: number;
}

/** A resident, courier, visitor or staff member known to the estate. */
export interface Person {
  id: string;
  kind: PersonKind;
  name: string;
  phone: string | null;
  building: string | null;
  unit: string | null;
  room: string | null;
  status: 'normal' | 'home-quarantine' | 'home-monitoring' | 'central-quarantine';
  registeredUntil: number | null;
  updatedAt: number;
  /** When the status began and ends (quarantine / monitoring periods); null when open. */
  statusFrom?: number | null;
  statusTo?: number | null;
  /** Vaccination doses received and doses for a complete series (三色牌 / 四色图). */
  vaccineDoses?: number | null;
  vaccineSeries?: number | null;
  /** Courier company, vehicle plate (registrations). */
  company?: string | null;
  plate?: string | null;
  /** The last 4 characters of the resident's ID card (imported from the registry sheet; never the whole number). */
  idLast4?: string | null;
}

/** A non-compliance for volunteers to act on. */
export interface Flag {
  id: string;
  at: number;
  kind: string;
  passageId: string;
  gateId: string;
  status: 'open' | 'resolved';
  resolution: string | null;
  note: string | null;
  openedBy: string;
  resolvedBy: string | null;
  resolvedAt: number | null;
}

/** Every way a flag may be closed, in the order the gate and the console offer them. */
export const FLAG_RESOLUTIONS = [
  'mask-fixed',
  'remeasured-normal',
  'sent-to-register',
  'referred-committee',
  'denied-entry',
  'false-alarm',
] as const;

/** How a volunteer or a manager closed a flag. */
export type FlagResolution = (typeof FLAG_RESOLUTIONS)[number];

/** A key/value setting (gate, device, policy). */
export interface Setting {
  key: string;
  value: unknown;
}

/** A returnee in the committee's ledger (台账): reported to the neighbourhood committee. */
export interface LedgerEntry {
  id: string;
  at: number;
  personId: string;
  name: string;
  phone: string;
  from: string;
  arrivedOn: string;
  transport: string;
  home: { building: string; unit: string | null; room: string } | null;
  itinerary: { region: string; date: string }[];
  status: 'pending' | 'reported' | 'closed';
  flagId: string | null;
  updatedAt: number;
  /** The last 4 characters of the ID card, as compared at the gate (entries before it: absent). */
  idLast4?: string | null;
  /** Train or flight number (车次 / 航班号) when declared; entries from before it have none. */
  transportNo?: string | null;
  /** The health-code colour the returnee declared. */
  colour?: 'green' | 'yellow' | 'red' | null;
  /** The control measure the committee set (居家隔离, 居家健康监测, 集中隔离) and its days, YYYY-MM-DD. */
  measure?: LedgerMeasure | null;
  /** When the entry was reported to the committee, and by which manager. */
  reportedAt?: number | null;
  /** The gate the returnee was confirmed at (entries from before it: absent). */
  gateId?: string | null;
  reportedBy?: string | null;
}

/** A returnee's control measure: its kind and first and last day (YYYY-MM-DD, '' when open). */
export interface LedgerMeasure {
  kind: 'home-quarantine' | 'home-monitoring' | 'central-quarantine';
  from: string;
  to: string;
}

/** What a manager (or a volunteer, for a flag or a handover) did, as the audit trail names it. */
export type AuditAction =
  | 'unlock'
  | 'lock'
  | 'auto-lock'
  | 'pin-set'
  | 'pin-change'
  | 'pin-fail'
  | 'pin-lockout'
  | 'export'
  | 'export-full'
  | 'purge'
  | 'setting'
  | 'flag-resolve'
  | 'handover'
  | 'check-undone'
  | 'import'
  | 'edit'
  | 'delete'
  | 'pass-issue'
  | 'pass-revoke'
  | 'policy'
  | 'trust-import'
  | 'risk-import'
  | 'estate-key'
  | 'key-restore'
  | 'key-backup'
  | 'backup-export'
  | 'restore'
  | 'hub-enrol'
  | 'hub-disconnect'
  | 'hub-add-device'
  | 'hub-revoke-device';

/** One audit entry: who did what when (the ULID id sorts by time). */
export interface AuditEntry {
  id: string;
  at: number;
  who: string;
  action: AuditAction;
  detail: string;
  /** Its link in this device's audit chain (chain.ts); absent on entries from before the chain. */
  chain?: KeyedLink;
}

/**
 * The estate signing key and the estate it names. On this tablet the private key is a
 * non-extractable CryptoKey (`privateKey`): script can sign with it but never read it. The JWK
 * (`privateKeyJwk`) exists only inside the sealed key backup file, in memory while that file is
 * made or opened, and in a record stored by a version before non-extractable keys (until its
 * backup is made). A whole-tablet backup carries the public part only.
 */
export interface EstateKeyRecord {
  estateId: string;
  name: string;
  kid: string;
  privateKey?: CryptoKey;
  privateKeyJwk?: JsonWebKey;
  publicKeyJwk: EcJwk;
  createdAt: number;
}

/** One printed card: enough to find it again by person or household and to revoke it. */
export interface IssuedCard {
  passId: string;
  personId: string;
  displayName: string;
  building: string | null;
  unit: string | null;
  room: string | null;
  validFrom: number;
  validUntil: number;
  issuedAt: number;
  kid: string;
}

/** A revoked pass id: who revoked it, when, and why. */
export interface Revocation {
  passId: string;
  at: number;
  by: string;
  reason: string;
}

/**
 * A stored PIN hash (PBKDF2-SHA256 with a random salt; the PIN itself is never stored). The
 * iteration count is stored, so a hash made with fewer still verifies and is made again with
 * the current count at the next unlock.
 */
export interface PinHash {
  salt: string;
  hash: string;
  iterations: number;
  /** False for a passphrase (letters allowed); absent in hashes of digit-only PINs made before. */
  numeric?: boolean;
}

/** Wrong PINs and lockouts since the last right PIN, persisted so a reload does not reset them (rule: lockout.ts). */
export interface LockoutState {
  /** Wrong PINs since the last right one. */
  failures: number;
  /** Lockouts since the last right PIN. */
  lockouts: number;
  /** The length of the current lockout (0: none yet). */
  lockMs: number;
  /** How much of it an open lock screen saw pass (monotonic time, not the wall clock). */
  servedMs: number;
}

export type { HubLink, OutboxItem, RefusedItem } from './hub-types.ts';
