import { useEffect, useState } from 'preact/hooks';
import type { Passage } from '../../db/types.ts';
import { formatDay } from '../../import/dates.ts';
import { type HubCallProblem, hubCall } from '../../sync/hub-api.ts';
import { VERDICT_ICON, verdictLabel } from '../console/log-rows.ts';
import { dayRange } from './day.ts';
import { GateSelect, HubProblem } from './hub-controls.tsx';
import { t } from './strings.ts';

const VERDICTS: Passage['verdict'][] = ['pass', 'review', 'deny'];

interface Counts {
  passages: number;
  verdicts: Record<string, number>;
  gates: Record<string, number>;
  byGate: Record<string, Record<string, number>>;
  records: Record<string, number>;
}

/**
 * A day's passages at every gate of the estate, as the hub counts them in SQL
 * (`GET /api/dashboard`: the office PC holds no passages of its own): in all and per verdict,
 * for every gate or the one chosen, and a table of each gate's verdicts.
 */
export function HubDashboardPanel() {
  const [day, setDay] = useState(formatDay(Date.now()));
  const [gate, setGate] = useState('');
  const [counts, setCounts] = useState<Counts | null>(null);
  const [problem, setProblem] = useState<HubCallProblem | null>(null);

  useEffect(() => {
    const { from, to } = dayRange(day);
    void hubCall<Counts>('GET', `/api/dashboard?from=${from}&to=${to}`).then((r) => {
      if (!r.ok) return setProblem(r.problem);
      setProblem(null);
      setCounts(r.body);
    });
  }, [day]);

  const gates = Object.keys(counts?.byGate ?? {}).sort();
  const shown = gate ? (counts?.byGate[gate] ?? {}) : (counts?.verdicts ?? {});
  const total = gate ? (counts?.gates[gate] ?? 0) : (counts?.passages ?? 0);
  return (
    <section class="panel" aria-labelledby="hub-dash-title" data-testid="hub-dashboard">
      <h3 id="hub-dash-title">{t('hubDashTitle')}</h3>
      <div class="filters">
        <label class="field">
          {t('hubDay')}
          <input
            type="date"
            data-testid="hub-dash-day"
            value={day}
            onInput={(e) => setDay(e.currentTarget.value || formatDay(Date.now()))}
          />
        </label>
        <GateSelect testId="hub-dash-gate" gates={gates} value={gate} onChange={setGate} labelClass="field" />
      </div>
      <HubProblem testId="hub-dash-problem" problem={problem} />
      <p data-testid="hub-dash-total" data-total={total}>
        {t('hubDayTotal', { n: total })}
        {VERDICTS.map((v) => (
          <span key={v} data-testid={`hub-dash-${v}`} data-n={shown[v] ?? 0}>
            {' '}
            <span aria-hidden="true">{VERDICT_ICON[v]}</span> {verdictLabel(v)} {shown[v] ?? 0}
          </span>
        ))}
      </p>
      {gates.length > 0 && (
        <table class="table" data-testid="hub-dash-gates">
          <caption class="sr-only">{t('hubDashByGate')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hubGate')}</th>
              {VERDICTS.map((v) => (
                <th key={v} scope="col">
                  {verdictLabel(v)}
                </th>
              ))}
              <th scope="col">{t('hubDashSum')}</th>
            </tr>
          </thead>
          <tbody>
            {gates.map((g) => (
              <tr key={g} data-testid="hub-dash-gate-row" data-gate={g}>
                <th scope="row">{g}</th>
                {VERDICTS.map((v) => (
                  <td key={v} data-verdict={v}>
                    {counts?.byGate[g]?.[v] ?? 0}
                  </td>
                ))}
                <td data-verdict="all">{counts?.gates[g] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
