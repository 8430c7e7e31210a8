/**
 * The returnee ledger (台账): one entry per returnee confirmed at the gate (`confirmRegistration`,
 * which also stores the person and opens the "report to the committee" flag), moved on by a
 * manager (pending → reported → closed) with `setLedgerStatus`. The only writer of ledger
 * entries: reporting (or closing) an entry also resolves the returnee's report flag (through
 * flags.ts), and the audit lines are written in the same transaction. Retention blanks closed
 * entries' personal fields (`blankClosedEntries`, called by retention.ts, which audits it).
 */
import { liveQuery } from 'dexie';
import { audit } from './audit.ts';
import { newFlag, REPORT_FLAG, resolveFlag } from './flags.ts';
import { resolveHubFlag } from './hub-resolve.ts';
import { db, newId } from './index.ts';
import { enqueueForHub } from './outbox.ts';
import { getSetting } from './settings.ts';
import type { Flag, LedgerEntry, LedgerMeasure, Person } from './types.ts';

/** Ledger entries newest first, at most `limit` (by the `at` index). */
export async function ledgerPage(limit = 500): Promise<LedgerEntry[]> {
  return db().ledger.orderBy('at').reverse().limit(limit).toArray();
}

/**
 * Calls `onChange` with `ledgerPage(limit)` now and after every change to the ledger (here, in
 * another tab, or pulled from the hub: a Dexie live query); returns the function that stops it.
 */
