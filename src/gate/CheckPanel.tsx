import { ColourPicker } from './ColourPicker.tsx';
import { ConfirmRegistration } from './ConfirmRegistration.tsx';
import { current, liveVerdict, phase, recordCurrent, resetCheck, retryRecord } from './check-state.ts';
import { MaskPicker } from './MaskPicker.tsx';
import { NextWaiting } from './NextWaiting.tsx';
import { ReasonList } from './ReasonList.tsx';
import { ScanDetails } from './ScanDetails.tsx';
import { t } from './strings.ts';
import { TemperatureInput } from './TemperatureInput.tsx';
import { WhoLine } from './WhoLine.tsx';

/** The checks for one person: code colour (when it cannot be verified), temperature, mask. */
export function CheckPanel() {
  const c = current.value;
  const p = phase.value;
  if (!c) return null;
  const verdict = liveVerdict.value;
  const needsColour = verdict?.missing.includes('colour') || c.attestedColour !== null;
  return (
    <section class="check-panel" data-testid="check-panel" data-phase={p.kind} data-person={c.personId ?? ''}>
      <NextWaiting />
      <WhoLine who={c.who} testid="check-who" />
      {c.undone && (
        <p class="notice" data-testid="undone-note">
          <span aria-hidden="true">↶</span> {t('undoneNote')}
        </p>
      )}
      {c.scan && <ScanDetails result={c.scan} />}
      {c.pendingRegistration && c.scan?.details.facts.declaration && (
        <ConfirmRegistration facts={c.scan.details.facts.declaration} />
      )}
      {needsColour && <ColourPicker />}
      <TemperatureInput />
      <MaskPicker />
      {verdict && <ReasonList reasons={verdict.reasons} missing={verdict.missing} />}
      {p.kind === 'failed' && (
        <p class="notice bad" role="alert" data-testid="record-failed">
          <span aria-hidden="true">⚠</span> {t('recordFailed')}{' '}
          <button type="button" class="btn" onClick={retryRecord}>
            {t('retry')}
          </button>
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="btn primary"
          data-testid="record"
          disabled={p.kind !== 'checking'}
          onClick={() => void recordCurrent()}
        >
          {p.kind === 'saving' ? t('saving') : t('recordNow')}
        </button>
        <button type="button" class="btn ghost" data-testid="cancel-check" onClick={resetCheck}>
          {t('cancelCheck')}
        </button>
      </div>
    </section>
  );
}
