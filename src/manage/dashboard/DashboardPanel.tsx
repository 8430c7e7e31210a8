import { useEffect, useState } from 'preact/hooks';
import { codeText } from '../../shared/reason-words.ts';
import { CountBars } from './CountBars.tsx';
import { type DashboardData, loadDashboard } from './dashboard-state.ts';
import { FourColourMap } from './FourColourMap.tsx';
import { HourChart } from './HourChart.tsx';
import type { Period } from './periods.ts';
import { t } from './strings.ts';
import { ThreeColourBoard } from './ThreeColourBoard.tsx';
import './dashboard.css';

const VERDICT_KEYS = {
  pass: 'verdict_pass',
  review: 'verdict_review',
  deny: 'verdict_deny',
  recorded: 'verdictRecorded',
} as const;

function Tile(props: { testId: string; label: string; value: number }) {
  return (
    <li class="tile" data-testid={props.testId} data-count={props.value}>
      {props.label}
      <strong>{props.value}</strong>
    </li>
  );
}

/** Today's and the week's figures, the four-colour map and the three-colour board. */
export function DashboardPanel() {
  const [period, setPeriod] = useState<Period>('today');
  // The figures keep the window they were read for: the render that selects another window comes
  // a frame before the effect that reads it, and must show "loading", not the old window's numbers.
  const [loaded, setLoaded] = useState<{ period: Period; data: DashboardData } | null>(null);
  useEffect(() => {
    let live = true;
    // Back on a window read before: its figures are read again, not shown from then.
    setLoaded(null);
    void loadDashboard(period, Date.now()).then((data) => live && setLoaded({ period, data }));
    return () => {
      live = false;
    };
  }, [period]);
  const data = loaded?.period === period ? loaded.data : null;
  return (
    <section
      class="panel dashboard"
      aria-labelledby="dashboard-title"
      data-testid="dashboard"
      data-ready={data !== null}
    >
      <h3 id="dashboard-title">{t('dashboardTitle')}</h3>
      <div role="tablist" class="period">
        {(['today', 'week'] as const).map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            aria-selected={period === p}
            class={`btn toggle${period === p ? ' on' : ''}`}
            data-testid={`period-${p}`}
            onClick={() => setPeriod(p)}
          >
            {t(p === 'today' ? 'dashToday' : 'dashWeek')}
          </button>
        ))}
      </div>
      {data === null ? (
        <p class="hint">{t('dashLoading')}</p>
      ) : (
        <>
          <ul class="tiles">
            <Tile testId="stat-total" label={t('dashPassages')} value={data.total} />
            <Tile testId="stat-fever" label={t('dashFever')} value={data.fever} />
            <Tile testId="stat-unregistered" label={t('dashUnregistered')} value={data.unregistered} />
            <Tile testId="stat-couriers" label={t('dashCouriers')} value={data.couriers} />
          </ul>
          <HourChart hourly={data.hourly} week={period === 'week'} />
          <div class="dash-row">
            <CountBars
              title={t('dashVerdicts')}
              testId="verdict-split"
              bars={data.verdicts.map((v) => ({
                key: v.verdict,
                label: t(VERDICT_KEYS[v.verdict as keyof typeof VERDICT_KEYS] ?? 'verdictRecorded'),
                count: v.count,
                tone: v.verdict,
              }))}
            />
            <CountBars
              title={t('dashFlags')}
              testId="flag-kinds"
              empty={t('dashNoFlags')}
              bars={data.flags.map((f) => ({ key: f.kind, label: codeText(f.kind), count: f.count }))}
            />
          </div>
          <FourColourMap households={data.households} counts={data.counts} />
          <ThreeColourBoard board={data.board} />
        </>
      )}
    </section>
  );
}
