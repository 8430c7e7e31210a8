/**
 * Passage logs for the console: newest first, 50 at a time, paged by a (time, id) cursor on the
 * most selective index: [verdict+at], then [gateId+at], then at. Never by offset, and the id in
 * the cursor keeps records of one millisecond from being skipped or repeated across pages; and
 * the log rows of a time range or a whole filter, for the dashboard and exports. Reads only.
 */
import { encodeTime } from 'ulid';
import { screenRead } from '../foreground.ts';
import { db } from '../index.ts';
import type { Direction, Passage, VerdictKind } from '../types.ts';
import { type PassageRow, rowOf, rowView } from './rows.ts';

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

/** True for the fields of a passage `filter` (and the people a search found) lets through. */
function fieldTest(filter: LogFilter, people: Set<string> | null) {
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  return (
    at: number,
    verdict: string,
    gateId: string,
    direction: string,
    reasons: readonly string[],
    personId: string | null,
  ): boolean =>
    at >= from &&
    at <= to &&
    (!filter.verdict || verdict === filter.verdict) &&
    (!filter.gateId || gateId === filter.gateId) &&
    (!filter.direction || direction === filter.direction) &&
    (!filter.reason || reasons.includes(filter.reason)) &&
    (people === null || (personId !== null && people.has(personId)));
}

/** True for a passage `filter` (and the people a search found) lets through. */
function matcher(filter: LogFilter, people: Set<string> | null): (p: Passage) => boolean {
  const test = fieldTest(filter, people);
  // A check undone at the gate is in no list and no count.
  return (p) => !p.undone && test(p.at, p.verdict, p.gateId, p.direction, p.reasons, p.personId);
}

/** The same test on a passage's log row. */
function rowMatcher(filter: LogFilter, people: Set<string> | null): (r: PassageRow) => boolean {
  const test = fieldTest(filter, people);
  return (row) => {
    const r = rowView(row);
    return !r.undone && test(r.at, r.verdict, r.gateId, r.direction, r.reasons, r.personId);
  };
}

/** The passages in [lo, hi] on the filter's most selective index: [verdict+at], [gateId+at], at. */
function indexRange(filter: LogFilter) {
  const d = db();
  return (lo: number, hi: number) =>
    filter.verdict
      ? d.passages.where('[verdict+at]').between([filter.verdict, lo], [filter.verdict, hi], true, true)
      : filter.gateId
        ? d.passages.where('[gateId+at]').between([filter.gateId, lo], [filter.gateId, hi], true, true)
        : d.passages.where('at').between(lo, hi, true, true);
}

/** Oldest first by time, then id (the order of the time indexes). */
const byTimeAndId = (aAt: number, aId: string, bAt: number, bId: string) =>
  aAt - bAt || (aId < bId ? -1 : aId > bId ? 1 : 0);
/** Newest first (the order pages are cut in). */
const newestFirst = (a: Passage, b: Passage) => byTimeAndId(b.at, b.id, a.at, a.id);
/** Log rows oldest first. */
const rowsOldestFirst = (a: PassageRow, b: PassageRow) => {
  const [x, y] = [rowView(a), rowView(b)];
  return byTimeAndId(x.at, x.id, y.at, y.id);
};

/** True when `p` comes at or before `cursor` newest first: already on an earlier page or read. */
const notOlder = (p: Passage, cursor: LogCursor | null) =>
  cursor !== null && (p.at > cursor.at || (p.at === cursor.at && p.id >= cursor.id));

/** The passages of a few people, by the personId index (a small set, unsorted). */
function passagesOf(people: Set<string>): Promise<Passage[]> {
  return db()
    .passages.where('personId')
    .anyOf([...people])
    .toArray();
}

/** The next page of passages matching `filter`, older than `cursor` (a screen read: upkeep waits). */
export function passagePage(
  filter: LogFilter,
  cursor: LogCursor | null,
  limit = 50,
  people: Set<string> | null = null,
): Promise<Passage[]> {
  return screenRead(() => readPage(filter, cursor, limit, people));
}

