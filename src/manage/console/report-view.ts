/**
 * What the printed daily report shows, whoever computed it: this device (db/log/report.ts) or the
 * hub for every gate (`GET /api/day-report`). One shape, so both print from one layout.
 */
import type { FlagSubject } from '../../db/flags.ts';
import type { DayReport } from '../../db/log/report.ts';
import type { PersonLabel } from '../../db/types.ts';
import { startOfDay } from '../dashboard/periods.ts';

/** The day the report shows first: today, as a date input's value. */
export const today = (): string =>
  new Date(startOfDay(Date.now()) + 12 * 3_600_000).toISOString().slice(0, 10);

/** One fever: when, where, who and the readings. */
export interface ReportFever {
  id: string;
  at: number;
  gateId: string;
  who: PersonLabel | null | undefined;
  temperaturesC: number[];
}

/** One of the day's flags, its subject and how it ended. */
export interface ReportFlag {
  id: string;
  at: number;
  kind: string;
  gateId: string | null;
  status: 'open' | 'resolved';
  resolution: string | null;
  resolvedBy: string | null;
  subject: FlagSubject | undefined;
}

/** A returnee still to report (the screen masks name and phone). */
export interface ReportReturnee {
  id: string;
  name: string;
  phone: string;
  from: string;
  arrivedOn: string;
  transport: string;
  gateId?: string | null;
}

/** A volunteer on duty: checks recorded, first and last check (at one gate, across gates). */
export interface ReportDuty {
  volunteer: string;
  checks: number;
  first: number;
  last: number;
  gateId?: string;
}

/** The daily report's content. `byGate` (counts per gate) is there when it covers several gates. */
export interface ReportView {
  counts: { pass: number; review: number; deny: number };
  byGate?: Record<string, { pass: number; review: number; deny: number }>;
  fevers: ReportFever[];
  flags: ReportFlag[];
  returnees: ReportReturnee[];
  roster: ReportDuty[];
}

/** This device's report as the layout takes it. */
export function localReportView(r: DayReport): ReportView {
  return {
    counts: r.counts,
    fevers: r.fevers.map((p) => ({
      id: p.id,
      at: p.at,
      gateId: p.gateId,
      who: p.who,
      temperaturesC: p.check?.temperaturesC ?? [],
    })),
    flags: r.flags.map((f) => ({
      id: f.id,
      at: f.at,
      kind: f.kind,
      gateId: f.gateId,
      status: f.status,
      resolution: f.resolution,
      resolvedBy: f.resolvedBy,
      subject: r.subjects.get(f.id),
    })),
    returnees: r.returneesToReport,
    roster: r.roster,
  };
}
