import { useEffect, useState } from 'preact/hooks';
import { loadEstateKey } from '../../db/estate.ts';
import { dayReport } from '../../db/log/report.ts';
import { startOfDay } from '../dashboard/periods.ts';
import { ReportBody } from './ReportBody.tsx';
import { ReportHead } from './ReportHead.tsx';
import { localReportView, type ReportView, today } from './report-view.ts';

const DAY_MS = 86_400_000;

/** The printable daily report of this device (print stylesheet; the browser's print to PDF), signed on paper. */
export function DailyReport() {
  const [day, setDay] = useState(today);
  const [report, setReport] = useState<ReportView | null>(null);
  const [estate, setEstate] = useState('');
  useEffect(() => void loadEstateKey().then((k) => setEstate(k?.name ?? '')), []);
  useEffect(() => {
    const from = startOfDay(new Date(`${day}T12:00:00`).getTime());
    void dayReport(from, from + DAY_MS).then((r) => setReport(localReportView(r)));
  }, [day]);
  return (
    <section class="panel daily-report" data-testid="daily-report" aria-labelledby="report-title">
      <ReportHead day={day} onDay={setDay} estate={estate} />
      {report && <ReportBody report={report} gates={false} />}
    </section>
  );
}
