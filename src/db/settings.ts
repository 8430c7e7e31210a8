/**
 * The settings table, typed: every key this app stores, the type of its value and the check a
 * stored value must pass, in one place. Every other module reads and writes settings through
 * `getSetting` / `setSetting` (inside its own transaction where it needs one: both join it).
 * Written by the gate (direction; the shift through shift.ts), the console (access.ts, retention.ts,
 * policy.ts, trust.ts, risk-list.ts, estate.ts) and the log filler (log/fill-rows.ts).
 */
import type { PolicyRules } from '../policy/types.ts';
import { db, newId } from './index.ts';
import type { RiskList } from './risk-list.ts';
import type { SavedTrust, TrustSeen } from './trust.ts';
import type { Direction, EstateKeyRecord, HubLink, LockoutState, PinHash } from './types.ts';

/** The estate-wide lists a decider's device pushes and every device pulls. */
export type SharedList = 'policy' | 'trust' | 'risk';
/** When each shared list last changed on this device (absent: never). */
export type ListsAt = Partial<Record<SharedList, number>>;

/** Each settings key and the type of its value. */
export interface SettingTypes {
  /** This device's stable id (never taken from a backup). */
  deviceId: string;
  /** This tablet's gate, named at setup (gate-name.ts); never taken from a backup. */
  gateName: string;
  /** The volunteer on duty and when the shift began (epoch ms). */
  volunteer: string;
  shiftStart: number;
  /** The policy rules as stored (normalised on read: see policy.ts). */
  policy: PolicyRules;
  trust: SavedTrust;
  /** When each trust list content (by hash) was first imported: its age does not restart. */
  trustSeen: TrustSeen[];
  trustMaxAgeDays: number;
  riskAreas: RiskList;
  estateKey: EstateKeyRecord;
  /** Every passage up to this key has its log row (log/fill-rows.ts). */
  'rows:filledThrough': string;
  /** The console's own settings: never taken from a backup (backup.ts). */
  'manage:pin': PinHash;
  'manage:lockout': LockoutState;
  'manage:operator': string;
  'manage:idleMinutes': number;
  'manage:retentionDays': number;
  'manage:lastPurge': number;
  /** The latest clock a purge has read: a run whose clock is behind it restarts no period (retention.ts). */
  'manage:purgeClock': number;
  /** The one sweep over passages stored before `retainFrom` existed: the last key swept, then done. */
  'manage:retentionSweptTo': string;
  'manage:retentionIndexed': true;
  /** Before schema v4: passages before this time were taken as purged (never read again). */
  'manage:purgedBefore': number;
  /** This tablet's enrolment in the estate's hub (hub-link.ts); never taken from a backup. */
  'hub:link': HubLink;
  /** The hub revision this tablet has applied up to (hub-pull.ts); never taken from a backup. */
  'hub:cursor': number;
  /**
   * When the estate-wide lists this device holds last changed (ms, the changing device's clock):
   * here in the console or pulled from the hub (hub-pull-lists.ts). A pulled version older than
   * the one held is not applied. Never taken from a backup.
   */
  'hub:listsAt': ListsAt;
  /** The direction last chosen at a gate. */
  [gate: `direction:${string}`]: Direction;
}

/** A settings key. */
export type SettingKey = keyof SettingTypes;

type Guard<T> = (v: unknown) => v is T;
const isString: Guard<string> = (v): v is string => typeof v === 'string';
const isNumber: Guard<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
const isPositive: Guard<number> = (v): v is number => isNumber(v) && v > 0;
const isObject = <T>(...fields: string[]): Guard<T> =>
  ((v: unknown) =>
    typeof v === 'object' && v !== null && fields.every((f) => f in (v as object))) as Guard<T>;
const isDirection: Guard<Direction> = (v): v is Direction => v === 'in' || v === 'out';

