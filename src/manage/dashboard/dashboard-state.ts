/** Loads the dashboard for a window: the period's log rows and flags read once, then the pure aggregations. */

import type { Person } from '../../db/index.ts';
import { flagsBetween, gateIds, readTogether, VERDICTS } from '../../db/log/dashboard-queries.ts';
import { passageRowsBetween } from '../../db/log/queries.ts';
import { rowView } from '../../db/log/rows.ts';
import { activeCouriers, residentsKept } from '../../db/people.ts';
import {
  type BuildingRate,
  colourCounts,
  type Household,
  households,
  vaccinationBoard,
} from './colour-map.ts';
import { dayHours, flagsByKind, type Period, periodDays, sumHours, tallyReasons } from './periods.ts';

/** Everything the dashboard draws. */
export interface DashboardData {
  hourly: { gateId: string; hours: number[] }[];
  verdicts: { verdict: string; count: number }[];
  total: number;
  flags: { kind: string; count: number }[];
  fever: number;
  unregistered: number;
  couriers: number;
  households: Household[];
  counts: ReturnType<typeof colourCounts>;
  board: BuildingRate[];
}

/** Reads and aggregates the dashboard for `period` ending at `now`. */
export async function loadDashboard(period: Period, now: number): Promise<DashboardData> {
  // The residents come from memory (kept current by a live query), outside the transaction.
  const [residents, figures] = await Promise.all([
    residentsKept(),
    readTogether(() => readFigures(period, now)),
  ]);
  return { ...figures, ...residentFigures(residents, now) };
}

type ResidentFigures = Pick<DashboardData, 'households' | 'counts' | 'board'>;

// The map and board of one residents list (the kept list is replaced, never changed, on a write),
// worked out again when the list changes or a minute has passed (quarantine periods end).
const figuresOf = new WeakMap<readonly Person[], { minute: number; figures: ResidentFigures }>();

function residentFigures(residents: readonly Person[], now: number): ResidentFigures {
  const minute = Math.floor(now / 60_000);
  const known = figuresOf.get(residents);
  if (known?.minute === minute) return known.figures;
  const list = households(residents, now);
  const figures = { households: list, counts: colourCounts(list), board: vaccinationBoard(residents) };
  figuresOf.set(residents, { minute, figures });
  return figures;
}

type Figures = Omit<DashboardData, 'households' | 'counts' | 'board'>;

/** How many of `ats` (sorted) fall in [from, to). */
function countBetween(ats: readonly number[], from: number, to: number): number {
  const firstAtOrAfter = (t: number) => {
    let lo = 0;
    let hi = ats.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ats[mid] as number) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return firstAtOrAfter(to) - firstAtOrAfter(from);
}

async function readFigures(period: Period, now: number): Promise<Figures> {
  const days = periodDays(period, now);
  const from = days[0]?.from ?? now;
  const to = days.at(-1)?.to ?? now;
  // The period's passages as their compact log rows, oldest first (read from the passages
  // themselves where rows are missing): a few reads instead of a hundred index counts.
  const [gates, rows, flags, couriers] = await Promise.all([
    gateIds(),
    passageRowsBetween(from, to - 1),
    flagsBetween(from, to),
    activeCouriers(now),
  ]);
  const byGate = new Map<string, number[]>(gates.map((g) => [g, []]));
  const verdictCounts = new Map<string, number>();
  const flagged: (readonly string[])[] = [];
  for (const row of rows) {
    const r = rowView(row);
    byGate.get(r.gateId)?.push(r.at);
    verdictCounts.set(r.verdict, (verdictCounts.get(r.verdict) ?? 0) + 1);
    if (r.verdict === 'review' || r.verdict === 'deny') flagged.push(r.reasons);
  }
  const hourly = gates.map((gateId) => {
    const ats = byGate.get(gateId) ?? [];
    return {
      gateId,
      hours: sumHours(days.map((d) => dayHours(d.from).map((h) => countBetween(ats, h.from, h.to)))),
    };
  });
  const verdicts = VERDICTS.map((verdict) => ({ verdict, count: verdictCounts.get(verdict) ?? 0 }));
  return {
    hourly,
    verdicts,
    total: verdicts.reduce((n, v) => n + v.count, 0),
    flags: flagsByKind(flags),
    ...tallyReasons(flagged),
    couriers,
  };
}
