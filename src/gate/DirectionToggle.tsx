import type { Direction } from '../db/index.ts';
import { gateContext, setDirection } from './gate-state.ts';
import { t } from './strings.ts';

/** In / out, one tap to switch, remembered per gate. */
export function DirectionToggle() {
  const current = gateContext.value?.direction ?? 'in';
  const option = (d: Direction, label: string, arrow: string) => (
    <button
      type="button"
      class={`btn toggle ${current === d ? 'on' : ''}`}
      aria-pressed={current === d}
      data-testid={`direction-${d}`}
      onClick={() => void setDirection(d)}
    >
      <span aria-hidden="true">{arrow}</span> {label}
    </button>
  );
  return (
    <fieldset class="direction">
      <legend class="sr-only">{t('direction')}</legend>
      {option('in', t('directionIn'), '→')}
      {option('out', t('directionOut'), '←')}
    </fieldset>
  );
}
