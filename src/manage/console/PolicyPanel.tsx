import { useEffect, useState } from 'preact/hooks';
import { changePolicy, loadPolicy } from '../../db/policy.ts';
import type { PolicyRules } from '../../policy/types.ts';
import { t } from './strings.ts';

/** The estate's policy rules: each change saved as a new version and audited under the manager `who`. */
export function PolicyPanel({ who }: { who: string }) {
  const [r, setRules] = useState<PolicyRules | null>(null);
  useEffect(() => void loadPolicy().then(setRules), []);
  const changeRules = async (change: Partial<Omit<PolicyRules, 'version'>>) =>
    setRules(await changePolicy(change, who, Date.now()));
  // Shown once read, so a field never starts from the defaults and saves them over the real rules.
  if (r === null) return null;
  const num = (label: string, testId: string, value: number, step: number, apply: (n: number) => void) => (
    <label class="field">
      {label}
      <input
        type="number"
        step={step}
        value={value}
        data-testid={testId}
        onChange={(e) => {
          const n = Number(e.currentTarget.value);
          if (Number.isFinite(n)) apply(n);
        }}
      />
    </label>
  );
  return (
    <section class="panel" aria-labelledby="policy-title">
      <h3 id="policy-title">
        {t('policyTitle')} <span data-testid="policy-version">v{r.version}</span>
      </h3>
      {num(
        t('policyFever'),
        'policy-fever',
        r.feverThresholdC,
        0.1,
        (n) => void changeRules({ feverThresholdC: n }),
      )}
      {num(t('policyReset'), 'policy-reset', r.autoResetS, 1, (n) => void changeRules({ autoResetS: n }))}
      <label class="field check">
        <input
          type="checkbox"
          checked={r.test.requirement === 'required'}
          data-testid="policy-test-required"
          onChange={(e) =>
            void changeRules({
              test: { ...r.test, requirement: e.currentTarget.checked ? 'required' : 'none' },
            })
          }
        />
        {t('policyTestRequired')}
      </label>
      {num(
        t('policyNaatHours'),
        'policy-naat-hours',
        r.test.windowH.naat,
        1,
        (n) => void changeRules({ test: { ...r.test, windowH: { ...r.test.windowH, naat: n } } }),
      )}
      {num(
        t('policyRatHours'),
        'policy-rat-hours',
        r.test.windowH.rat,
        1,
        (n) => void changeRules({ test: { ...r.test, windowH: { ...r.test.windowH, rat: n } } }),
      )}
      <label class="field check">
        <input
          type="checkbox"
          checked={r.unregistered === 'deny'}
          data-testid="policy-unregistered-deny"
          onChange={(e) => void changeRules({ unregistered: e.currentTarget.checked ? 'deny' : 'review' })}
        />
        {t('policyUnregisteredDeny')}
      </label>
      <label class="field check">
        <input
          type="checkbox"
          checked={r.mask.none === 'deny'}
          data-testid="policy-mask-deny"
          onChange={(e) =>
            void changeRules({ mask: { ...r.mask, none: e.currentTarget.checked ? 'deny' : 'review' } })
          }
        />
        {t('policyMaskDeny')}
      </label>
      <label class="field check">
        <input
          type="checkbox"
          checked={r.voice}
          data-testid="policy-voice"
          onChange={(e) => void changeRules({ voice: e.currentTarget.checked })}
        />
        {t('policyVoice')}
      </label>
    </section>
  );
}
