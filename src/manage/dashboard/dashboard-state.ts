/** Loads the dashboard for a window: every number from an index range, then the pure aggregations. */
import {
  countAtGate,
  countVerdict,
  flaggedPassages,
  flagsBetween,
  gateIds,
  VERDICTS,
} from '../../db/dashboard-queries.ts';
import { activeCouriers, allResidents } from '../../db/registry-people.ts';
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
  const [verdictCounts, flagged, flags, couriers, residents] = await Promise.all([
    Promise.all(VERDICTS.map((v) => countVerdict(v, from, to))),
    flaggedPassages(from, to),
    flagsBetween(from, to),
    activeCouriers(now),
    allResidents(),
  ]);
  const verdicts = VERDICTS.map((verdict, i) => ({ verdict, count: verdictCounts[i] ?? 0 }));
  const list = households(residents, now);
  return {
    hourly,
    verdicts,
    total: verdicts.reduce((n, v) => n + v.count, 0),
    flags: flagsByKind(flags),
    ...tallyReasons(flagged),
    couriers,
    households: list,
    counts: colourCounts(list),
    board: vaccinationBoard(residents),
  };
}
