/** The dashboard's time windows, from a pinned `now`: today, or the last 7 days, in local hours. */
import type { Flag } from '../../db/index.ts';

/** Which window the dashboard shows. */
export type Period = 'today' | 'week';

const HOUR_MS = 3_600_000;

/** Local midnight of the day holding `now`. */
export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The days of the window, as [from, to) ranges of local days, oldest first. */
export function periodDays(period: Period, now: number): { from: number; to: number }[] {
  const days = period === 'today' ? 1 : 7;
  const today = startOfDay(now);
  return Array.from({ length: days }, (_, i) => {
    const from = new Date(today);
    from.setDate(from.getDate() - (days - 1 - i));
    const to = new Date(from);
    to.setDate(to.getDate() + 1);
    return { from: from.getTime(), to: to.getTime() };
  });
}

/** The 24 hour ranges of one local day (a DST day keeps 24 slots by wall-clock hour). */
export function dayHours(dayStart: number): { from: number; to: number }[] {
  return Array.from({ length: 24 }, (_, h) => {
    const from = new Date(dayStart);
    from.setHours(h, 0, 0, 0);
    return { from: from.getTime(), to: from.getTime() + HOUR_MS };
  });
}

/** Adds per-day hourly counts into one 24-slot profile: `counts[day][hour]` → `[hour]`. */
export function sumHours(counts: readonly (readonly number[])[]): number[] {
  const out = Array<number>(24).fill(0);
  for (const day of counts) {
    day.forEach((n, h) => {
      out[h] = (out[h] ?? 0) + n;
    });
  }
  return out;
}

/** Fevers and unregistered people among the (review / deny) passages. */
export function tallyReasons(reasonLists: Iterable<readonly string[]>): {
  fever: number;
  unregistered: number;
} {
  let fever = 0;
  let unregistered = 0;
  for (const reasons of reasonLists) {
    if (reasons.includes('fever')) fever++;
    if (reasons.includes('unregistered')) unregistered++;
  }
  return { fever, unregistered };
}

/** Flags counted by kind, most frequent first. */
export function flagsByKind(flags: readonly Flag[]): { kind: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of flags) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}
