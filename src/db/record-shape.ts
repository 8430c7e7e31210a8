/**
 * What every stored record must look like, field by field, for a record that comes from outside
 * this tablet's own writers (a backup file). A restore checks each record against its table's
 * shape before anything is written: a file whose `at` is a string or whose `reasons` is not a
 * list would be accepted by IndexedDB and then break the log, the look-up and the dashboard.
 * Optional fields may be absent; a present one must have its type. Extra fields are allowed
 * (a newer version may add some) but never replace a checked one.
 */
import { FLAG_RESOLUTIONS } from './types.ts';

/** A check of one value: null when it holds, else the path of the first field that does not. */
type Check = (v: unknown, path: string) => string | null;

const str: Check = (v, p) => (typeof v === 'string' ? null : p);
const num: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? null : p);
const nullable =
  (c: Check): Check =>
  (v, p) =>
    v === null ? null : c(v, p);
const optional =
  (c: Check): Check =>
  (v, p) =>
    v === undefined ? null : c(v, p);
const oneOf =
  (...values: readonly unknown[]): Check =>
  (v, p) =>
    values.includes(v) ? null : p;
const list =
  (c: Check, max = 10_000): Check =>
  (v, p) => {
    if (!Array.isArray(v) || v.length > max) return p;
    for (let i = 0; i < v.length; i++) {
      const bad = c(v[i], `${p}[${i}]`);
      if (bad) return bad;
    }
    return null;
  };
const object =
  (fields: Record<string, Check>): Check =>
  (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return p;
    const r = v as Record<string, unknown>;
    for (const [name, c] of Object.entries(fields)) {
      const bad = c(r[name], `${p}.${name}`);
      if (bad) return bad;
    }
    return null;
  };

const CODE_FORMATS = ['dcc', 'shc', 'nzcp', 'estate-pass', 'declaration', 'opaque'] as const;
const PERSON_KINDS = ['resident', 'courier', 'visitor', 'returnee', 'staff'] as const;

const check = object({
  temperaturesC: list(num, 20),
  mask: nullable(oneOf('ok', 'improper', 'none')),
  colour: nullable(oneOf('green', 'yellow', 'red')),
  colourSource: nullable(oneOf('verified', 'attested', 'declared')),
  signature: nullable(str),
  validity: nullable(str),
  personKind: nullable(str),
  volunteer: str,
  policyVersion: num,
});

/** The shape of each table's records (the tables a backup holds). */
export const RECORD_SHAPES = {
  passages: object({
    id: str,
    at: num,
    gateId: str,
    deviceId: str,
    direction: oneOf('in', 'out'),
    codeHash: nullable(str),
    codeFormat: nullable(oneOf(...CODE_FORMATS)),
    verdict: oneOf('pass', 'review', 'deny', 'recorded'),
    reasons: list(str, 50),
    personId: nullable(str),
    who: optional(nullable(object({ name: str, place: nullable(str) }))),
    verification: optional(object({ signature: str, validity: str, errors: list(str, 50) })),
    chain: optional(object({ prev: str, personal: str, hash: str })),
    check: optional(check),
    undone: optional(object({ at: num, by: str })),
  }),
  people: object({
    id: str,
    kind: oneOf(...PERSON_KINDS),
    name: str,
    phone: nullable(str),
    building: nullable(str),
    unit: nullable(str),
    room: nullable(str),
    status: oneOf('normal', 'home-quarantine', 'home-monitoring', 'central-quarantine'),
    registeredUntil: nullable(num),
    updatedAt: num,
    statusFrom: optional(nullable(num)),
    statusTo: optional(nullable(num)),
    vaccineDoses: optional(nullable(num)),
    vaccineSeries: optional(nullable(num)),
    company: optional(nullable(str)),
    plate: optional(nullable(str)),
  }),
  flags: object({
    id: str,
    at: num,
    kind: str,
    passageId: str,
    gateId: str,
    status: oneOf('open', 'resolved'),
    resolution: nullable(oneOf(...FLAG_RESOLUTIONS)),
    note: nullable(str),
    openedBy: str,
    resolvedBy: nullable(str),
    resolvedAt: nullable(num),
  }),
  ledger: object({
    id: str,
    at: num,
    personId: str,
    name: str,
    phone: str,
    from: str,
    arrivedOn: str,
    transport: str,
    home: nullable(object({ building: str, unit: nullable(str), room: str })),
    itinerary: list(object({ region: str, date: str }), 500),
    status: oneOf('pending', 'reported', 'closed'),
    flagId: nullable(str),
    updatedAt: num,
    idLast4: optional(nullable(str)),
    transportNo: optional(nullable(str)),
    gateId: optional(nullable(str)),
    colour: optional(nullable(oneOf('green', 'yellow', 'red'))),
    measure: optional(
      nullable(
        object({
          kind: oneOf('home-quarantine', 'home-monitoring', 'central-quarantine'),
          from: str,
          to: str,
        }),
      ),
    ),
    reportedAt: optional(nullable(num)),
    reportedBy: optional(nullable(str)),
  }),
  audit: object({ id: str, at: num, who: str, action: str, detail: str }),
  issuedCards: object({
    passId: str,
    personId: str,
    displayName: str,
    building: nullable(str),
    unit: nullable(str),
    room: nullable(str),
    validFrom: num,
    validUntil: num,
    issuedAt: num,
    kid: str,
  }),
  revocations: object({ passId: str, at: num, by: str, reason: str }),
  settings: object({ key: str }),
} satisfies Record<string, Check>;

export type ShapedTable = keyof typeof RECORD_SHAPES;

/** The first field of `record` that does not have its table's shape (e.g. `passages[3].at`), or null. */
export function badField(table: ShapedTable, record: unknown, path: string): string | null {
  return RECORD_SHAPES[table](record, path);
}
