/** What devices push: the kinds of record, who may push each, and the shape of one pushed record. */
import type { Role } from '../auth/device-auth.ts';

/**
 * Every kind of record a device pushes, each with its own id. Some are immutable (a passage, a
 * resolution, a revocation, a policy version, a trust or risk list); the others are one thing's
 * current state (a flag, a ledger entry, a registration, a person's registry entry keyed by the
 * person), pushed again when it changes and merged by sync/merge.ts.
 */
export const RECORD_KINDS = [
  'passage',
  'flag',
  'resolution',
  'ledger-entry',
  'registry-change',
  'registration',
  'revocation',
  'policy-version',
  'trust-list',
  'risk-list',
] as const;

/** One kind of record. */
export type RecordKind = (typeof RECORD_KINDS)[number];

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

/** One pushed record: its kind, its id (unique within the estate and kind) and its content. */
export interface PushedRecord {
  kind: RecordKind;
  id: string;
  body: Record<string, unknown>;
}

/** The most records in one push (one transaction). */
export const MAX_BATCH = 500;

/** JSON schema of a push body (Fastify validates it before anything is read). */
export const pushSchema = {
  body: {
    type: 'object',
    required: ['records'],
    additionalProperties: false,
    properties: {
      records: {
        type: 'array',
        minItems: 1,
        maxItems: MAX_BATCH,
        items: {
          type: 'object',
          required: ['kind', 'id', 'body'],
          additionalProperties: false,
          properties: {
            kind: { enum: RECORD_KINDS },
            id: { type: 'string', minLength: 1, maxLength: 100 },
            body: { type: 'object' },
          },
        },
      },
    },
  },
};
