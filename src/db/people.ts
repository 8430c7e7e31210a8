/**
 * People known to the estate (residents, couriers, visitors, returnees): found by the gate (by
 * pass or by hand), searched and edited in the console's registry, imported from a file,
 * selected for printing cards, and named beside the console's log (masked by the callers).
 * Written by the console's registry (`savePerson`, `importPeople`, `deletePerson`, each audited
 * in the same transaction), the gate's registration (ledger.ts `confirmRegistration`), a
 * restore, and the retention purge (`purgeRegistrations`, called by retention.ts, which audits it).
 */
import { liveQuery } from 'dexie';
import { audit } from './audit.ts';
import { compareHomes } from './home-order.ts';
import { db } from './index.ts';
import { type PassageRow, rowView } from './log/rows.ts';
import { enqueueForHub } from './outbox.ts';
import type { Passage, Person } from './types.ts';

/** The registry entry for a person id (from an estate pass), if any. */
export async function personById(id: string): Promise<Person | undefined> {
  return db().people.get(id);
}

/**
 * People matching a building (with a unit and / or a room, either may be left out) or a name
 * fragment, for people without a phone. A room without its unit matches that room in every unit
 * of the building (people say "1-901" for 1-2-901).
 */
export async function findPeople(
  query: { building?: string; unit?: string; room?: string; name?: string },
  limit = 20,
): Promise<Person[]> {
  const d = db();
  const [building, unit, room] = [query.building?.trim(), query.unit?.trim(), query.room?.trim()];
  if (building && unit && room) {
    return d.people.where('[building+unit+room]').equals([building, unit, room]).limit(limit).toArray();
  }
  const name = query.name?.trim();
  if (name && !building) return d.people.where('name').startsWith(name).limit(limit).toArray();
  if (!building) return [];
  const wanted = (p: Person) =>
    p.building === building &&
    (!unit || p.unit === unit) &&
    (!room || p.room === room) &&
    (!name || p.name.startsWith(name));
  // [b] sorts before and [b, []] after every [b, unit, room]: arrays sort above strings.
  const found = await d.people
    .where('[building+unit+room]')
    .between([building], [building, []])
    .filter(wanted)
    .limit(limit)
    .toArray();
  // A building without units: its people (unit null) are not in the compound index.
  return found.length > 0 || unit ? found : d.people.filter(wanted).limit(limit).toArray();
}

/** Adds or replaces people in one transaction (the settings' small seed list). */
export async function putPeople(people: Person[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.people, async () => {
    await d.people.bulkPut(people);
  });
}

/**
 * Every person of the given kinds (by the kind index), for the registry's lists and exports:
 * searched and sorted by the caller, which reads them once per view, not once per keystroke.
 */
export async function peopleOfKinds(kinds: readonly Person['kind'][]): Promise<Person[]> {
  return db()
    .people.where('kind')
    .anyOf([...kinds])
    .toArray();
}

/**
 * Deletes a person from the registry (moved out, registered by mistake), with its audit line, in
 * one transaction. Their passages, flags and ledger entries are records of what happened and stay
 * (a passage keeps its own masked label). Resolves with the person deleted, or null if none was.
 */
export async function deletePerson(id: string, who: string, now: number): Promise<Person | null> {
  const d = db();
  return d.transaction('rw', [d.people, d.audit, d.settings, d.outbox], async () => {
    const person = await d.people.get(id);
    if (!person) return null;
    await d.people.delete(id);
    await audit('delete', who, `${person.kind} ${id}`, now);
    // Every gate of a connected estate drops the person too (a tombstone on the hub).
    await enqueueForHub([{ kind: 'registry-change', id, body: { id, deleted: true, updatedAt: now } }]);
    return person;
  });
}

/** Every resident (by the kind index), for the household map and the vaccination board. */
export async function allResidents(): Promise<Person[]> {
  return db().people.where('kind').equals('resident').toArray();
}

// The residents as last read, kept current by a live query (it re-reads on any write to the
// people table, in this tab or another), for the database it was read from.
let kept: { db: ReturnType<typeof db>; latest: Promise<Person[]>; stop(): void } | null = null;

/**
 * Every resident, held in memory after the first read and kept current by a live query: the
 * dashboard reads all 33,000 of an estate on every open, and the table seldom changes. The
 * console lets go of them (dropKeptResidents) when it closes, so the gate never pays for it.
 */
export function residentsKept(): Promise<Person[]> {
  const d = db();
  if (kept?.db === d) return kept.latest;
  dropKeptResidents();
  let stop = () => {};
  const entry = { db: d, latest: Promise.resolve<Person[]>([]), stop: () => stop() };
  entry.latest = new Promise<Person[]>((resolve, reject) => {
    const subscription = liveQuery(allResidents).subscribe({
      next: (people) => {
        entry.latest = Promise.resolve(people);
        resolve(people);
      },
      error: (error: unknown) => {
        if (kept === entry) kept = null;
        reject(error);
      },
    });
    stop = () => subscription.unsubscribe();
  });
  kept = entry;
  return entry.latest;
}

/** Stops keeping the residents in memory. */
export function dropKeptResidents(): void {
  kept?.stop();
  kept = null;
}

/** Couriers whose registration is still valid at `now` (by the kind index). */
export async function activeCouriers(now: number): Promise<number> {
  return db()
    .people.where('kind')
    .equals('courier')
    .filter((p) => (p.registeredUntil ?? 0) > now)
    .count();
}

