/**
 * Dashboard reads, all by index or key ranges: the gates by a skip scan of `[gateId+at]`, the
 * period's passages as their compact log rows (queries.ts passageRowsBetween), and flags on
 * `[status+at]`. Nothing here walks the whole passages table. Reads only.
 */
import { screenRead } from '../foreground.ts';
import { db } from '../index.ts';
import type { Flag, VerdictKind } from '../types.ts';

/**
 * Runs `read` (a screenful of the reads below) in one read-only transaction: a hundred counts wait
 * once behind a write in progress (the gate's, the retention purge's), not a hundred times.
 */
export function readTogether<T>(read: () => Promise<T>): Promise<T> {
  const d = db();
  return screenRead(() => d.transaction('r', [d.passages, d.passageRows, d.flags, d.people], read));
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

/** Flags opened in [from, to), open or resolved. */
export async function flagsBetween(from: number, to: number): Promise<Flag[]> {
  const read = (s: Flag['status']) =>
    db().flags.where('[status+at]').between([s, from], [s, to], true, false).toArray();
  const [open, resolved] = await Promise.all([read('open'), read('resolved')]);
  return [...open, ...resolved];
}
