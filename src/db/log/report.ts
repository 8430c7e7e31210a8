/**
 * The daily report's reads: one day of passages by the `at` index (a busy gate's day is a few
 * thousand records: one bulk read), the day's flags, and the returnees still to be reported.
 * Reads only.
 */
import { type FlagSubject, flagSubjects } from '../flags.ts';
import { db } from '../index.ts';
import type { Flag, LedgerEntry, Passage } from '../types.ts';
import { flagsBetween } from './dashboard-queries.ts';

export interface DayReport {
  counts: { pass: number; review: number; deny: number; recorded: number };
  fevers: Passage[];
  flags: Flag[];
  /** Who each flag is about and its readings, by flag id. */
  subjects: Map<string, FlagSubject>;
  returneesToReport: LedgerEntry[];
  /** Each volunteer on duty that day: checks recorded, first and last check. */
  roster: { volunteer: string; checks: number; first: number; last: number }[];
}

/** Everything the printed daily report shows for [from, to). */
export async function dayReport(from: number, to: number): Promise<DayReport> {
  const d = db();
  const [passages, flags, pending] = await Promise.all([
    d.passages.where('at').between(from, to, true, false).toArray(),
    flagsBetween(from, to),
    d.ledger.where('status').equals('pending').toArray(),
  ]);
  const counts = { pass: 0, review: 0, deny: 0, recorded: 0 };
  const roster = new Map<string, { volunteer: string; checks: number; first: number; last: number }>();
  const counted = passages.filter((p) => !p.undone);
  for (const p of counted) {
    counts[p.verdict]++;
    const who = p.check?.volunteer || '—';
    const r = roster.get(who) ?? { volunteer: who, checks: 0, first: p.at, last: p.at };
    r.checks++;
    r.first = Math.min(r.first, p.at);
    r.last = Math.max(r.last, p.at);
    roster.set(who, r);
  }
  return {
    counts,
    fevers: counted.filter((p) => p.reasons.includes('fever')),
    flags: flags.sort((a, b) => a.at - b.at),
    subjects: await flagSubjects(flags),
    returneesToReport: pending.sort((a, b) => a.at - b.at),
    roster: [...roster.values()].sort((a, b) => a.first - b.first),
  };
}