/** The kinds registered for a time (`registeredUntil`): retention removes them once it has passed. */
const REGISTERED_KINDS: readonly Person['kind'][] = ['courier', 'visitor', 'returnee'];

/**
 * Retention (retention.ts): removes couriers, visitors and returnees whose registration ended
 * before `cutoff`, name, phone, company, plate and host household with them. An entry written
 * after `restart.after` (by a clock set ahead) first has its registration moved to begin at
 * `restart.at`, as long as it was. Residents and staff are the manager's registry: not touched.
 * Returns how many were removed. The registrations are a small table: one read, one transaction.
 */
export async function purgeRegistrations(
  cutoff: number,
  restart: { after: number; at: number } | null,
): Promise<number> {
  const d = db();
  return d.transaction('rw', d.people, async () => {
    const registered = await d.people.where('kind').anyOf(REGISTERED_KINDS).toArray();
    const moved = registered.map((p) =>
      restart && p.updatedAt > restart.after
        ? {
            ...p,
            updatedAt: restart.at,
            registeredUntil: p.registeredUntil === null ? null : restart.at + p.registeredUntil - p.updatedAt,
          }
        : p,
    );
    const changed = moved.filter((p, i) => p !== registered[i]);
    const ended = moved
      .filter((p) => p.registeredUntil !== null && p.registeredUntil < cutoff)
      .map((p) => p.id);
    if (changed.length > 0) await d.people.bulkPut(changed);
    if (ended.length > 0) await d.people.bulkDelete(ended);
    return ended.length;
  });
}

/** Saves a person added or edited by hand, with its audit line, in one transaction. */
export async function savePerson(person: Person, who: string, now: number): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.people, d.audit, d.settings, d.outbox], async () => {
    const saved = { ...person, updatedAt: now };
    await d.people.put(saved);
    await audit('edit', who, `${person.kind} ${person.id}`, now);
    await enqueueForHub([{ kind: 'registry-change', id: saved.id, body: { ...saved } }]);
  });
}

/**
 * The registry import: every validated person written in one transaction with its audit line.
 * A failure anywhere (quota, a bad record, a closed tab) aborts it all, so nothing half-imports.
 * Resolves with how many were written.
 */
export async function importPeople(
  people: readonly Person[],
  who: string,
  source: string,
  now: number,
  refused = 0,
): Promise<number> {
  const d = db();
  await d.transaction('rw', [d.people, d.audit, d.settings, d.outbox], async () => {
    await d.people.bulkPut([...people]);
    // The office's import reaches every gate of a connected estate (db/hub-pull.ts applies it).
    await enqueueForHub(people.map((p) => ({ kind: 'registry-change' as const, id: p.id, body: { ...p } })));
    // A partial import (the manager chose to leave the refused rows out) says how many.
    const left = refused > 0 ? ` refused:${refused}` : '';
    await audit('import', who, `${source} ${people.length}${left}`, now);
  });
  return people.length;
}

/** Residents to print cards for: one household, one building, or all; ordered by address. */
export async function residentsFor(scope: {
  building?: string;
  unit?: string;
  room?: string;
}): Promise<Person[]> {
  const same = (want: string | undefined, have: string | null) => !want || want === (have ?? '');
  const people = await db()
    .people.where('kind')
    .equals('resident')
    .filter((p) => same(scope.building, p.building) && same(scope.unit, p.unit) && same(scope.room, p.room))
    .toArray();
  return people.sort(compareHomes);
}

// ---- The people behind the console's log: a page's, or an export's batches'.

/** The people whose name, phone or plate contains `text` (the people table is small). */
export async function peopleMatching(text: string): Promise<Set<string>> {
  const needle = text.trim().toLowerCase();
  // One bulk read, then match in memory: filter() would cost one request per person.
  const people = await db().people.toArray();
  const hits = people.filter((p) =>
    [p.name, p.phone ?? '', p.plate ?? ''].some((f) => f.toLowerCase().includes(needle)),
  );
  return new Set(hits.map((p) => p.id));
}

/** The people with these ids (null and repeats ignored), by id. */
async function peopleById(ids: Iterable<string | null>): Promise<Map<string, Person>> {
  const wanted = [...new Set(ids)].filter((id) => id !== null);
  const rows = await db().people.bulkGet(wanted);
  return new Map(rows.flatMap((p) => (p ? [[p.id, p] as const] : [])));
}

/** The people behind a page of passages, by id. */
export function peopleOf(passages: readonly Passage[]): Promise<Map<string, Person>> {
  return peopleById(passages.map((p) => p.personId));
}

// Above this many people in one batch, one bulk read of the whole people table is cheaper than
// a request per person (bulkGet makes one get() each).
const LOOKUP_ALL_FROM = 500;

/**
 * A people lookup for a long run of batches (an export): small batches by id, and at the first
 * large one the whole people table once, kept for the rest of the run.
 */
export function peopleLookup(): (rows: readonly PassageRow[]) => Promise<ReadonlyMap<string, Person>> {
  let all: Map<string, Person> | null = null;
  return async (rows) => {
    if (all) return all;
    const ids = new Set(rows.map((r) => rowView(r).personId));
    ids.delete(null);
    if (ids.size < LOOKUP_ALL_FROM) return peopleById(ids);
    all = new Map((await db().people.toArray()).map((p) => [p.id, p]));
    return all;
  };
}
