import { useState } from 'preact/hooks';
import { saveGateName } from '../db/gate-name.ts';
import { gateContext, loadGate } from './gate-state.ts';
import { volunteer } from './shift-state.ts';
import { t } from './strings.ts';

/** The usual names of an estate's gates: one tap each; any other name is typed. */
const COMMON = ['东门', '西门', '南门', '北门'];

/**
 * The gate's name in its bar. A tablet not named yet says so (words and a sign) and names its
 * gate in one tap: a first-setup step, after which only the console renames it.
 */
export function GateName() {
  const ctx = gateContext.value;
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [failed, setFailed] = useState(false);
  if (!ctx) return null;
  if (ctx.named)
    return (
      <span class="badge" data-testid="gate-name-badge">
        {ctx.gateId}
      </span>
    );
  const name = async (n: string) => {
    try {
      await saveGateName(n, volunteer.value || 'setup', Date.now(), true);
      setOpen(false);
      await loadGate();
    } catch {
      setFailed(true);
    }
  };
  return (
    <span class="gate-name">
      <button
        type="button"
        class="badge warn"
        data-testid="gate-unnamed"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⚠</span> {t('gateUnnamed')}
      </button>
      {open && (
        <form
          class="panel gate-name-form"
          data-testid="gate-name-form"
          onSubmit={(e) => {
            e.preventDefault();
            void name(typed);
          }}
        >
          <p>{t('gateNameAsk')}</p>
          <div class="chips">
            {COMMON.map((n) => (
              <button
                key={n}
                type="button"
                class="btn"
                data-testid={`gate-name-${n}`}
                onClick={() => void name(n)}
              >
                {n}
              </button>
            ))}
          </div>
          <label class="field">
            {t('gateNameOther')}
            <input
              data-testid="gate-name-input"
              maxLength={20}
              value={typed}
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="btn primary" data-testid="gate-name-save">
            {t('gateNameSave')}
          </button>
          {failed && (
            <p class="notice bad" role="alert">
              {t('gateNameBad')}
            </p>
          )}
        </form>
      )}
    </span>
  );
}
