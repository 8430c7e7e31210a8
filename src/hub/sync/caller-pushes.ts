/**
 * What the calling device may push, on the hub: its role's kinds in an estate (src/wire/push-roles.ts,
 * the one table, read by the app's outbox too), nothing at all from a subdistrict's device,
 * which reads its estates and records nothing.
 */
import type { PushedRecord, RecordKind } from '../../wire/kinds.ts';
import { PUSH_ROLES, type Role, refusedForRole } from '../../wire/push-roles.ts';
import type { DeviceIdentity, EstateKind } from '../auth/device-auth.ts';

/** The first record of `records` that the calling device may not push, or null. */
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
