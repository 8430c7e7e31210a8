import { useEffect, useState } from 'preact/hooks';
import { gateName, MAX_GATE_NAME, nameGate } from '../db/gate.ts';
import { getSetting } from '../db/settings.ts';
import { t } from './strings.ts';

/**
 * Naming this tablet's gate at setup: every record carries it, so two tablets at two gates are
 * told apart in the log and the dashboard. Renaming is audited under the volunteer on duty.
 */
export function GateNamePanel() {
  const [current, setCurrent] = useState<string | null | undefined>(undefined);
  const [typed, setTyped] = useState('');
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void gateName().then((name) => {
      setCurrent(name);
      setTyped(name ?? '');
    });
  }, []);
  const save = async () => {
    const who = (await getSetting('volunteer')) || t('gateNameWhoSetup');
    const ok = await nameGate(typed, who, Date.now());
    setRefused(!ok);
    if (ok) setCurrent(typed.trim());
  };
  if (current === undefined) return null;
  return (
    <section class="panel" aria-labelledby="gate-name-title">
      <h2 id="gate-name-title">{t('gateNameTitle')}</h2>
      <p
        data-testid="gate-name-current"
        data-named={String(current !== null)}
        class={current ? '' : 'notice warn'}
      >
        {current ? t('gateNameIs', { name: current }) : t('gateNameUnset')}
      </p>
      <form
        class="field"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label for="gate-name-input">{t('gateNameLabel')}</label>
        <input
          id="gate-name-input"
          data-testid="gate-name-input"
          maxLength={MAX_GATE_NAME}
          placeholder={t('gateNamePlaceholder')}
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit" class="btn" data-testid="gate-name-save">
          {t('gateNameSave')}
        </button>
      </form>
      {refused && (
        <p class="notice bad" role="alert" data-testid="gate-name-refused">
          {t('gateNameRefused')}
        </p>
      )}
    </section>
  );
}
