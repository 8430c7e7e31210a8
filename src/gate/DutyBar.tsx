import { useEffect, useState } from 'preact/hooks';
import { phase } from './check-state.ts';
import { flags } from './FlagQueue.tsx';
import { gateContext } from './gate-state.ts';
import { HandoverView } from './HandoverView.tsx';
import { SignInForm } from './SignInForm.tsx';
import { refreshShiftCounts, shiftCounts, shiftStart, signIn, volunteer } from './shift-state.ts';
import { t } from './strings.ts';

/**
 * Who is on duty (every record carries the name) and the shift's counts; nobody on duty, the
 * sign-in. 换班 asks the incoming volunteer's name (or cancel), then shows the handover.
 */
export function DutyBar() {
  const [changing, setChanging] = useState(false);
  const [incoming, setIncoming] = useState<string | null>(null);
  const gateId = gateContext.value?.gateId;
  const recordedAt = phase.value.kind === 'recorded' ? phase.value.at : 0;
  const openCount = flags.value.length;
  const onDuty = volunteer.value;

  useEffect(() => {
    if (gateId && onDuty) void refreshShiftCounts(gateId).catch(() => undefined);
  }, [gateId, onDuty, shiftStart.value, recordedAt, openCount]);

  // A failed write leaves nobody on duty and the form up: the volunteer taps again.
  if (!onDuty) return <SignInForm onName={(name) => void signIn(name).catch(console.error)} />;
  const handover = incoming && <HandoverView to={incoming} onClose={() => setIncoming(null)} />;
  if (changing)
    return (
      <SignInForm
        onCancel={() => setChanging(false)}
        onName={(name) => {
          setChanging(false);
          // The same name again is no handover: nothing to change.
          if (name !== onDuty) setIncoming(name);
        }}
      />
    );
  const s = shiftCounts.value;
  return (
    <div class="duty" data-testid="duty">
      <span>
        {t('dutyVolunteer')}: <strong data-testid="on-duty">{onDuty}</strong>
      </span>
      {s && (
        <span
          class="shift"
          data-testid="shift-summary"
          data-checks={s.checks}
          data-pass={s.pass}
          data-review={s.review}
          data-deny={s.deny}
          data-open={s.openFlags}
        >
          {t('shiftSummary')}: {t('countChecks')} {s.checks} · ✔{s.pass} ⚠{s.review} ✖{s.deny} ⚑{s.openFlags}
        </span>
      )}
      <button
        type="button"
        class="btn ghost"
        data-testid="change-volunteer"
        onClick={() => setChanging(true)}
      >
        {t('changeVolunteer')}
      </button>
      {handover}
    </div>
  );
}
