import { useState } from 'preact/hooks';
import { confirmPin } from './access-state.ts';
import { exportFullLogs, MIN_REASON_CHARS } from './full-export.ts';
import { t } from './strings.ts';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'locked' }
  | { kind: 'done'; rows: number }
  | { kind: 'failed' };

/**
 * The unmasked export for contact tracing: a period, the reason typed, the PIN again. Nothing is
 * exported until all three are there and the PIN is right; a wrong PIN counts toward the lockout.
 */
export function FullExport({ who, onClose }: { who: string; onClose: () => void }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [pin, setPin] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const ready =
    from !== '' &&
    to !== '' &&
    from <= to &&
    Array.from(reason.trim()).length >= MIN_REASON_CHARS &&
    pin !== '' &&
    outcome.kind !== 'busy';

  async function run(e: Event) {
    e.preventDefault();
    if (!ready) return;
    setOutcome({ kind: 'busy' });
    const now = Date.now();
    const checked = await confirmPin(pin, now);
    setPin('');
    if (checked.kind === 'wrong') return setOutcome({ kind: 'wrong', triesLeft: checked.triesLeft });
    if (checked.kind === 'locked') return setOutcome({ kind: 'locked' });
    try {
      setOutcome({ kind: 'done', rows: await exportFullLogs({ from, to }, reason, who, now) });
    } catch {
      setOutcome({ kind: 'failed' });
    }
  }

  return (
    <form class="panel full-export" data-testid="full-export" onSubmit={(e) => void run(e)}>
      <h4>{t('fullTitle')}</h4>
      <p class="hint">{t('fullHint')}</p>
      <div class="filters">
        <label class="field">
          {t('dateFrom')}
          <input
            type="date"
            data-testid="full-from"
            value={from}
            onInput={(e) => setFrom(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          {t('dateTo')}
          <input type="date" data-testid="full-to" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <label class="field full-reason">
          {t('fullReason')}
          <input
            data-testid="full-reason"
            value={reason}
            placeholder={t('fullReasonHint')}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          {t('fullPin')}
          <input
            type="password"
            autocomplete="off"
            data-testid="full-pin"
            value={pin}
            onInput={(e) => setPin(e.currentTarget.value)}
          />
        </label>
      </div>
      <div class="actions">
        <button type="submit" class="btn primary" data-testid="full-submit" disabled={!ready}>
          ⤓ {t('fullRun')}
        </button>
        <button type="button" class="btn ghost" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
      {outcome.kind === 'wrong' && (
        <p class="notice bad" role="alert" data-testid="full-pin-wrong">
          {t('pinWrong')} {outcome.triesLeft}
        </p>
      )}
      {outcome.kind === 'locked' && (
        <p class="notice bad" role="alert" data-testid="full-pin-locked">
          {t('fullLocked')}
        </p>
      )}
      {outcome.kind === 'failed' && (
        <p class="notice bad" role="alert">
          ✗ {t('exportFailed')}
        </p>
      )}
      {outcome.kind === 'done' && (
        <p class="hint" data-testid="full-exported">
          {t('exportedRows')} {outcome.rows}
        </p>
      )}
    </form>
  );
}
