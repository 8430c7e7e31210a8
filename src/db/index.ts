/**
 * The data layer's entry: the database instance the app uses, new record ids, and the entity
 * types. Each entity's reads and writes live in its own module (passages.ts, flags.ts,
 * people.ts, ledger.ts, estate.ts, trust.ts, audit.ts, access.ts, retention.ts, backup.ts,
 * settings.ts, shift.ts, log/): UI code calls those, never Dexie directly (lint-enforced).
 */
import { monotonicFactory } from 'ulid';
import { createDb, type GateDb } from './schema.ts';

export type {
  AuditAction,
  AuditEntry,
  CheckRecord,
  Direction,
  Flag,
  FlagResolution,
  LedgerEntry,
  LedgerMeasure,
  Passage,
  Person,
  PersonLabel,
  VerdictKind,
} from './types.ts';
export { FLAG_RESOLUTIONS } from './types.ts';

const nextId = monotonicFactory();

let instance: GateDb | null = null;

/** The app's database (opened lazily, once). */
export function db(): GateDb {
  instance ??= createDb();
  return instance;
}

/** Replaces the database instance (tests inject fake-indexeddb). */
export function useDb(replacement: GateDb): void {
  instance = replacement;
}

/** A new ULID for a record created at `now`. */
export function newId(now: number): string {
  return nextId(now);
}
