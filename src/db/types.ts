/** Entity types stored in IndexedDB. Singular names; the tables are plural. */
import type { CodeFormat, PersonKind } from '../codes/types.ts';

export type Direction = 'in' | 'out';
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
  resolvedBy: string | null;
  resolvedAt: number | null;
}

/** A key/value setting (gate, device, policy). */
export interface Setting {
  key: string;
  value: unknown;
}
