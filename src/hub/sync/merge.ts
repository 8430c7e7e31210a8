/**
 * The estate's rules for a record pushed again with other content (issue 17 "Conflicts"), pure.
 *
 * Immutable kinds (a passage, a resolution, a revocation, a policy version, a trust or risk
 * list) are never changed: a differing resend is kept aside whole (a passage resent with the
 * personal fields retention has cleared since is the same passage). Mutable kinds (a flag, a
 * ledger entry, a registration, a registry entry) are the current state of one thing: a resend is
 * merged into the stored body field by field. Fields the push does not name stay as stored. For
 * a field it changes, the domain rules come first:
 *   - a delete (`deleted: true`) is kept as a tombstone: later edits of it are kept aside whole;
 *   - a flag's first resolution wins: once resolved, its resolution fields do not change;
 *   - a ledger entry's status only moves forward (pending → reported → closed);
 *   - a registration's end (`registeredUntil`) takes the later date, never cleared;
 *   - only a manager device changes a quarantine status (a person's `status` and its period,
 *     a ledger entry's control `measure`);
 * and otherwise the last arrival wins, the value it replaced kept aside when another device had
 * written the record last (a device editing what it wrote itself loses nothing to anyone).
 * A value kept aside is `{ field: value }` with the rule that decided it.
 */

import { PASSAGE_PERSONAL_FIELDS } from '../../policy/retention-rule.ts';
import type { RecordKind } from '../../wire/kinds.ts';
import type { Role } from '../auth/device-auth.ts';

/** Why a value (or a whole resend) was kept aside. */
export type ConflictRule =
  | 'immutable'
  | 'only-add'
  | 'tombstone'
  | 'first-resolution'
  | 'status-forward'
  | 'later-end'
  | 'manager-only'
  | 'last-arrival';

/** Kinds whose records are one thing's current state, merged by field. */
export const MUTABLE_KINDS: ReadonlySet<RecordKind> = new Set<RecordKind>([
  'flag',
  'ledger-entry',
  'registration',
  'registry-change',
]);

/** A flag's fields that its resolution sets (src/db/types.ts Flag). */
const RESOLUTION_FIELDS = new Set(['status', 'resolution', 'resolvedBy', 'resolvedAt']);
/** A ledger entry's statuses in the only order they move. */
const LEDGER_ORDER = ['pending', 'reported', 'closed'];
/** Fields only a manager device changes, per kind: a quarantine status and its period. */
const MANAGER_ONLY: Partial<Record<RecordKind, ReadonlySet<string>>> = {
  'registry-change': new Set(['status', 'statusFrom', 'statusTo']),
  registration: new Set(['status', 'statusFrom', 'statusTo']),
  'ledger-entry': new Set(['measure']),
};
/** Bookkeeping that changes with every edit: replaced without keeping the old value. */
const UNKEPT = new Set(['updatedAt']);

/** One value that lost, or a whole resend kept aside (`field` null). */
export interface Loss {
  field: string | null;
  value: unknown;
  rule: ConflictRule;
}

/** The body to store (null: unchanged) and what was kept aside. */
export interface Merged {
  body: Record<string, unknown> | null;
  losses: Loss[];
}

/** JSON with object keys sorted, so that equal content compares equal whatever its key order. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** A pushed passage as retention leaves it: each personal field it has made null. */
function anonymised(p: Record<string, unknown>): Record<string, unknown> {
  const out = { ...p };
  for (const f of PASSAGE_PERSONAL_FIELDS) if (Object.hasOwn(out, f)) out[f] = null;
  return out;
}

/** Who pushes, and whether it wrote the stored record last. */
export interface Pusher {
  role: Role;
  wroteLast: boolean;
}

/** The rule that keeps the stored value of `field` against `pushed`, or null when the push may change it. */
function ruleAgainst(
  kind: RecordKind,
  field: string,
  stored: Record<string, unknown>,
  pushed: unknown,
  pusher: Pusher,
): ConflictRule | null {
  const was = stored[field];
  if (kind === 'flag' && RESOLUTION_FIELDS.has(field) && stored.status === 'resolved')
    return 'first-resolution';
  if (kind === 'ledger-entry' && field === 'status') {
    if (LEDGER_ORDER.indexOf(String(pushed)) < LEDGER_ORDER.indexOf(String(was))) return 'status-forward';
  }
  if ((kind === 'registration' || kind === 'registry-change') && field === 'registeredUntil') {
    if (typeof was === 'number' && !(typeof pushed === 'number' && pushed > was)) return 'later-end';
  }
  if (MANAGER_ONLY[kind]?.has(field) && pusher.role !== 'manager') return 'manager-only';
  return null;
}

/** Whether the stored value of `field` moving to the pushed one is a progression, not a loss. */
function moves(kind: RecordKind, field: string): boolean {
  return (
    (kind === 'ledger-entry' && field === 'status') ||
    (field === 'registeredUntil' && (kind === 'registration' || kind === 'registry-change'))
  );
}

/** Merges `pushed` into `stored` for a record of `kind` pushed again (see the file comment). */
export function merge(
  kind: RecordKind,
  stored: Record<string, unknown>,
  pushed: Record<string, unknown>,
  pusher: Pusher,
): Merged {
  if (!MUTABLE_KINDS.has(kind)) {
    if (same(stored, pushed)) return { body: null, losses: [] };
    // A late resend of a passage the hub has anonymised since (retention.ts): the same passage
    // (its chain link, with the personal fields' digest, is part of what is compared).
    if (kind === 'passage' && same(stored, anonymised(pushed))) return { body: null, losses: [] };
    return {
      body: null,
      losses: [{ field: null, value: pushed, rule: kind === 'revocation' ? 'only-add' : 'immutable' }],
    };
  }
  const changed = Object.keys(pushed).filter((f) => !same(stored[f], pushed[f]));
  if (changed.length === 0) return { body: null, losses: [] };
  if (stored.deleted === true)
    return { body: null, losses: [{ field: null, value: pushed, rule: 'tombstone' }] };
  const body = { ...stored };
  const losses: Loss[] = [];
  let wrote = false;
  for (const field of changed) {
    const rule = ruleAgainst(kind, field, stored, pushed[field], pusher);
    if (rule) {
      losses.push({ field, value: pushed[field], rule });
      continue;
    }
    const was = stored[field];
    const lost =
      was !== undefined && was !== null && !pusher.wroteLast && !UNKEPT.has(field) && !moves(kind, field);
    if (lost) losses.push({ field, value: was, rule: 'last-arrival' });
    body[field] = pushed[field];
    wrote = true;
  }
  return { body: wrote ? body : null, losses };
}
