import { useEffect, useState } from 'preact/hooks';
import { shiftSummary } from '../db/passages.ts';
import { getSetting } from '../db/settings.ts';
import { phase } from './check-state.ts';
import { flags } from './FlagQueue.tsx';
import { gateContext } from './gate-state.ts';
import { signIn, volunteer } from './shift-state.ts';
import { t } from './strings.ts';

type Summary = Awaited<ReturnType<typeof shiftSummary>>;

/** Who is on duty (every record carries the name) and the shift's counts for the handover. */
export function DutyBar() {
  const [name, setName] = useState('');
  const [editing, setEditing] = useState(false);
  const [summary, setSummary] = useState<Summary | null>(null);
  const gateId = gateContext.value?.gateId;
  const recordedAt = phase.value.kind === 'recorded' ? phase.value.at : 0;
  const openCount = flags.value.length;

  useEffect(() => {
    if (!gateId || !volunteer.value) return;
    void (async () => {
      const from = (await getSetting('shiftStart')) ?? 0;
      setSummary(await shiftSummary(gateId, from, Date.now() + 1));
    })().catch(() => undefined);
  }, [gateId, recordedAt, openCount]);

  if (!volunteer.value || editing) {
    return (
      <form
        class="duty"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void signIn(name).then(() => setEditing(false));
        }}
      >
        <label>
          {t('dutyVolunteer')}
          <input
            type="text"
            value={name}
            data-testid="volunteer-name"
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="btn" data-testid="sign-in">
          {t('signIn')}
        </button>
      </form>
    );
  }
  return (
    <div class="duty" data-testid="duty">
      <span>
        {t('dutyVolunteer')}: <strong data-testid="on-duty">{volunteer.value}</strong>
      </span>
      {summary && (
        <span
          class="shift"
          data-testid="shift-summary"
          data-pass={summary.pass}
          data-review={summary.review}
          data-deny={summary.deny}
        >
          {t('shiftSummary')}: ✔{summary.pass} ⚠{summary.review} ✖{summary.deny} ⚑{summary.openFlags}
        </span>
      )}
      <button type="button" class="btn ghost" onClick={() => setEditing(true)}>
        {t('signIn')}
      </button>
    </div>
  );
}