const isKeyRecord: Guard<EstateKeyRecord> = (v): v is EstateKeyRecord => {
  const r = v as Partial<EstateKeyRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.estateId === 'string' &&
    typeof r.kid === 'string' &&
    typeof r.name === 'string' &&
    typeof r.publicKeyJwk === 'object' &&
    r.publicKeyJwk !== null &&
    (r.privateKey === undefined || typeof r.privateKey === 'object') &&
    (r.privateKeyJwk === undefined || typeof r.privateKeyJwk === 'object')
  );
};
const isTrust: Guard<SavedTrust> = (v): v is SavedTrust => {
  const t = v as Partial<SavedTrust> | null;
  return typeof t === 'object' && t !== null && typeof t.importedAt === 'number' && !!t.stored;
};
const isRiskList: Guard<RiskList> = (v): v is RiskList =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as RiskList).areas) &&
  typeof (v as RiskList).listDate === 'string';

type FixedKey = Exclude<SettingKey, `direction:${string}`>;

// What a stored value must be to be read back as its key's type (a backup file, an older
// version or a hand edit may have left anything there).
const GUARDS: { [K in FixedKey]: Guard<SettingTypes[K]> } = {
  deviceId: isString,
  gateName: isString,
  volunteer: isString,
  shiftStart: isNumber,
  policy: isObject<PolicyRules>(),
  trust: isTrust,
  trustSeen: (v): v is TrustSeen[] =>
    Array.isArray(v) && v.every((e) => typeof e?.hash === 'string' && typeof e?.at === 'number'),
  trustMaxAgeDays: isPositive,
  riskAreas: isRiskList,
  estateKey: isKeyRecord,
  'rows:filledThrough': isString,
  'manage:pin': isObject<PinHash>('salt', 'hash', 'iterations'),
  // Versions before kept a wall-clock `lockedUntil` instead of lockMs/servedMs: access.ts reads both.
  'manage:lockout': isObject<LockoutState>('failures', 'lockouts'),
  'manage:operator': isString,
  'manage:idleMinutes': isPositive,
  'manage:retentionDays': isNumber,
  'manage:lastPurge': isNumber,
  'manage:purgeClock': isNumber,
  'manage:retentionSweptTo': isString,
  'manage:retentionIndexed': (v): v is true => v === true,
  'manage:purgedBefore': isNumber,
  'hub:link': isObject<HubLink>('hub', 'estateId', 'deviceId', 'role'),
  'hub:cursor': isNumber,
  'hub:listsAt': (v): v is ListsAt =>
    typeof v === 'object' && v !== null && Object.values(v).every((t) => isNumber(t)),
};

function guardOf<K extends SettingKey>(key: K): Guard<SettingTypes[K]> {
  const guard = key.startsWith('direction:') ? isDirection : GUARDS[key as FixedKey];
  return guard as Guard<SettingTypes[K]>;
}

/** Whether `key` is a settings key this version knows. */
export function isSettingKey(key: string): key is SettingKey {
  return key.startsWith('direction:') || Object.hasOwn(GUARDS, key);
}

/** Whether `value` has the type of the known key `key` (a value from a file is checked so). */
export function isSettingValue(key: SettingKey, value: unknown): boolean {
  return guardOf(key)(value);
}

/** The stored value of `key`, or undefined when it was never set or is not of its type. */
export async function getSetting<K extends SettingKey>(key: K): Promise<SettingTypes[K] | undefined> {
  const row = await db().settings.get(key);
  return row !== undefined && guardOf(key)(row.value) ? row.value : undefined;
}

/** Stores `key` (joins the caller's transaction when it holds the settings table). */
export async function setSetting<K extends SettingKey>(key: K, value: SettingTypes[K]): Promise<void> {
  await db().settings.put({ key, value });
}

/** Removes `key` (joins the caller's transaction when it holds the settings table). */
export async function removeSetting(key: SettingKey): Promise<void> {
  await db().settings.delete(key);
}

/** This device's stable id: made once, then kept in settings. */
export async function deviceId(): Promise<string> {
  const d = db();
  return d.transaction('rw', d.settings, async () => {
    const id = await getSetting('deviceId');
    if (id !== undefined) return id;
    const made = `dev-${newId(Date.now()).slice(-10).toLowerCase()}`;
    await setSetting('deviceId', made);
    return made;
  });
}

/** Remembers the direction chosen at a gate. */
export async function saveDirection(gateId: string, direction: Direction): Promise<void> {
  await setSetting(`direction:${gateId}`, direction);
}