async function readPage(
  filter: LogFilter,
  cursor: LogCursor | null,
  limit: number,
  people: Set<string> | null,
): Promise<Passage[]> {
  const from = filter.from ?? -Infinity;
  const to = Math.min(filter.to ?? Infinity, cursor?.at ?? Infinity);
  if (from > to || people?.size === 0) return [];
  const matches = matcher(filter, people);
  // Backwards, records of one millisecond come by descending id: skip those at or after the cursor.
  const keep = (p: Passage) => !notOlder(p, cursor) && matches(p);
  if (people !== null && people.size <= PERSON_INDEX_MAX) {
    // A few people pass a few times a day, and only within retention: their passages by the
    // personId index are a small set, sorted here, instead of scanning the time range for them.
    return (await passagesOf(people)).filter(keep).sort(newestFirst).slice(0, limit);
  }
  const range = indexRange(filter);
  // Bulk reads of the index range, newest first, filtered here: a Dexie filter() would cost one
  // cursor step per record. Each read resumes at the last record's millisecond (inclusive, so its
  // other records are not lost), skipping what the previous read already held.
  const out: Passage[] = [];
  /** Adds the rows older than `read` that match; true once the page is full. */
  const take = (rows: readonly Passage[], read: LogCursor | null): boolean => {
    for (const p of rows) {
      if (notOlder(p, read)) continue;
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

/**
 * The log rows of the passages with `at` in [lo, hi], oldest first, read from passageRows by key:
 * a passage's ULID carries its time, and a bulk read of the compact rows by key costs about half
 * of reading the passages. A passage with no row yet (stored before rows were kept), or whose id
 * time differs from `at` (the clock set back while the app ran: the id generator never goes
 * back), would be missed, so the `at` index's count for the window is read in the same
 * transaction, and on any difference the window's passages are read through the index instead.
 */
export async function passageRowsBetween(lo: number, hi: number): Promise<PassageRow[]> {
  const d = db();
  const byTime = () => d.passages.where('at').between(lo, hi, true, true);
  const [rows, count] = await d.transaction('r', d.passages, d.passageRows, () =>
    Promise.all([
      d.passageRows
        .where(':id')
        .between(encodeTime(lo, 10), `${encodeTime(hi, 10)}\uffff`, true, true)
        .toArray(),
      byTime().count(),
    ]),
  );
  const inside = rows.filter((r) => rowView(r).at >= lo && rowView(r).at <= hi);
  const all = inside.length === count ? inside.sort(rowsOldestFirst) : (await byTime().toArray()).map(rowOf);
  // A check undone at the gate counts nowhere (its passage and row stay, marked).
  return all.filter((r) => !rowView(r).undone);
}

/** The times of the oldest and newest passage on the filter's index range, or null when none. */
async function passageSpan(filter: LogFilter): Promise<{ oldest: number; newest: number } | null> {
  const range = indexRange(filter);
  const whole = () => range(filter.from ?? -Infinity, filter.to ?? Infinity);
  // Two collections: Dexie's last() reverses the collection it is called on.
  const [oldest, newest] = await Promise.all([whole().first(), whole().last()]);
  return oldest && newest ? { oldest: oldest.at, newest: newest.at } : null;
}

// Time windows read at once by an export, and about how many passages a batch of them holds.
const WINDOWS = 2;
const BATCH_ROWS = 20_000;

/**
 * The log rows of every passage matching `filter`, newest first, in batches of about
 * BATCH_ROWS: for exports. Each batch is WINDOWS adjacent time windows read at once (IndexedDB
 * serves parallel read transactions faster than one long read), each a plain bulk read of its
 * index range, or of the compact rows when no index narrows the filter; the
 * window width adapts so a batch stays near BATCH_ROWS however dense the history is.
 */
export async function* passageBatches(
  filter: LogFilter,
  people: Set<string> | null = null,
): AsyncGenerator<PassageRow[]> {
  if (people?.size === 0) return;
  if (people !== null && people.size <= PERSON_INDEX_MAX) {
    yield (await passagesOf(people)).filter(matcher(filter, people)).sort(newestFirst).map(rowOf);
    return;
  }
  const matches = rowMatcher(filter, people);
  const range = indexRange(filter);
  const span = await passageSpan(filter);
  if (!span) return;
  const { oldest, newest } = span;
  // With no verdict or gate to narrow the index, every passage of a window is read anyway.
  const window: (lo: number, hi: number) => Promise<PassageRow[]> =
    filter.verdict || filter.gateId
      ? async (lo, hi) => (await range(lo, hi).toArray()).map(rowOf)
      : passageRowsBetween;
  let width = 3_600_000;
  /** Starts reading the batch of windows below `top`; resolves to its rows and its lowest time. */
  type Batch = { rows: PassageRow[]; bottom: number };
  const read = (top: number): Promise<Batch> => {
    const windows = Array.from({ length: WINDOWS }, (_, i) => ({
      lo: Math.max(oldest, top - (i + 1) * width + 1),
      hi: top - i * width,
    })).filter((w) => w.hi >= w.lo);
    const bottom = windows.at(-1)?.lo ?? oldest;
    return Promise.all(windows.map((w) => window(w.lo, w.hi))).then((parts) => ({
      rows: parts.flatMap((part) => part.reverse()),
      bottom,
    }));
  };
  let next: Promise<Batch> | null = read(newest);
  while (next) {
    const { rows, bottom }: Batch = await next;
    // Aim the next batch at BATCH_ROWS, growing at most 16 times over one batch, and start
    // reading it before this one is handed on, so reading and formatting overlap.
    width = Math.max(1, Math.round(width * Math.min(16, BATCH_ROWS / Math.max(rows.length, 1))));
    next = bottom > oldest ? read(bottom - 1) : null;
    yield rows.filter(matches);
  }
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
