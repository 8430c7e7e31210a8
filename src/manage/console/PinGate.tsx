import { useEffect, useState } from 'preact/hooks';
import { lastOperator } from '../../db/access.ts';
import { lockoutLeft, needsFirstPin, setFirstPin, type UnlockResult, unlock } from './access-state.ts';
import { pinAcceptable } from './pin.ts';
import { t } from './strings.ts';

type Notice = { kind: 'none' } | { kind: 'error'; text: string } | UnlockResult;

/** The locked console: set the PIN on first use, otherwise unlock with it. Nothing else renders. */
export function PinGate() {
  const [first, setFirst] = useState<boolean | null>(null);
  const [who, setWho] = useState('');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [notice, setNotice] = useState<Notice>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const [lockedMs, setLockedMs] = useState(0);

  useEffect(() => {
    void needsFirstPin().then(setFirst);
    void lastOperator().then(setWho);
    void lockoutLeft(Date.now()).then(setLockedMs);
  }, []);
  // The countdown; a reload reads the persisted lockout again.
  useEffect(() => {
    if (lockedMs <= 0) return;
    const timer = setInterval(() => void lockoutLeft(Date.now()).then(setLockedMs), 1000);
    return () => clearInterval(timer);
  }, [lockedMs > 0]);

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

  if (first === null) return null;
  const locked = lockedMs > 0;
  return (
    <form
      class="panel pin-gate"
      data-testid="pin-gate"
      data-mode={first ? 'set' : 'unlock'}
      onSubmit={submit}
    >
      <h2>{first ? t('pinSetTitle') : t('pinUnlockTitle')}</h2>
      {first && <p class="hint">{t('pinSetHint')}</p>}
      <label class="field">
        {t('managerName')}
        <input data-testid="manager-name" value={who} onInput={(e) => setWho(e.currentTarget.value)} />
      </label>
      <label class="field">
        {t('pin')}
        <input
          data-testid="pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
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
            inputMode="numeric"
            value={confirm}
            onInput={(e) => setConfirm(e.currentTarget.value)}
          />
        </label>
      )}
      <button type="submit" class="btn" data-testid="pin-submit" disabled={busy || locked}>
        {first ? t('pinSet') : t('unlock')}
      </button>
      {locked ? (
        <p class="notice" role="alert" data-testid="lockout">
          ⏳ {t('lockedOut')} {Math.ceil(lockedMs / 1000)} {t('seconds')}
        </p>
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