export function watchLedger(limit: number, onChange: (entries: LedgerEntry[]) => void): () => void {
  const subscription = liveQuery(() => ledgerPage(limit)).subscribe({
    next: onChange,
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}

/** What the returnee declared, as the ledger keeps it. */
export type ReturneeDeclaration = Omit<
  LedgerEntry,
  | 'id'
  | 'at'
  | 'personId'
  | 'status'
  | 'flagId'
  | 'updatedAt'
  | 'measure'
  | 'reportedAt'
  | 'reportedBy'
  | 'gateId'
>;

/**
 * Registers (or re-registers) a person confirmed at the gate (real-name check against the ID
 * card); a returnee also gets a ledger entry and an open report flag. All of it or none.
 */
export async function confirmRegistration(
  person: Person,
  returnee: ReturneeDeclaration | null,
  ctx: { gateId: string; volunteer: string; now: number },
): Promise<{ ledger: LedgerEntry | null; flag: Flag | null }> {
  const d = db();
  const flag = returnee ? newFlag(REPORT_FLAG, ctx.now, ctx.gateId, '', ctx.volunteer) : null;
  const ledger: LedgerEntry | null =
    returnee && flag
      ? {
          ...returnee,
          id: newId(ctx.now),
          at: ctx.now,
          personId: person.id,
          status: 'pending',
          flagId: flag.id,
          updatedAt: ctx.now,
          gateId: ctx.gateId,
        }
      : null;
  await d.transaction('rw', [d.people, d.ledger, d.flags, d.settings, d.outbox], async () => {
    await d.people.put(person);
    if (ledger && flag) {
      await d.ledger.add(ledger);
      await d.flags.add(flag);
    }
    // Every gate of a connected estate lets the person through from now on (sync/puller.ts).
    await enqueueForHub([
      { kind: 'registration', id: person.id, body: { ...person } },
      ...(ledger && flag
        ? [
            { kind: 'ledger-entry' as const, id: ledger.id, body: { ...ledger } },
            { kind: 'flag' as const, id: flag.id, body: { ...flag } },
          ]
        : []),
    ]);
  });
  return { ledger, flag };
}

/**
 * Sets a ledger entry's status, audited under `who`. Once the committee is told (reported or
 * closed) the returnee's open report flag is resolved as referred to the committee. Returns the
 * entry as saved, or null when there is no such entry.
 */
export async function setLedgerStatus(
  id: string,
  status: LedgerEntry['status'],
  who: string,
  now: number,
): Promise<LedgerEntry | null> {
  const d = db();
  return d.transaction('rw', [d.ledger, d.flags, d.audit, d.settings, d.outbox], async () => {
    const entry = await d.ledger.get(id);
    if (!entry) return null;
    if (entry.status === status) return entry;
    // The ledger keeps when and by whom the committee was told: the first move out of pending.
    const reported = status !== 'pending' && !entry.reportedAt ? { reportedAt: now, reportedBy: who } : {};
    const next: LedgerEntry = { ...entry, status, updatedAt: now, ...reported };
    await d.ledger.put(next);
    if (status !== 'pending' && entry.flagId) {
      // The report flag is held by the gate that confirmed the returnee; on the office PC (which
      // has the entry from the hub, not the flag) the resolution goes to that gate through the hub.
      if (await d.flags.get(entry.flagId)) await resolveFlag(entry.flagId, 'referred-committee', who, now);
      else if (await getSetting('hub:link'))
        await resolveHubFlag({ id: entry.flagId, kind: REPORT_FLAG }, 'referred-committee', who, now);
    }
    await audit('edit', who, `ledger ${id} ${status}`, now);
    // The hub's copy moves on too (its status only moves forward there: hub/sync/merge.ts).
    await enqueueForHub([{ kind: 'ledger-entry', id, body: { ...next } }]);
    return next;
  });
}

/**
 * Sets (or clears, with null) a returnee's control measure and its days, audited under `who`.
 * Returns the entry as saved, or null when there is no such entry.
 */
export async function setLedgerMeasure(
  id: string,
  measure: LedgerMeasure | null,
  who: string,
  now: number,
): Promise<LedgerEntry | null> {
  const d = db();
  return d.transaction('rw', [d.ledger, d.audit, d.settings, d.outbox], async () => {
    const entry = await d.ledger.get(id);
    if (!entry) return null;
    const next: LedgerEntry = { ...entry, measure, updatedAt: now };
    await d.ledger.put(next);
    const what = measure ? `${measure.kind} ${measure.from}..${measure.to}` : 'none';
    await audit('edit', who, `ledger ${id} measure ${what}`, now);
    // Every device's ledger shows it (the hub takes a measure from a manager device only).
    await enqueueForHub([{ kind: 'ledger-entry', id, body: { ...next } }]);
    return next;
  });
}

/** A ledger entry without its personal fields: status, dates and flag stay for the counts. */
export function blankEntry(e: LedgerEntry): LedgerEntry {
  return {
    ...e,
    personId: '',
    name: '',
    phone: '',
    from: '',
    transport: '',
    home: null,
    itinerary: [],
    // Fields of newer entries, blanked where an entry has them (older ones stay as they were).
    ...('idLast4' in e ? { idLast4: null } : {}),
    ...('transportNo' in e ? { transportNo: null } : {}),
    ...('colour' in e ? { colour: null } : {}),
  };
}

const isBlank = (e: LedgerEntry) =>
  e.personId === '' &&
  e.name === '' &&
  e.phone === '' &&
  e.from === '' &&
  e.transport === '' &&
  e.home === null &&
  e.itinerary.length === 0 &&
  !e.idLast4 &&
  !e.transportNo &&
  !e.colour;

/**
 * Retention (retention.ts): blanks entries closed (last changed) before `cutoff`. Pending and
 * reported entries stay whole, however old: the committee still needs them. An entry last
 * changed after `restart.after` (by a clock set ahead) is first dated `restart.at`. Returns how
 * many were blanked. Closed entries are few (returnees): one read, one transaction.
 */
export async function blankClosedEntries(
  cutoff: number,
  restart: { after: number; at: number } | null,
): Promise<number> {
  const d = db();
  return d.transaction('rw', d.ledger, async () => {
    const closed = await d.ledger.where('status').equals('closed').toArray();
    const moved = closed.map((e) =>
      restart && e.updatedAt > restart.after ? { ...e, updatedAt: restart.at } : e,
    );
    const aged = moved.filter((e) => e.updatedAt < cutoff && !isBlank(e));
    const changed = moved.filter((e, i) => e !== closed[i] && !aged.includes(e));
    await d.ledger.bulkPut([...changed, ...aged.map(blankEntry)]);
    return aged.length;
  });
}
