/** What devices push to the hub: the kinds of record and the shape of one pushed record (the hub and the app's pusher both read it). */

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
