/**
 * The people behind the console's log: who a search names, and the people of a page or of an
 * export's batches (masked on screen and in files by the callers).
 */
import { db } from './index.ts';
import type { PassageRow } from './passage-rows.ts';
import type { Passage, Person } from './types.ts';

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
    const ids = new Set(rows.map((r) => r[6]));
    ids.delete(null);
    if (ids.size < LOOKUP_ALL_FROM) return peopleById(ids);
    all = new Map((await db().people.toArray()).map((p) => [p.id, p]));
    return all;
  };
}
