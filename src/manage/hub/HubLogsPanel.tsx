import { useEffect, useState } from 'preact/hooks';
import { lang } from '../../app/i18n.ts';
import type { Passage, PersonLabel } from '../../db/types.ts';
import { formatDay } from '../../import/dates.ts';
import { downloadParts } from '../../shared/download.ts';
import { type HubCallProblem, hubCall, hubFile } from '../../sync/hub-api.ts';
import { whoText } from '../console/flag-subject.ts';
import { formatTime, reasonLabel, VERDICT_ICON, verdictLabel } from '../console/log-rows.ts';
import { dayRange } from './day.ts';
import { GateSelect, HubProblem } from './hub-controls.tsx';
import { t } from './strings.ts';

const PAGE = 50;
const VERDICTS = ['pass', 'review', 'deny'] as const;

interface HubPassage {
  at: number;
  id: string;
  body: Passage & { who?: PersonLabel | null };
}

interface Query {
  day: string;
  verdict: string;
  gate: string;
}

/**
 * The log of every gate of the estate, as the hub answers it (`GET /api/log`, computed in SQL:
 * the office PC holds no passages of its own): a day, a verdict and a gate to choose, newest first,
 * 50 at a time; above it the day's count per gate (`GET /api/dashboard`), whose gates fill the
 * gate filter.
 */
export function HubLogsPanel() {
  const [query, setQuery] = useState<Query>({ day: formatDay(Date.now()), verdict: '', gate: '' });
  const [rows, setRows] = useState<HubPassage[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [gates, setGates] = useState<Record<string, number>>({});
  const [problem, setProblem] = useState<HubCallProblem | null>(null);

  const url = (q: Query, before: string | null) => {
    const { from, to } = dayRange(q.day);
    const p = new URLSearchParams({ from: String(from), to: String(to), limit: String(PAGE) });
    if (q.verdict) p.set('verdict', q.verdict);
    if (q.gate) p.set('gate', q.gate);
    if (before) p.set('before', before);
    return `/api/log?${p}`;
  };
  const load = async (q: Query, before: string | null) => {
    const { from, to } = dayRange(q.day);
    const [page, counts] = await Promise.all([
      hubCall<{ passages: HubPassage[]; next: string | null }>('GET', url(q, before)),
      before
        ? null
        : hubCall<{ gates: Record<string, number> }>('GET', `/api/dashboard?from=${from}&to=${to}`),
    ]);
    if (!page.ok) return setProblem(page.problem);
    setProblem(null);
    setRows(before ? [...rows, ...page.body.passages] : page.body.passages);
    setNext(page.body.next);
    if (counts?.ok) setGates(counts.body.gates);
  };
  useEffect(() => void load(query, null), []);
  const [exporting, setExporting] = useState(false);
  // The day's passages of every gate as CSV, written by the hub (the app's columns and words).
  const exportCsv = async () => {
    setExporting(true);
    const p = new URL(url(query, null), 'http://hub.invalid').searchParams;
    p.delete('limit');
    p.set('lang', lang.value === 'en' ? 'en' : 'zh');
    const file = await hubFile(`/api/export.csv?${p}`);
    setExporting(false);
    if (!file.ok) return setProblem(file.problem);
    downloadParts(`passages-${query.day}${query.gate ? `-${query.gate}` : ''}.csv`, [file.body], 'text/csv');
  };
  const total = Object.values(gates).reduce((a, b) => a + b, 0);

  return (
    <section class="panel logs" aria-labelledby="hub-logs-title" data-testid="hub-logs">
      <h3 id="hub-logs-title" class="sr-only">
        {t('sourceHub')}
      </h3>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          void load(query, null);
        }}
      >
        <label>
          {t('hubDay')}
          <input
            type="date"
            data-testid="hub-log-day"
            value={query.day}
            onInput={(e) => setQuery({ ...query, day: e.currentTarget.value || formatDay(Date.now()) })}
          />
        </label>
        <label>
          {t('hubVerdict')}
          <select
            data-testid="hub-log-verdict"
            value={query.verdict}
            onChange={(e) => setQuery({ ...query, verdict: e.currentTarget.value })}
          >
            <option value="">{t('hubAll')}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {verdictLabel(v)}
              </option>
            ))}
          </select>
        </label>
        <GateSelect
          testId="hub-log-gate"
          gates={Object.keys(gates)}
          value={query.gate}
          onChange={(gate) => setQuery({ ...query, gate })}
        />
        <button type="submit" class="btn primary" data-testid="hub-log-apply">
          {t('hubApply')}
        </button>
        <button
          type="button"
          class="btn"
          data-testid="hub-log-export"
          disabled={exporting}
          onClick={() => void exportCsv()}
        >
          ⤓ {t('hubExport')}
        </button>
      </form>
      <HubProblem testId="hub-log-problem" problem={problem} />
      <p class="hint" data-testid="hub-log-gates" data-total={total}>
        {t('hubDayTotal', { n: total })}
        {Object.entries(gates)
          .sort()
          .map(([gate, n]) => t('hubByGate', { gate, n }))
          .join('、')}
      </p>
      <div class="log-row log-head" aria-hidden="true">
        <span>{t('colTime')}</span>
        <span>{t('gate')}</span>
        <span>{t('direction')}</span>
        <span>{t('colVerdict')}</span>
        <span>{t('colWho')}</span>
        <span>{t('colReasons')}</span>
      </div>
      {rows.length === 0 ? (
        <p class="empty" data-testid="hub-logs-empty">
          {t('hubNone')}
        </p>
      ) : (
        <ul class="hub-log-rows" aria-label={t('sourceHub')}>
          {rows.map(({ id, body: p }) => (
            <li
              key={id}
              class={`log-row log-${p.verdict}`}
              data-testid="hub-log-row"
              data-gate={p.gateId}
              data-verdict={p.verdict}
            >
              <span>{formatTime(p.at)}</span>
              <span>{p.gateId}</span>
              <span>{p.direction === 'out' ? t('directionOut') : t('directionIn')}</span>
              <span class="log-verdict">
                <span aria-hidden="true">{VERDICT_ICON[p.verdict]}</span> {verdictLabel(p.verdict)}
              </span>
              <span class="log-person">{whoText(p.who)}</span>
              <span class="log-reasons">{(p.reasons ?? []).map(reasonLabel).join('、')}</span>
            </li>
          ))}
        </ul>
      )}
      {next && (
        <button type="button" class="btn" data-testid="hub-log-more" onClick={() => void load(query, next)}>
          {t('hubMore')}
        </button>
      )}
    </section>
  );
}
