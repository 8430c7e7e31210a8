import { useEffect, useState } from 'preact/hooks';
import { lastOperator } from '../../db/access.ts';
import { secretKind, setFirstPin, type UnlockResult, unlock } from './access-state.ts';
import { watchLockout } from './lockout-clock.ts';
import { pinAcceptable } from './pin.ts';
import { t } from './strings.ts';

type Notice = { kind: 'none' } | { kind: 'error'; text: string } | UnlockResult;

/** The locked console: set the PIN on first use, otherwise unlock with it. Nothing else renders. */
export function PinGate() {
  const [kind, setKind] = useState<'none' | 'pin' | 'passphrase' | null>(null);
  const [who, setWho] = useState('');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [notice, setNotice] = useState<Notice>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  // Null until the stored lockout is read: the form never offers a try it would refuse.
  const [lockedMs, setLockedMs] = useState<number | null>(null);
  const first = kind === 'none';

  useEffect(() => {
    void secretKind().then(setKind);
    void lastOperator().then(setWho);
  }, []);
  // The countdown, shared by every tab: the lockout is read (and served) each second.
  useEffect(() => watchLockout(setLockedMs), []);

  async function submit(e: Event) {
    e.preventDefault();
    const name = who.trim() || t('managerDefault');
    if (first) {
      if (!pinAcceptable(pin)) return setNotice({ kind: 'error', text: t('pinTooShort') });
      if (pin !== confirm) return setNotice({ kind: 'error', text: t('pinMismatch') });
    }
    setBusy(true);
    try {
      if (first) await setFirstPin(pin, name, Date.now());
      else {
        const result = await unlock(pin, name, Date.now());
        setNotice(result);
        if (result.kind === 'locked') setLockedMs(result.ms);
      }
    } finally {
      setBusy(false);
      setPin('');
      setConfirm('');
    }
  }

  if (kind === null || lockedMs === null) return null;
  const locked = lockedMs > 0;
  return (
    <form
      class="panel pin-gate"
      data-testid="pin-gate"
      data-mode={first ? 'set' : 'unlock'}
      onSubmit={submit}
    >
      <h2>{first ? t('pinSetTitle') : t('pinUnlockTitle')}</h2>
      {first && (
        <p class="hint" id="pin-hint">
          {t('pinSetHint')}
        </p>
      )}
      <label class="field">
        {t('managerName')}
        <input data-testid="manager-name" value={who} onInput={(e) => setWho(e.currentTarget.value)} />
      </label>
      <label class="field">
        {t('pin')}
        <input
          data-testid="pin"
          type="password"
          inputMode={kind === 'pin' ? 'numeric' : 'text'}
          autoComplete="off"
          aria-describedby={first ? 'pin-hint' : undefined}
          value={pin}
          disabled={locked}
          onInput={(e) => setPin(e.currentTarget.value)}
        />
      </label>
      {first && (
        <label class="field">
          {t('pinConfirm')}
          <input
            data-testid="pin-confirm"
            type="password"
            autoComplete="off"
            value={confirm}
            onInput={(e) => setConfirm(e.currentTarget.value)}
          />
        </label>
      )}
      <button type="submit" class="btn" data-testid="pin-submit" disabled={busy || locked}>
        {first ? t('pinSet') : t('unlock')}
      </button>
      {locked ? (
        <div class="notice" role="alert" data-testid="lockout">
          <p>
            ⏳ {t('lockedOut')} {Math.ceil(lockedMs / 1000)} {t('seconds')}
          </p>
          <p>{t('lockoutHint')}</p>
        </div>
      ) : notice.kind === 'wrong' ? (
        <p class="notice" role="alert" data-testid="pin-wrong">
          ✗ {t('pinWrong')} {notice.triesLeft}
        </p>
      ) : notice.kind === 'error' ? (
        <p class="notice" role="alert" data-testid="pin-error">
          ✗ {notice.text}
        </p>
      ) : null}
    </form>
  );
}
