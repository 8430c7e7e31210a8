/**
 * The returnee ledger (台账): one entry per returnee confirmed at the gate (`confirmRegistration`,
 * which also stores the person and opens the "report to the committee" flag), moved on by a
 * manager (pending → reported → closed) with `setLedgerStatus`. The only writer of ledger
 * entries: reporting (or closing) an entry also resolves the returnee's report flag (through
 * flags.ts), and the audit lines are written in the same transaction. Retention blanks closed
 * entries' personal fields (`blankClosedEntries`, called by retention.ts, which audits it).
 */
import { audit } from './audit.ts';
import { newFlag, REPORT_FLAG, resolveFlag } from './flags.ts';
import { db, newId } from './index.ts';
import type { Flag, LedgerEntry, Person } from './types.ts';

/** Ledger entries newest first, at most `limit` (by the `at` index). */
export async function ledgerPage(limit = 500): Promise<LedgerEntry[]> {
  return db().ledger.orderBy('at').reverse().limit(limit).toArray();
}

/** What the returnee declared, as the ledger keeps it. */
export type ReturneeDeclaration = Omit<
  LedgerEntry,
  'id' | 'at' | 'personId' | 'status' | 'flagId' | 'updatedAt'
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
        }
      : null;
  await d.transaction('rw', d.people, d.ledger, d.flags, async () => {
    await d.people.put(person);
    if (ledger && flag) {
      await d.ledger.add(ledger);
      await d.flags.add(flag);
    }
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
  return d.transaction('rw', d.ledger, d.flags, d.audit, async () => {
    const entry = await d.ledger.get(id);
    if (!entry) return null;
    if (entry.status === status) return entry;
    const next: LedgerEntry = { ...entry, status, updatedAt: now };
    await d.ledger.put(next);
    if (status !== 'pending' && entry.flagId) await resolveFlag(entry.flagId, 'referred-committee', who, now);
    await audit('edit', who, `ledger ${id} ${status}`, now);
    return next;
  });
}

/** A ledger entry without its personal fields: status, dates and flag stay for the counts. */
export function blankEntry(e: LedgerEntry): LedgerEntry {
  const { transportNo: _number, ...kept } = e;
  return { ...kept, personId: '', name: '', phone: '', from: '', transport: '', home: null, itinerary: [] };
}

const isBlank = (e: LedgerEntry) =>
  e.personId === '' &&
  e.name === '' &&
  e.phone === '' &&
  e.from === '' &&
  e.transport === '' &&
  !e.transportNo &&
  e.home === null &&
  e.itinerary.length === 0;

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
