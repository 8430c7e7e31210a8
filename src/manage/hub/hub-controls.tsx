/** Controls the console's views through the hub share: the gate choice and the hub's problem. */
import type { HubCallProblem } from '../../sync/hub-api.ts';
import { t } from './strings.ts';

/**
 * A choice of gate (or every gate): the gates the hub named, sorted, and the chosen one even when
 * the hub's list no longer holds it (another day), so the select never shows a filter not applied.
 */
export function GateSelect({
  testId,
  gates,
  value,
  onChange,
  labelClass,
}: {
  testId: string;
  gates: readonly string[];
  value: string;
  onChange: (gate: string) => void;
  labelClass?: string;
}) {
  const shown = [...new Set([...gates, ...(value ? [value] : [])])].sort();
  return (
    <label class={labelClass}>
      {t('hubGate')}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('hubAll')}</option>
        {shown.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Why the hub gave no answer, in words (nothing when it answered). */
export function HubProblem({ testId, problem }: { testId: string; problem: HubCallProblem | null }) {
  if (!problem) return null;
  return (
    <p class="notice bad" role="alert" data-testid={testId}>
      {t(problem === 'unreachable' ? 'hubUnreachable' : 'hubFailed')}
    </p>
  );
}
