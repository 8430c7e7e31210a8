/**
 * Dashboard reads, all by index ranges: counts per gate and hour on `[gateId+at]`, counts per
 * verdict on `[verdict+at]`, only the review / deny records read whole (fevers, unregistered),
 * and flags on `[status+at]`. Nothing here walks the whole passages table.
 */
import { db } from './index.ts';
import type { Flag, Passage, VerdictKind } from './types.ts';

/**
 * Runs `read` (a screenful of the reads below) in one read-only transaction: a hundred counts wait
 * once behind a write in progress (the gate's, the retention purge's), not a hundred times.
 */
export function readTogether<T>(read: () => Promise<T>): Promise<T> {
  const d = db();
  return d.transaction('r', [d.passages, d.flags, d.people], read);
}

/** Every verdict a passage may carry. */
export const VERDICTS: readonly (VerdictKind | 'recorded')[] = ['pass', 'review', 'deny', 'recorded'];

/** The gate ids present in the log: a skip scan, one small read per gate ([g, []] is above every [g, at]). */
export async function gateIds(): Promise<string[]> {
  const ids: string[] = [];
  let next = await db().passages.orderBy('[gateId+at]').first();
  while (next && ids.length < 50) {
    ids.push(next.gateId);
    next = await db().passages.where('[gateId+at]').above([next.gateId, []]).first();
  }
  return ids;
}

/** Passages at `gateId` in [from, to). */
export async function countAtGate(gateId: string, from: number, to: number): Promise<number> {
  return db().passages.where('[gateId+at]').between([gateId, from], [gateId, to], true, false).count();
}

/** Passages with `verdict` in [from, to). */
export async function countVerdict(verdict: string, from: number, to: number): Promise<number> {
  return db().passages.where('[verdict+at]').between([verdict, from], [verdict, to], true, false).count();
}

/** The review and deny passages in [from, to): the only ones that carry fever / unregistered. */
export async function flaggedPassages(from: number, to: number): Promise<Passage[]> {
  const read = (v: string) =>
    db().passages.where('[verdict+at]').between([v, from], [v, to], true, false).toArray();
  const [review, deny] = await Promise.all([read('review'), read('deny')]);
  return [...review, ...deny];
}

/** Flags opened in [from, to), open or resolved. */
export async function flagsBetween(from: number, to: number): Promise<Flag[]> {
  const read = (s: Flag['status']) =>
    db().flags.where('[status+at]').between([s, from], [s, to], true, false).toArray();
  const [open, resolved] = await Promise.all([read('open'), read('resolved')]);
  return [...open, ...resolved];
}
