/** The console's access settings: the PIN hash, the lockout state and the idle minutes. */
import { getSetting, putSetting } from './index.ts';

/** A stored PIN hash. */
export interface PinHash {
  salt: string;
  hash: string;
  iterations: number;
}

/** Wrong tries and lockouts, persisted so a reload does not reset them. */
export interface LockoutState {
  failures: number;
  lockouts: number;
  lockedUntil: number;
}

const PIN_KEY = 'manage:pin';
const LOCKOUT_KEY = 'manage:lockout';
const OPERATOR_KEY = 'manage:operator';

const isPinHash = (v: unknown): v is PinHash =>
  typeof v === 'object' && v !== null && 'salt' in v && 'hash' in v && 'iterations' in v;
const isLockout = (v: unknown): v is LockoutState =>
  typeof v === 'object' && v !== null && 'failures' in v && 'lockouts' in v && 'lockedUntil' in v;
const isString = (v: unknown): v is string => typeof v === 'string';

/** The stored PIN hash, or null before the first use. */
export async function storedPin(): Promise<PinHash | null> {
  return getSetting<PinHash | null>(PIN_KEY, null, (v): v is PinHash | null => isPinHash(v));
}

/** Stores a new PIN hash. */
export async function savePin(hash: PinHash): Promise<void> {
  await putSetting(PIN_KEY, hash);
}

/** The persisted lockout state. */
export async function storedLockout(): Promise<LockoutState> {
  return getSetting<LockoutState>(LOCKOUT_KEY, { failures: 0, lockouts: 0, lockedUntil: 0 }, isLockout);
}

/** Persists the lockout state (before the screen shows it, so a reload keeps it). */
export async function saveLockout(state: LockoutState): Promise<void> {
  await putSetting(LOCKOUT_KEY, state);
}

/** The name the last manager signed in with on this device. */
export async function lastOperator(): Promise<string> {
  return getSetting(OPERATOR_KEY, '', isString);
}

/** Remembers the manager's name for the next unlock. */
export async function saveOperator(name: string): Promise<void> {
  await putSetting(OPERATOR_KEY, name);
}

const IDLE_KEY = 'manage:idleMinutes';
/** Idle minutes before the console locks itself, unless the manager sets otherwise. */
export const DEFAULT_IDLE_MINUTES = 5;

/** Idle minutes before the console locks itself. */
export async function idleMinutes(): Promise<number> {
  return getSetting(IDLE_KEY, DEFAULT_IDLE_MINUTES, (v): v is number => typeof v === 'number' && v > 0);
}

/** Sets the idle minutes before auto-lock. */
export async function saveIdleMinutes(minutes: number): Promise<void> {
  await putSetting(IDLE_KEY, minutes);
}
