import { useState } from 'preact/hooks';
import { heldCheck } from './shift-state.ts';
import { t } from './strings.ts';

/**
 * The volunteer's name, large enough for a gloved finger: the first sign-in (nobody on duty:
 * no check is recorded until then, a scan meanwhile is kept) or the incoming volunteer's name
 * at a handover, which can be cancelled.
 */
export function SignInForm({ onName, onCancel }: { onName: (name: string) => void; onCancel?: () => void }) {
  const [name, setName] = useState('');
  const label = onCancel ? t('incomingName') : t('volunteerName');
  return (
    <form
      class="duty sign-in"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onName(name.trim());
      }}
    >
      {!onCancel && (
        <p class="notice" role="status" data-testid={heldCheck.value ? 'held-scan' : 'sign-in-needed'}>
          {heldCheck.value ? t('heldScan') : t('signInNeeded')}
        </p>
      )}
      <label class="duty-field">
        <span>{label}</span>
        <input
          type="text"
          class="duty-input"
          value={name}
          maxLength={20}
          autoComplete="off"
          data-testid="volunteer-name"
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <button type="submit" class="btn primary" data-testid="sign-in">
        {t('signIn')}
      </button>
      {onCancel && (
        <button type="button" class="btn ghost" data-testid="cancel-sign-in" onClick={onCancel}>
          {t('cancelChange')}
        </button>
      )}
    </form>
  );
}
