/**
 * The log rows' filler, their only writer besides the middleware (passage-rows.ts): writes the
 * rows (rows.ts) of passages that have none: new checks a few seconds
 * after the gate stored them, and everything stored before rows were kept or brought in by a
 * restore. Passages are walked by key from a mark (every passage up to it has its row), a chunk
 * at a time, each chunk read and written in one transaction with the mark, so a purge or restore
 * running meanwhile cannot leave a row that disagrees with its passage; a pause between chunks
 * keeps the gate's own writes from waiting long.
 */
import { encodeTime } from 'ulid';
import { upkeepTurn } from '../foreground.ts';
import { db } from '../index.ts';
import { getSetting, setSetting } from '../settings.ts';
import { rowOf } from './rows.ts';

const CHUNK = 2000;
const PAUSE_MS = 25;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One chunk above `after`: the missing rows written and the mark moved; null when none is left. */
async function fillChunk(
  after: string,
  chunk: number,
): Promise<{ last: string; wrote: number; full: boolean } | null> {
  const d = db();
  return d.transaction('rw', [d.passages, d.passageRows, d.settings], async () => {
    // Keys only: a chunk whose rows are all there costs two key reads.
    const keys = await d.passages.where('id').above(after).limit(chunk).primaryKeys();
    const first = keys[0];
    const last = keys.at(-1);
    if (first === undefined || last === undefined) return null;
    const have = new Set(await d.passageRows.where(':id').between(first, last, true, true).primaryKeys());
    const missing = keys.filter((k) => !have.has(k));
    if (missing.length > 0) {
      // A few missing (new checks): by key. Many (older passages, a restore): one bulk read of the range.
      const found =
        missing.length < keys.length / 4
          ? (await d.passages.bulkGet(missing)).filter((p) => p !== undefined)
          : (await d.passages.where('id').between(first, last, true, true).toArray()).filter(
              (p) => !have.has(p.id),
            );
      await d.passageRows.bulkPut(
        found.map(rowOf),
        found.map((p) => p.id),
      );
    }
    // The mark only moves on: a sweep of recent keys below it must not move it back.
    const mark = await getSetting('rows:filledThrough');
    if (!(mark !== undefined && mark >= last)) await setSetting('rows:filledThrough', last);
    return { last, wrote: missing.length, full: keys.length === chunk };
  });
}

/** Fills chunk after chunk from the key `after` to the newest passage; returns the rows written. */
async function walk(from: string, chunk: number): Promise<number> {
  let after = from;
  let written = 0;
  for (;;) {
    const step = await fillChunk(after, chunk);
    if (!step) return written;
    written += step.wrote;
    if (!step.full) return written;
    after = step.last;
    // A chunk whose rows were all there cost two key reads; after one that wrote, the gate's
    // writes and the screens' reads go first.
    if (step.wrote > 0) {
      await pause(PAUSE_MS);
      await upkeepTurn();
    }
  }
}

// Keys of the last this-many ms are swept on every run, below the mark too.
const RECENT_MS = 2 * 86_400_000;

let running: Promise<number> | null = null;

/**
 * Writes every missing row from the mark on, then of the last two days' keys below it (a check
 * stored while later-dated passages were already there: a clock set back, a restore from a
 * tablet whose clock ran ahead); returns how many it wrote. One run at a time.
 */
export function fillPassageRows(chunk = CHUNK, now = Date.now()): Promise<number> {
  running ??= (async () => {
    const d = db();
    let start = (await getSetting('rows:filledThrough')) ?? '';
    // The mark's own row gone means the rows were cleared (a restore): start again from the first.
    if (start !== '' && (await d.passageRows.get(start)) === undefined) start = '';
    let written = await walk(start, chunk);
    const recent = encodeTime(Math.max(0, now - RECENT_MS), 10);
    if (recent < start) written += await walk(recent, chunk);
    return written;
  })().finally(() => {
    running = null;
  });
  return running;
}

let timer: ReturnType<typeof setTimeout> | null = null;
let due = Infinity;

/**
 * Fills rows once the gate has been quiet for `quietMs` (called after each check), and at the
 * latest `maxMs` after the first check still without its row, so a queue that never lets up
 * does not leave the rows behind.
 */
export function fillRowsWhenQuiet(quietMs = 3000, maxMs = 30_000): void {
  const now = performance.now();
  if (timer === null) due = now + maxMs;
  else clearTimeout(timer);
  timer = setTimeout(
    () => {
      timer = null;
      // A failure is retried after the next check; the export reads passages where rows are missing.
      fillPassageRows().catch((error: unknown) => console.error('log rows not written', error));
    },
    Math.max(0, Math.min(quietMs, due - now)),
  );
}
