import { useEffect, useState } from 'preact/hooks';
import { type HubCallProblem, hubCall } from '../../sync/hub-api.ts';
import { formatTime, reasonLabel, resolutionLabel } from '../console/log-rows.ts';
import { DAY_MS } from './day.ts';
import { GateSelect, HubProblem } from './hub-controls.tsx';
import { t } from './strings.ts';

const PAGE = 50;
/** How far back the list and its gate choice reach. */
const DAYS = 30;
const STATES = ['open', 'resolved', 'all'] as const;
type State = (typeof STATES)[number];

interface HubFlag {
  id: string;
  at: number;
  resolved: boolean;
  body: { kind?: string; gateId?: string; openedBy?: string };
  resolution: { resolution?: string | null; resolvedBy?: string | null; resolvedAt?: number | null } | null;
}

/**
 * The flags of every gate of the estate, as the hub answers them (`GET /api/flags`, in SQL: the
 * office PC holds no flags of its own): open ones first, newest first, 50 at a time, over the
 * last 30 days, by state and by gate (the gates that recorded passages then, from
 * `GET /api/dashboard`). Each resolved flag shows the resolution that won (the first).
 */
export function HubFlagsPanel() {
  const [state, setState] = useState<State>('open');
  const [gate, setGate] = useState('');
  const [rows, setRows] = useState<HubFlag[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [gates, setGates] = useState<string[]>([]);
  const [problem, setProblem] = useState<HubCallProblem | null>(null);

  const load = async (before: string | null) => {
    const to = Date.now() + DAY_MS;
    const from = to - (DAYS + 1) * DAY_MS;
    const p = new URLSearchParams({ state, from: String(from), to: String(to), limit: String(PAGE) });
    if (gate) p.set('gate', gate);
    if (before) p.set('before', before);
    const [page, counts] = await Promise.all([
      hubCall<{ flags: HubFlag[]; next: string | null }>('GET', `/api/flags?${p}`),
      before
        ? null
        : hubCall<{ gates: Record<string, number> }>('GET', `/api/dashboard?from=${from}&to=${to}`),
    ]);
    if (!page.ok) return setProblem(page.problem);
    setProblem(null);
    setRows(before ? [...rows, ...page.body.flags] : page.body.flags);
    setNext(page.body.next);
    if (counts?.ok) setGates(Object.keys(counts.body.gates));
  };
  useEffect(() => void load(null), [state, gate]);

  return (
    <section class="panel" aria-labelledby="hub-flags-title" data-testid="hub-flags">
      <h3 id="hub-flags-title">{t('hubFlagsSince')}</h3>
      <div class="filters">
        <label class="field">
          {t('hubFlagState')}
          <select
            data-testid="hub-flag-state"
            value={state}
            onChange={(e) => setState(e.currentTarget.value as State)}
          >
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(s === 'open' ? 'hubFlagOpen' : s === 'resolved' ? 'hubFlagResolved' : 'hubAll')}
              </option>
            ))}
          </select>
        </label>
        <GateSelect testId="hub-flag-gate" gates={gates} value={gate} onChange={setGate} labelClass="field" />
      </div>
      <HubProblem testId="hub-flag-problem" problem={problem} />
      {rows.length === 0 && !problem && (
        <p class="empty" data-testid="hub-flags-empty">
          {t('hubFlagsNone')}
        </p>
      )}
      <ul class="flag-list">
        {rows.map((f) => (
          <li
            key={f.id}
            class="flag"
            data-testid="hub-flag"
            data-gate={f.body.gateId ?? ''}
            data-kind={f.body.kind ?? ''}
            data-status={f.resolved ? 'resolved' : 'open'}
          >
            <span aria-hidden="true">{f.resolved ? '✓' : '⚑'}</span> {formatTime(f.at)} ·{' '}
            {f.body.gateId ?? '—'} · <strong>{reasonLabel(f.body.kind ?? '')}</strong> ·{' '}
            {t(f.resolved ? 'hubFlagResolved' : 'hubFlagOpen')}
            {f.resolution && (
              <p class="hint" data-testid="hub-flag-trail">
                {typeof f.resolution.resolvedAt === 'number' ? formatTime(f.resolution.resolvedAt) : ''} ·{' '}
                {f.resolution.resolvedBy ?? ''} · {resolutionLabel(f.resolution.resolution ?? null)}
              </p>
            )}
          </li>
        ))}
      </ul>
      {next && (
        <button type="button" class="btn ghost" data-testid="hub-flag-more" onClick={() => void load(next)}>
          {t('hubMore')}
        </button>
      )}
    </section>
  );
}
