/** People known to the estate, as the gate needs them: found by pass, or by hand. */
import { db } from './index.ts';
import type { Person } from './types.ts';

/** The registry entry for a person id (from an estate pass), if any. */
export async function personById(id: string): Promise<Person | undefined> {
  return db().people.get(id);
}

/** Residents matching a building / unit / room or a name fragment, for people without a phone. */
export async function findPeople(
  query: { building?: string; unit?: string; room?: string; name?: string },
  limit = 20,
): Promise<Person[]> {
  const d = db();
  if (query.building && query.unit && query.room) {
    return d.people
      .where('[building+unit+room]')
      .equals([query.building, query.unit, query.room])
      .limit(limit)
      .toArray();
  }
  const name = query.name?.trim();
  if (name) return d.people.where('name').startsWith(name).limit(limit).toArray();
  if (query.building)
    return d.people
      .filter((p) => p.building === query.building)
      .limit(limit)
      .toArray();
  return [];
}

/** Adds or replaces people in one transaction (the settings' small seed list). */
export async function putPeople(people: Person[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.people, async () => {
    await d.people.bulkPut(people);
  });
}
