/**
 * Who may push what to the hub: the one table of it (the kinds themselves are in kinds.ts). The
 * hub refuses a batch by it; the app queues only what its device's role may push, so one write
 * made on the wrong kind of device never blocks the records queued behind it.
 */
import type { PushedRecord, RecordKind } from './kinds.ts';

/** What an enrolled device is: a manager's device, the office PC, or a gate tablet. */
export type Role = 'manager' | 'office' | 'gate';

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
