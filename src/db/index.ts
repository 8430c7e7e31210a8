/**
 * The data layer: the database instance the app uses and every write as a named domain
 * function in one transaction. UI code calls these, never Dexie directly (lint-enforced).
 */
import { monotonicFactory } from 'ulid';
import { createDb, type GateDb } from './schema.ts';
import type { Direction, Passage } from './types.ts';

export type {
  CheckRecord,
  Direction,
  Flag,
  FlagResolution,
  LedgerEntry,
  Passage,
  Person,
  VerdictKind,
} from './types.ts';

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

/** This device's stable id: made once, then kept in settings. */
export async function deviceId(): Promise<string> {
  const d = db();
  return d.transaction('rw', d.settings, async () => {
    const row = await d.settings.get('deviceId');
    if (typeof row?.value === 'string') return row.value;
    const id = `dev-${newId(Date.now()).slice(-10).toLowerCase()}`;
    await d.settings.put({ key: 'deviceId', value: id });
    return id;
  });
}

/** The newest passages, newest first (by ULID key: one bulk read). */
export async function recentPassages(limit = 20): Promise<Passage[]> {
  return db().passages.orderBy('id').reverse().limit(limit).toArray();
}

/** Reads a setting, or the fallback when it was never set or has the wrong type. */
export async function getSetting<T>(key: string, fallback: T, guard: (v: unknown) => v is T): Promise<T> {
  const row = await db().settings.get(key);
  return row !== undefined && guard(row.value) ? row.value : fallback;
}

/** Stores a setting. */
export async function putSetting(key: string, value: unknown): Promise<void> {
  await db().settings.put({ key, value });
}

/** Remembers the direction chosen at a gate. */
export async function saveDirection(gateId: string, direction: Direction): Promise<void> {
  await putSetting(`direction:${gateId}`, direction);
}
