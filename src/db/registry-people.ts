/**
 * Registry reads and edits for the console: residents found by name, phone or building through
 * their indexes (never a scan of the whole table), couriers and visitors by kind, ledger edits.
 */

import { liveQuery } from 'dexie';
import { db } from './index.ts';
import { auditRegistry } from './registry-audit.ts';
import type { Person } from './types.ts';

/** People of the given kinds matching `text` (name or phone prefix, or a building), at most `limit`. */
export async function searchPeople(
  kinds: readonly Person['kind'][],
  text: string,
  limit = 200,
): Promise<Person[]> {
  const d = db();
  const q = text.trim();
  const wanted = (p: Person) => kinds.includes(p.kind);
  if (q === '')
    return d.people
      .where('kind')
      .anyOf([...kinds])
      .limit(limit)
      .toArray();
  const [byName, byPhone, byBuilding] = await Promise.all([
    d.people.where('name').startsWith(q).limit(limit).toArray(),
    /^\+?\d+$/.test(q) ? d.people.where('phone').startsWith(q).limit(limit).toArray() : [],
    d.people
      .where('[building+unit+room]')
      // [q] sorts before and [q, []] after every [q, unit, room]: arrays sort above strings.
      .between([q], [q, []])
      .limit(limit)
      .toArray(),
  ]);
  const found = new Map<string, Person>();
  for (const p of [...byBuilding, ...byName, ...byPhone]) if (wanted(p)) found.set(p.id, p);
  return [...found.values()].slice(0, limit);
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

/** Saves a person added or edited by hand, with its audit line, in one transaction. */
export async function savePerson(person: Person, who: string, now: number): Promise<void> {
  const d = db();
  await d.transaction('rw', d.people, d.settings, async () => {
    await d.people.put({ ...person, updatedAt: now });
    await auditRegistry('edit', who, `${person.kind} ${person.id}`, now);
  });
}
