/** Loads the dashboard for a window: every number from an index range, then the pure aggregations. */
import {
  countAtGate,
  countVerdict,
  flaggedPassages,
  flagsBetween,
  gateIds,
  readTogether,
  VERDICTS,
} from '../../db/dashboard-queries.ts';
import type { Person } from '../../db/index.ts';
import { activeCouriers, residentsKept } from '../../db/registry-people.ts';
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

async function readFigures(period: Period, now: number): Promise<Figures> {
  const days = periodDays(period, now);
  const from = days[0]?.from ?? now;
  const to = days.at(-1)?.to ?? now;
  const gates = await gateIds();
  const hourly = await Promise.all(
    gates.map(async (gateId) => {
      const perDay = await Promise.all(
        days.map((d) => Promise.all(dayHours(d.from).map((h) => countAtGate(gateId, h.from, h.to)))),
      );
      return { gateId, hours: sumHours(perDay) };
    }),
  );
  const [verdictCounts, flagged, flags, couriers] = await Promise.all([
    Promise.all(VERDICTS.map((v) => countVerdict(v, from, to))),
    flaggedPassages(from, to),
    flagsBetween(from, to),
    activeCouriers(now),
  ]);
  const verdicts = VERDICTS.map((verdict, i) => ({ verdict, count: verdictCounts[i] ?? 0 }));
  return {
    hourly,
    verdicts,
    total: verdicts.reduce((n, v) => n + v.count, 0),
    flags: flagsByKind(flags),
    ...tallyReasons(flagged),
    couriers,
  };
}
