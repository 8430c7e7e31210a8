import { useEffect, useRef, useState } from 'preact/hooks';
import { type QueuedResolution, queuedResolutions, resolveHubFlag } from '../../db/hub-resolve.ts';
import { watchHubQueue } from '../../db/outbox.ts';
import { type HubCallProblem, hubCall } from '../../sync/hub-api.ts';
import { FlagResolve } from '../console/FlagResolve.tsx';
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
  resolution: {
    id?: string;
    resolution?: string | null;
    resolvedBy?: string | null;
    resolvedAt?: number | null;
  } | null;
}

/**
 * The flags of every gate of the estate, as the hub answers them (`GET /api/flags`, in SQL: the
 * office PC holds no flags of its own): open ones first, newest first, 50 at a time, over the
 * last 30 days, by state and by gate (the gates that recorded passages then, from
 * `GET /api/dashboard`). Each resolved flag shows the resolution that won (the first).
 *
 * An open flag may be resolved here by the console's manager `who` (FlagResolve): the decision
 * is audited and queued for the hub (db/hub-resolve.ts); the row says it waits until the pusher
 * has delivered it, then the list is read again and shows the hub's winner, which is another
 * device's when that one reached the hub first.
 */
export function HubFlagsPanel({ who }: { who: string }) {
  const [state, setState] = useState<State>('open');
  const [gate, setGate] = useState('');
  const [rows, setRows] = useState<HubFlag[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [gates, setGates] = useState<string[]>([]);
  const [problem, setProblem] = useState<HubCallProblem | null>(null);
  const [queued, setQueued] = useState<Map<string, QueuedResolution>>(new Map());
  // The resolutions made here (flag id → resolution id): a hub winner of another id is another device's.
  const [mine, setMine] = useState<Map<string, string>>(new Map());
  const [pushed, setPushed] = useState(0);

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
  useEffect(() => void load(null), [state, gate, pushed]);
  // Which flags wait in the outbox, read on every change to it; once one of them has left it (the
  // pusher delivered it), the list is read again for the hub's winner. Compared with the last
  // read, not by the outbox's size, which a quick push may take from 1 to 0 unseen.
  const known = useRef(new Set<string>());
  const readQueued = async () => {
    const now = await queuedResolutions();
    const gone = [...known.current].some((id) => !now.has(id));
    known.current = new Set(now.keys());
    setQueued(now);
    if (gone) setPushed((n) => n + 1);
  };
  useEffect(() => watchHubQueue(() => void readQueued().catch(() => undefined)), []);

  const onMine = (flagId: string, id: string) => {
    setMine((m) => new Map([...m, [flagId, id]]));
    known.current.add(flagId);
    void readQueued().catch(() => undefined);
  };

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
            data-status={f.resolved ? 'resolved' : queued.has(f.id) ? 'queued' : 'open'}
          >
            <span aria-hidden="true">{f.resolved ? '✓' : '⚑'}</span> {formatTime(f.at)} ·{' '}
            {f.body.gateId ?? '—'} · <strong>{reasonLabel(f.body.kind ?? '')}</strong> ·{' '}
            {t(f.resolved ? 'hubFlagResolved' : 'hubFlagOpen')}
            {f.resolution && (
              <p class="hint" data-testid="hub-flag-trail">
                {typeof f.resolution.resolvedAt === 'number' ? formatTime(f.resolution.resolvedAt) : ''} ·{' '}
                {f.resolution.resolvedBy ?? ''} · {resolutionLabel(f.resolution.resolution ?? null)}
                {mine.has(f.id) && f.resolution.id !== mine.get(f.id) && (
                  <span data-testid="hub-flag-other-first"> · {t('hubFlagOtherFirst')}</span>
                )}
              </p>
            )}
            {!f.resolved && <Waiting flag={f} queued={queued.get(f.id)} who={who} onMine={onMine} />}
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

/** An open flag's part: the resolution made here and waiting for the hub, or the choices to resolve it. */
function Waiting({
  flag,
  queued,
  who,
  onMine,
}: {
  flag: HubFlag;
  queued: QueuedResolution | undefined;
  who: string;
  onMine: (flagId: string, id: string) => void;
}) {
  if (queued)
    return (
      <p class="hint" data-testid="hub-flag-queued">
        <span aria-hidden="true">⏳</span> {t('hubFlagQueued')} · {queued.resolvedBy} ·{' '}
        {resolutionLabel(queued.resolution)}
      </p>
    );
  const kind = flag.body.kind ?? '';
  return (
    <FlagResolve
      kind={kind}
      resolve={async (r, note) => {
        const done = await resolveHubFlag({ id: flag.id, kind }, r, who, Date.now(), note);
        if (done) onMine(flag.id, done.id);
      }}
      onDone={() => undefined}
    />
  );
}
