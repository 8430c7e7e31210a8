import { useState } from 'preact/hooks';
import { createEstate, type EnrolProblem } from '../sync/enrol.ts';
import { type StringKey, t } from './strings.ts';

/**
 * The estate's first device, on a hub with no estate yet: the one-time setup code the hub printed,
 * the estate's name and the manager's creates the estate with this device as its manager's.
 * Folded away under the enrolment form: every other device joins with a code.
 */
export function HubSetupForm({ problemWords }: { problemWords: Record<EnrolProblem, StringKey> }) {
  const [fields, setFields] = useState({ setupCode: '', estateName: '', managerName: '' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<EnrolProblem | null>(null);
  const field = (name: keyof typeof fields, label: StringKey) => (
    <label class="field">
      {t(label)}
      <input
        data-testid={`hub-setup-${name}`}
        autocomplete="off"
        spellcheck={false}
        value={fields[name]}
        onInput={(e) => setFields({ ...fields, [name]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <details class="hub-setup" data-testid="hub-setup">
      <summary>{t('hubSetupTitle')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (busy) return;
          setBusy(true);
          setProblem(null);
          createEstate(fields).then(
            (r) => {
              setBusy(false);
              if (!r.ok) setProblem(r.problem);
            },
            () => {
              setBusy(false);
              setProblem('unreachable');
            },
          );
        }}
      >
        <p class="hint">{t('hubSetupIntro')}</p>
        {field('setupCode', 'hubSetupCode')}
        {field('estateName', 'hubSetupEstate')}
        {field('managerName', 'hubSetupManager')}
        <button type="submit" class="btn" data-testid="hub-setup-run" disabled={busy}>
          {t('hubSetupRun')}
        </button>
        {problem && (
          <p class="notice bad" role="alert" data-testid="hub-setup-problem">
            {t(problem === 'bad-code' ? 'hubSetupBad' : problemWords[problem])}
          </p>
        )}
      </form>
    </details>
  );
}
