import { maskName, maskPhone } from '../../app/mask.ts';
import { codeText } from '../../shared/reason-words.ts';
import { subjectReadings, subjectWho, whoText } from './flag-subject.ts';
import type { ReportView } from './report-view.ts';
import { type StringKey, t } from './strings.ts';

const time = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });
const VERDICTS = ['pass', 'review', 'deny'] as const;

/**
 * The printed daily report's content: counts, fevers, flags with their resolutions, returnees to
 * report, the roster and the lines to sign. `gates`: the report covers several gates, so each
 * row names its gate and the counts are given per gate too.
 */
export function ReportBody({ report, gates }: { report: ReportView; gates: boolean }) {
  const gateCell = (g: string | null | undefined) => (gates ? <td data-gate={g ?? ''}>{g || '—'}</td> : null);
  const byGate = Object.entries(report.byGate ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return (
    <>
      <table class="table" data-testid="report-counts">
        <tbody>
          {VERDICTS.map((v) => (
            <tr key={v} data-key={v} data-count={report.counts[v]}>
              <th scope="row">{t(`verdict_${v}`)}</th>
              <td>{report.counts[v]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {gates && byGate.length > 0 && (
        <table class="table" data-testid="report-gate-counts">
          <caption>{t('reportByGate')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gate')}</th>
              {VERDICTS.map((v) => (
                <th key={v} scope="col">
                  {t(`verdict_${v}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {byGate.map(([g, c]) => (
              <tr key={g} data-gate={g}>
                <th scope="row">{g}</th>
                {VERDICTS.map((v) => (
                  <td key={v} data-verdict={v}>
                    {c[v]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>
        {t('reportFevers')} ({report.fevers.length})
      </h3>
      <ul data-testid="report-fevers">
        {report.fevers.map((p) => (
          <li key={p.id} data-gate={p.gateId}>
            {time.format(p.at)} · {p.gateId} · {whoText(p.who) || '—'} ·{' '}
            {p.temperaturesC.map((c) => c.toFixed(1)).join(' → ')} °C
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
              {gateCell(f.gateId)}
              <td>{codeText(f.kind)}</td>
              <td>
                {[whoText(subjectWho(f.subject)), subjectReadings(f.kind, f.subject)]
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
        {t('reportReturnees')} ({report.returnees.length})
      </h3>
      <ul data-testid="report-returnees">
        {report.returnees.map((r) => (
          <li key={r.id} data-gate={r.gateId ?? ''}>
            {gates ? `${r.gateId || '—'} · ` : ''}
            {maskName(r.name)} · {maskPhone(r.phone)} · {r.from} · {r.arrivedOn} · {r.transport}
          </li>
        ))}
      </ul>
      <h3>{t('reportRoster')}</h3>
      <table class="table" data-testid="report-roster">
        <tbody>
          {report.roster.map((r) => (
            <tr key={`${r.gateId ?? ''}\n${r.volunteer}`} data-volunteer={r.volunteer} data-checks={r.checks}>
              {gateCell(r.gateId)}
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
