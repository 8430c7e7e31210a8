import { useState } from 'preact/hooks';
import { changePin } from './access-state.ts';
import { pinAcceptable } from './pin.ts';
import { t } from './strings.ts';

/** Changing the manager PIN: the current one first, then the new PIN or passphrase twice. */
export function ChangePin() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [result, setResult] = useState<'ok' | 'wrong' | 'invalid' | null>(null);
  async function submit(e: Event) {
    e.preventDefault();
    if (!pinAcceptable(next) || next !== again) return setResult('invalid');
    setResult((await changePin(current, next, Date.now())) ? 'ok' : 'wrong');
    setCurrent('');
    setNext('');
    setAgain('');
  }
  const field = (label: string, value: string, set: (v: string) => void, id: string) => (
    <label class="field">
      {label}
      <input
        type="password"
        autoComplete="off"
        data-testid={id}
        value={value}
        onInput={(e) => set(e.currentTarget.value)}
      />
    </label>
  );
  return (
    <form class="filters" onSubmit={submit} aria-labelledby="pin-change-title">
      <h4 id="pin-change-title" class="form-title">
        {t('pinChange')}
      </h4>
      <p class="hint">{t('pinSetHint')}</p>
      {field(t('pinCurrent'), current, setCurrent, 'pin-current')}
      {field(t('pinNew'), next, setNext, 'pin-new')}
      {field(t('pinConfirm'), again, setAgain, 'pin-new-confirm')}
      <button type="submit" class="btn" data-testid="pin-change">
        {t('pinChange')}
      </button>
      {result === 'ok' && <span role="status">✓ {t('pinChanged')}</span>}
      {result === 'wrong' && <span role="alert">✗ {t('pinWrong')}</span>}
      {result === 'invalid' && <span role="alert">✗ {t('pinTooShort')}</span>}
    </form>
  );
}
