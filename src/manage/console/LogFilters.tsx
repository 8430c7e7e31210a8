import { useEffect, useState } from 'preact/hooks';
import { knownGates, type LogFilter } from '../../db/log/queries.ts';
import { REASON_ORDER } from '../../policy/reasons.ts';
import { inputDayStart, reasonLabel } from './log-rows.ts';
import { t } from './strings.ts';

const DAY_MS = 86_400_000;

/** The log filters: date range, gate, direction, verdict, reason and a name / phone / plate search. */
export function LogFilters({ onApply }: { onApply: (f: LogFilter) => void }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [gateId, setGate] = useState('');
  const [direction, setDirection] = useState<LogFilter['direction']>('');
  const [verdict, setVerdict] = useState<LogFilter['verdict']>('');
  const [reason, setReason] = useState('');
  const [search, setSearch] = useState('');
  const [gates, setGates] = useState<string[]>([]);
  useEffect(() => void knownGates().then(setGates), []);

  function apply(e: Event) {
    e.preventDefault();
    const end = inputDayStart(to);
    onApply({
      from: inputDayStart(from),
      to: end === null ? null : end + DAY_MS - 1,
      gateId,
      direction,
      verdict,
      reason,
      search,
    });
  }
  return (
    <form class="filters" data-testid="log-filters" onSubmit={apply}>
      <label class="field">
        {t('dateFrom')}
        <input
          type="date"
          data-testid="filter-from"
          value={from}
          onInput={(e) => setFrom(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        {t('dateTo')}
        <input type="date" data-testid="filter-to" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
      </label>
      <label class="field">
        {t('gate')}
        <select data-testid="filter-gate" value={gateId} onChange={(e) => setGate(e.currentTarget.value)}>
          <option value="">{t('filterAll')}</option>
          {gates.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        {t('direction')}
        <select
          data-testid="filter-direction"
          value={direction}
          onChange={(e) => setDirection(e.currentTarget.value as LogFilter['direction'])}
        >
          <option value="">{t('filterAll')}</option>
          <option value="in">{t('directionIn')}</option>
          <option value="out">{t('directionOut')}</option>
        </select>
      </label>
      <label class="field">
        {t('colVerdict')}
        <select
          data-testid="filter-verdict"
          value={verdict}
          onChange={(e) => setVerdict(e.currentTarget.value as LogFilter['verdict'])}
        >
          <option value="">{t('filterAll')}</option>
          <option value="pass">{t('verdict_pass')}</option>
          <option value="review">{t('verdict_review')}</option>
          <option value="deny">{t('verdict_deny')}</option>
          <option value="recorded">{t('verdictRecorded')}</option>
        </select>
      </label>
      <label class="field">
        {t('colReasons')}
        <select data-testid="filter-reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)}>
          <option value="">{t('filterAll')}</option>
          {REASON_ORDER.map((r) => (
            <option key={r} value={r}>
              {reasonLabel(r)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        {t('search')}
        <input
          type="search"
          data-testid="filter-search"
          placeholder={t('searchHint')}
          value={search}
          onInput={(e) => setSearch(e.currentTarget.value)}
        />
      </label>
      <button type="submit" class="btn" data-testid="filter-apply">
        {t('applyFilter')}
      </button>
    </form>
  );
}
