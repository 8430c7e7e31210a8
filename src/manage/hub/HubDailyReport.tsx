import { useEffect, useState } from 'preact/hooks';
import { hubLink } from '../../db/hub-link.ts';
import type { LedgerEntry, PersonLabel } from '../../db/types.ts';
import { type HubCallProblem, hubCall } from '../../sync/hub-api.ts';
import { ReportBody } from '../console/ReportBody.tsx';
import { ReportHead } from '../console/ReportHead.tsx';
import {
  type ReportDuty,
  type ReportFever,
  type ReportReturnee,
  type ReportView,
  today,
} from '../console/report-view.ts';
import { dayRange } from './day.ts';
import { GateSelect, HubProblem } from './hub-controls.tsx';

type Counts = ReportView['counts'];

/** `GET /api/day-report`'s answer (src/hub/console/day-report-route.ts). */
interface HubDayReport {
  gates: string[];
  counts: Counts;
  byGate: Record<string, Counts>;
  fevers: ReportFever[];
  flags: {
    id: string;
    at: number;
    kind: string;
    gateId: string | null;
    resolved: boolean;
    resolution: string | null;
    resolvedBy: string | null;
    who: PersonLabel | null;
    temperaturesC: number[];
    ledger: LedgerEntry | null;
  }[];
  returneesToReport: ReportReturnee[];
  roster: ReportDuty[];
}

/** The hub's answer as the printed layout takes it. */
const view = (r: HubDayReport): ReportView => ({
  counts: r.counts,
  byGate: r.byGate,
  fevers: r.fevers,
  flags: r.flags.map((f) => ({
    id: f.id,
    at: f.at,
    kind: f.kind,
    gateId: f.gateId,
    status: f.resolved ? 'resolved' : 'open',
    resolution: f.resolution,
    resolvedBy: f.resolvedBy,
    subject: { who: f.who, temperaturesC: f.temperaturesC, ledger: f.ledger },
  })),
  returnees: r.returneesToReport,
  roster: r.roster,
});

/**
 * The printable daily report of every gate of the estate, or of the one chosen, as the hub
 * computes it (`GET /api/day-report`: the office PC records no passages of its own); each row
 * names its gate, and the counts are given per gate too.
 */
export function HubDailyReport() {
  const [day, setDay] = useState(today);
  const [gate, setGate] = useState('');
  const [report, setReport] = useState<HubDayReport | null>(null);
  const [problem, setProblem] = useState<HubCallProblem | null>(null);
  const [estate, setEstate] = useState('');
  useEffect(() => void hubLink().then((l) => setEstate(l?.estateName ?? '')), []);
  useEffect(() => {
    const { from, to } = dayRange(day);
    const p = new URLSearchParams({ from: String(from), to: String(to) });
    if (gate) p.set('gate', gate);
    void hubCall<HubDayReport>('GET', `/api/day-report?${p}`).then((r) => {
      if (!r.ok) return setProblem(r.problem);
      setProblem(null);
      setReport(r.body);
    });
  }, [day, gate]);
  return (
    <section
      class="panel daily-report"
      data-testid="daily-report"
      data-source="hub"
      data-gate={gate}
      aria-labelledby="report-title"
    >
      <ReportHead day={day} onDay={(d) => setDay(d || today())} estate={estate}>
        <GateSelect
          testId="report-gate"
          gates={report?.gates ?? []}
          value={gate}
          onChange={setGate}
          labelClass="field"
        />
      </ReportHead>
      <div class="no-print">
        <HubProblem testId="report-problem" problem={problem} />
      </div>
      {gate && (
        <p class="report-gate" data-testid="report-gate-shown">
          {gate}
        </p>
      )}
      {report && <ReportBody report={view(report)} gates={true} />}
    </section>
  );
}
