/**
 * Flags: a non-compliance opened at the gate (by a check, passages.ts, or a returnee's
 * registration, ledger.ts) for volunteers and managers to act on. Resolved only here, by
 * `resolveFlag`: from the gate's queue, the console, or the ledger when the committee is told;
 * the flag and its audit entry are written in one transaction.
 */
import { FLAG_REASONS } from '../policy/reasons.ts';
import { audit } from './audit.ts';
import { db, newId } from './index.ts';
import { enqueueForHub } from './outbox.ts';
import type { Flag, FlagResolution, LedgerEntry, PersonLabel } from './types.ts';

export { FLAG_RESOLUTIONS } from './types.ts';

/** Flag kind opened for every returnee until the committee is told. */
export const REPORT_FLAG = 'returnee-report';

/** Every kind a flag is opened with: the policy's flagged reasons and the returnee report. */
export const FLAG_KINDS: readonly string[] = [...FLAG_REASONS, REPORT_FLAG];

type Resolutions = readonly FlagResolution[];

/** What any flag raised at the gate may end in: told the committee, turned away, or a mistake. */
const ANY: Resolutions = ['referred-committee', 'denied-entry', 'false-alarm'];

/**
 * The resolutions each kind of flag offers, in the order the gate and the console show them:
 * mask advice closes only a mask flag, a normal re-measure only a fever, sending someone to
 * register only a missing or unusable registration or pass. A returnee report is closed when
 * the committee is told (the ledger does it), nothing else.
 */
const RESOLUTIONS_BY_KIND: ReadonlyMap<string, Resolutions> = new Map<string, Resolutions>([
  ['fever', ['remeasured-normal', ...ANY]],
  ['mask-none', ['mask-fixed', ...ANY]],
  ['mask-improper', ['mask-fixed', ...ANY]],
  ['unregistered', ['sent-to-register', ...ANY]],
  ['pass-invalid', ['sent-to-register', ...ANY]],
  ['pass-expired', ['sent-to-register', ...ANY]],
  ['quarantine-exit', ANY],
  ['code-red', ANY],
  ['code-yellow', ANY],
  ['test-positive', ANY],
  ['test-missing', ANY],
  ['test-expired', ANY],
  ['risk-itinerary', ANY],
  [REPORT_FLAG, ['referred-committee']],
]);

/** The resolutions that fit a flag of `kind` (a kind this version does not know: the general ones). */
export function resolutionsFor(kind: string): Resolutions {
  return RESOLUTIONS_BY_KIND.get(kind) ?? ANY;
}

/** A new open flag (not yet stored: the caller adds it in its own transaction). */
export function newFlag(kind: string, at: number, gateId: string, passageId: string, openedBy: string): Flag {
  return {
    id: newId(at),
    at,
    kind,
    passageId,
    gateId,
    status: 'open',
    resolution: null,
    note: null,
    openedBy,
    resolvedBy: null,
    resolvedAt: null,
  };
}

