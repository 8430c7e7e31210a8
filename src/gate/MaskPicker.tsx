import type { MaskCheck } from '../policy/types.ts';
import { current, updateCheck } from './check-state.ts';
import { t } from './strings.ts';

const OPTIONS: { mask: MaskCheck; label: 'maskOk' | 'maskImproper' | 'maskNone'; icon: string }[] = [
  { mask: 'ok', label: 'maskOk', icon: '✔' },
  { mask: 'improper', label: 'maskImproper', icon: '⚠' },
  { mask: 'none', label: 'maskNone', icon: '✖' },
];

/** The mask check, one tap. */
export function MaskPicker() {
  const chosen = current.value?.mask ?? null;
  return (
    <fieldset class="picker">
      <legend>{t('mask')}</legend>
      {OPTIONS.map((o) => (
        <button
          key={o.mask}
          type="button"
          class={`btn pick mask-${o.mask} ${chosen === o.mask ? 'on' : ''}`}
          aria-pressed={chosen === o.mask}
          data-testid={`mask-${o.mask}`}
          onClick={() => updateCheck({ mask: o.mask })}
        >
          <span aria-hidden="true">{o.icon}</span> {t(o.label)}
        </button>
      ))}
    </fieldset>
  );
}
