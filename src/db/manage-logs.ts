/**
 * Passage logs for the console: newest first, 50 at a time, paged by a (time, id) cursor on the
 * most selective index: [verdict+at], then [gateId+at], then at. Never by offset, and the id in
 * the cursor keeps records of one millisecond from being skipped or repeated across pages.
 */
import { db } from './index.ts';
import type { Direction, Passage, Person, VerdictKind } from './types.ts';

/** A log filter as the console sets it. Empty fields do not filter. */
export interface LogFilter {
  from: number | null;
  to: number | null;
  gateId: string;
  direction: Direction | '';
  verdict: VerdictKind | 'recorded' | '';
  reason: string;
  search: string;
}

/** No filter at all. */
export const NO_FILTER: LogFilter = {
  from: null,
  to: null,
  gateId: '',
  direction: '',
  verdict: '',
  reason: '',
  search: '',
};

/** Where the previous page ended. */
export interface LogCursor {
  at: number;
  id: string;
}

// Above this many matching people a search scans the time range instead.
const PERSON_INDEX_MAX = 50;

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

/** The next page of passages matching `filter`, older than `cursor`. */
export async function passagePage(
  filter: LogFilter,
  cursor: LogCursor | null,
  limit = 50,
  people: Set<string> | null = null,
): Promise<Passage[]> {
  const d = db();
  const from = filter.from ?? -Infinity;
  const to = Math.min(filter.to ?? Infinity, cursor?.at ?? Infinity);
  if (from > to || people?.size === 0) return [];
  // Backwards, records of one millisecond come by descending id: skip those at or after the cursor.
  const after = (p: Passage) =>
    cursor !== null && (p.at > cursor.at || (p.at === cursor.at && p.id >= cursor.id));
  const keep = (p: Passage) =>
    !after(p) &&
    p.at >= from &&
    p.at <= to &&
    (!filter.verdict || p.verdict === filter.verdict) &&
    (!filter.gateId || p.gateId === filter.gateId) &&
    (!filter.direction || p.direction === filter.direction) &&
    (!filter.reason || p.reasons.includes(filter.reason)) &&
    (people === null || (p.personId !== null && people.has(p.personId)));
  if (people !== null && people.size <= PERSON_INDEX_MAX) {
    // A few people pass a few times a day, and only within retention: their passages by the
    // personId index are a small set, sorted here, instead of scanning the time range for them.
    const own = await d.passages
      .where('personId')
      .anyOf([...people])
      .toArray();
    return own
      .filter(keep)
      .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .slice(0, limit);
  }
  const range = (lo: number, hi: number) =>
    filter.verdict
      ? d.passages.where('[verdict+at]').between([filter.verdict, lo], [filter.verdict, hi], true, true)
      : filter.gateId
        ? d.passages.where('[gateId+at]').between([filter.gateId, lo], [filter.gateId, hi], true, true)
        : d.passages.where('at').between(lo, hi, true, true);
  // Bulk reads of the index range, newest first, filtered here: a Dexie filter() would cost one
  // cursor step per record. Each read resumes at the last record's millisecond (inclusive, so its
  // other records are not lost), skipping what the previous read already held.
  const out: Passage[] = [];
  /** Adds the rows older than `read` that match; true once the page is full. */
  const take = (rows: readonly Passage[], read: LogCursor | null): boolean => {
    for (const p of rows) {
      if (read !== null && (p.at > read.at || (p.at === read.at && p.id >= read.id))) continue;
      if (keep(p)) out.push(p);
      if (out.length === limit) return true;
    }
    return false;
  };
  let read: LogCursor | null = null;
  let upTo = to;
  let chunk = Math.max(limit, 100);
  for (;;) {
    const rows = await range(from, upTo).reverse().limit(chunk).toArray();
    if (take(rows, read)) return out;
    const last = rows.at(-1);
    if (!last || rows.length < chunk) return out;
    if (rows[0]?.at === last.at) {
      // A whole read within one millisecond: read that millisecond whole and go on below it.
      if (take(await range(last.at, last.at).reverse().toArray(), last)) return out;
      read = null;
      upTo = last.at - 1;
    } else {
      read = last;
      upTo = last.at;
    }
    chunk = Math.min(chunk * 2, 5000);
  }
}

/** The people behind a page of passages, by id. */
export async function peopleOf(passages: readonly Passage[]): Promise<Map<string, Person>> {
  const ids = [...new Set(passages.flatMap((p) => (p.personId === null ? [] : [p.personId])))];
  const rows = await db().people.bulkGet(ids);
  return new Map(rows.flatMap((p) => (p ? [[p.id, p] as const] : [])));
}

/** One passage by id. */
export async function passageById(id: string): Promise<Passage | undefined> {
  return db().passages.get(id);
}

/** The gate ids seen in settings and recent passages (for the gate filter). */
export async function knownGates(): Promise<string[]> {
  const recent = await db().passages.orderBy('id').reverse().limit(500).toArray();
  return [...new Set(recent.map((p) => p.gateId))].sort();
}