/** Open flags, newest first (index [status+at]). */
export async function openFlags(limit = 50): Promise<Flag[]> {
  return db()
    .flags.where('[status+at]')
    .between(['open', -Infinity], ['open', Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}

/** Flags opened at one gate between `from` and `to` and still open, oldest first (a shift's). */
export async function shiftOpenFlags(gateId: string, from: number, to: number): Promise<Flag[]> {
  return db()
    .flags.where('[status+at]')
    .between(['open', from], ['open', to], true, true)
    .filter((f) => f.gateId === gateId)
    .toArray();
}

/** Who a flag is about and what was read: its passage's stored label and readings, or the returnee's ledger entry. */
export interface FlagSubject {
  /** The label the gate stored with the passage (masked name and home or company). */
  who: PersonLabel | null;
  temperaturesC: number[];
  /** A returnee's report flag has no passage: its ledger entry (whole: the screen masks it). */
  ledger: LedgerEntry | null;
}

/**
 * The subjects of `flags` by flag id: one bulk read of their passages, and of the ledger when
 * a returnee's report flag is among them (returnees are few: the table is read whole).
 */
export async function flagSubjects(flags: readonly Flag[]): Promise<Map<string, FlagSubject>> {
  const d = db();
  const withPassage = flags.filter((f) => f.passageId !== '');
  const [passages, ledger] = await Promise.all([
    d.passages.bulkGet(withPassage.map((f) => f.passageId)),
    flags.some((f) => f.kind === REPORT_FLAG) ? d.ledger.toArray() : Promise.resolve([]),
  ]);
  const byFlag = new Map(ledger.flatMap((e) => (e.flagId ? [[e.flagId, e] as const] : [])));
  const subjects = new Map<string, FlagSubject>();
  withPassage.forEach((f, i) => {
    const p = passages[i];
    if (p)
      subjects.set(f.id, { who: p.who ?? null, temperaturesC: p.check?.temperaturesC ?? [], ledger: null });
  });
  for (const f of flags) {
    const entry = byFlag.get(f.id);
    if (entry) subjects.set(f.id, { who: null, temperaturesC: [], ledger: entry });
  }
  return subjects;
}

/** A flag filter; empty fields do not filter. */
export interface FlagFilter {
  status: Flag['status'] | '';
  kind: string;
}

/** Flags newest first, older than `cursor` (at, id) when given. */
export async function flagPage(
  filter: FlagFilter,
  cursor: { at: number; id: string } | null,
  limit = 50,
): Promise<Flag[]> {
  const d = db();
  const to = cursor?.at ?? Infinity;
  const range = filter.status
    ? d.flags.where('[status+at]').between([filter.status, -Infinity], [filter.status, to], true, true)
    : d.flags.where('at').between(-Infinity, to, true, true);
  return range
    .reverse()
    .filter(
      (f) =>
        !(cursor !== null && (f.at > cursor.at || (f.at === cursor.at && f.id >= cursor.id))) &&
        (!filter.kind || f.kind === filter.kind),
    )
    .limit(limit)
    .toArray();
}

/**
 * Resolves an open flag, keeping who, when and why, with its audit entry in the same
 * transaction (joins the caller's when it holds flags and audit). A flag already resolved, or
 * not there, is left as it was: null. A resolution that does not fit the flag's kind
 * (`resolutionsFor`) is refused with an error, and nothing is written.
 */
export async function resolveFlag(
  id: string,
  resolution: FlagResolution,
  by: string,
  now: number,
  note: string | null = null,
): Promise<Flag | null> {
  const d = db();
  return d.transaction('rw', [d.flags, d.audit, d.settings, d.outbox], async () => {
    const flag = await d.flags.get(id);
    if (flag?.status !== 'open') return null;
    if (!resolutionsFor(flag.kind).includes(resolution))
      throw new RangeError(`${resolution} does not resolve a ${flag.kind} flag`);
    const resolved: Flag = { ...flag, status: 'resolved', resolution, note, resolvedBy: by, resolvedAt: now };
    await d.flags.put(resolved);
    // The hub keeps the first resolution of a flag (another gate may have resolved it too).
    await auditAndQueueResolution(flag, resolution, by, now, note);
    return resolved;
  });
}

/** A resolution record's body, as it is queued for the hub. */
export interface QueuedResolution {
  id: string;
  flagId: string;
  resolution: FlagResolution;
  note: string | null;
  resolvedBy: string;
  resolvedAt: number;
}

/**
 * Audits the resolution of `flag` (held here or not) and queues its record for the hub; call
 * inside a transaction holding audit, settings and outbox. The one writer of the record and its
 * audit line, for `resolveFlag` and `resolveHubFlag` (hub-resolve.ts). Returns the record's body
 * and whether it was queued (only on an enrolled device).
 */
export async function auditAndQueueResolution(
  flag: { id: string; kind: string },
  resolution: FlagResolution,
  by: string,
  now: number,
  note: string | null,
): Promise<{ body: QueuedResolution; queued: boolean }> {
  await audit('flag-resolve', by, `${flag.kind} ${flag.id} → ${resolution}${note ? ` (${note})` : ''}`, now);
  const rid = newId(now);
  const body: QueuedResolution = {
    id: rid,
    flagId: flag.id,
    resolution,
    note,
    resolvedBy: by,
    resolvedAt: now,
  };
  const queued = await enqueueForHub([{ kind: 'resolution', id: rid, body: { ...body } }]);
  return { body, queued };
}
