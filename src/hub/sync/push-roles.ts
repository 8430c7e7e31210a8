/** Who may push what to the hub: the one table of it (the kinds themselves are in src/wire/kinds.ts). */
import type { PushedRecord, RecordKind } from '../../wire/kinds.ts';
import type { DeviceIdentity, EstateKind, Role } from '../auth/device-auth.ts';

const EVERY_ROLE: readonly Role[] = ['gate', 'office', 'manager'];
const DECIDERS: readonly Role[] = ['office', 'manager'];

/**
 * Which roles may push each kind: the one table of it. A gate tablet records what happens at its
 * gate (passages, flags and their resolutions, a returnee's ledger entry, a courier's or
 * visitor's registration); what the estate decides (the people's registry, revoked passes, the
 * check policy, the trusted signing keys, the risk areas) comes from the office PC or a manager
 * device, so a stolen or altered gate tablet cannot rewrite the rules every gate applies.
 * A batch with one record its device may not push is refused whole (nothing stored), saying why.
 */
export const PUSH_ROLES: Readonly<Record<RecordKind, readonly Role[]>> = {
  passage: EVERY_ROLE,
  flag: EVERY_ROLE,
  resolution: EVERY_ROLE,
  'ledger-entry': EVERY_ROLE,
  registration: EVERY_ROLE,
  'registry-change': DECIDERS,
  revocation: DECIDERS,
  'policy-version': DECIDERS,
  'trust-list': DECIDERS,
  'risk-list': DECIDERS,
};

/** The first record of `records` that `role` may not push, or null when it may push them all. */
export function refusedForRole(role: Role, records: readonly PushedRecord[]): PushedRecord | null {
  return records.find((r) => !PUSH_ROLES[r.kind].includes(role)) ?? null;
}

/**
 * The first record of `records` that the calling device may not push: by its role in an estate;
 * any record at all from a subdistrict's device, which reads its estates and records nothing.
 */
export function refusedForCaller(
  me: Pick<DeviceIdentity, 'role' | 'estateKind'>,
  records: readonly PushedRecord[],
): PushedRecord | null {
  if (me.estateKind === 'subdistrict') return records[0] ?? null;
  return refusedForRole(me.role, records);
}

/** The roles that may push `kind` in an estate of `estateKind`: none in a subdistrict. */
export function pushersOf(estateKind: EstateKind, kind: RecordKind): readonly Role[] {
  return estateKind === 'subdistrict' ? [] : PUSH_ROLES[kind];
}
