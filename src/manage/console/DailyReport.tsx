import { useEffect, useState } from 'preact/hooks';
import { maskName, maskPhone } from '../../app/mask.ts';
import { loadEstateKey } from '../../db/estate.ts';
import { type DayReport, dayReport } from '../../db/log/report.ts';
import { codeText } from '../../shared/reason-words.ts';
import { startOfDay } from '../dashboard/periods.ts';
import { subjectReadings, subjectWho, whoText } from './flag-subject.ts';
import { type StringKey, t } from './strings.ts';

const DAY_MS = 86_400_000;
const time = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });

/** The printable daily report (print stylesheet; the browser's print to PDF), signed on paper. */
export function DailyReport() {
  const [day, setDay] = useState(() =>
    new Date(startOfDay(Date.now()) + 12 * 3_600_000).toISOString().slice(0, 10),
  );
  const [report, setReport] = useState<DayReport | null>(null);
  const [estate, setEstate] = useState('');
  useEffect(() => void loadEstateKey().then((k) => setEstate(k?.name ?? '')), []);
  useEffect(() => {
    const from = startOfDay(new Date(`${day}T12:00:00`).getTime());
    void dayReport(from, from + DAY_MS).then(setReport);
  }, [day]);
  return (
    <section class="panel daily-report" data-testid="daily-report" aria-labelledby="report-title">
      <div class="no-print actions">
        <label class="field">
          <span class="sr-only">{t('reportDay')}</span>
          <input
            type="date"
            value={day}
            data-testid="report-day"
            onChange={(e) => setDay(e.currentTarget.value)}
          />
        </label>
        <button type="button" class="btn" data-testid="report-print" onClick={() => window.print()}>
          {t('reportPrint')}
        </button>
      </div>
      {estate && (
        <p class="report-estate" data-testid="report-estate">
          {estate}
        </p>
      )}
      <h2 id="report-title">
        {t('reportTitle')} {day}
      </h2>
      {report && (
        <>
          <table class="table" data-testid="report-counts">
            <tbody>
              {(['pass', 'review', 'deny'] as const).map((v) => (
                <tr key={v} data-key={v} data-count={report.counts[v]}>
                  <th>{t(`verdict_${v}`)}</th>
                  <td>{report.counts[v]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>
            {t('reportFevers')} ({report.fevers.length})
          </h3>
          <ul data-testid="report-fevers">
            {report.fevers.map((p) => (
              <li key={p.id}>
                {time.format(p.at)} · {p.gateId} · {whoText(p.who) || '—'} ·{' '}
                {(p.check?.temperaturesC ?? []).map((c) => c.toFixed(1)).join(' → ')} °C
              </li>
            ))}
          </ul>
          <h3>
            {t('reportFlags')} ({report.flags.length})
          </h3>
          <table class="table" data-testid="report-flags">
            <tbody>
              {report.flags.map((f) => (
                <tr key={f.id} data-kind={f.kind} data-status={f.status}>
                  <td>{time.format(f.at)}</td>
                  <td>{codeText(f.kind)}</td>
                  <td>
                    {[
                      whoText(subjectWho(report.subjects.get(f.id))),
                      subjectReadings(f.kind, report.subjects.get(f.id)),
                    ]
                      .filter(Boolean)
                      .join(' · ') || '—'}
                  </td>
                  <td>
                    {f.status === 'resolved'
                      ? `${t(`res_${f.resolution ?? 'false-alarm'}` as StringKey)} · ${f.resolvedBy ?? ''}`
                      : t('reportOpen')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>
            {t('reportReturnees')} ({report.returneesToReport.length})
          </h3>
          <ul data-testid="report-returnees">
            {report.returneesToReport.map((r) => (
              <li key={r.id}>
                {maskName(r.name)} · {maskPhone(r.phone)} · {r.from} · {r.arrivedOn} · {r.transport}
              </li>
            ))}
          </ul>
          <h3>{t('reportRoster')}</h3>
          <table class="table" data-testid="report-roster">
            <tbody>
              {report.roster.map((r) => (
                <tr key={r.volunteer} data-volunteer={r.volunteer} data-checks={r.checks}>
                  <td>{r.volunteer}</td>
                  <td>
                    {time.format(r.first)}–{time.format(r.last)}
                  </td>
                  <td>{r.checks}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ReportSignatures />
        </>
      )}
    </section>
  );
}

/** Lines to sign on paper: the volunteer on duty, the estate's manager, and the date. */
function ReportSignatures() {
  return (
    <div class="report-signatures" data-testid="report-signatures">
      {(['reportSignDuty', 'reportSignManager', 'reportSignDate'] as const).map((k) => (
        <p key={k} class="signature-line">
          {t(k)}
          <span class="signature-blank" />
        </p>
      ))}
    </div>
  );
}
