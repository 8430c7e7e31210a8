import type { HealthCodeColour } from '../codes/types.ts';
import { current, updateCheck } from './check-state.ts';
import { t } from './strings.ts';

const OPTIONS: { colour: HealthCodeColour; label: 'codeGreen' | 'codeYellow' | 'codeRed'; icon: string }[] = [
  { colour: 'green', label: 'codeGreen', icon: '✔' },
  { colour: 'yellow', label: 'codeYellow', icon: '⚠' },
  { colour: 'red', label: 'codeRed', icon: '✖' },
];

/** The volunteer's reading of a health code that cannot be verified: attested, never "verified". */
export function ColourPicker() {
  const chosen = current.value?.attestedColour ?? null;
  return (
    <fieldset class="picker">
      <legend>{t('healthCode')}</legend>
      {OPTIONS.map((o) => (
        <button
          key={o.colour}
          type="button"
          class={`btn pick colour-${o.colour} ${chosen === o.colour ? 'on' : ''}`}
          aria-pressed={chosen === o.colour}
          data-testid={`code-${o.colour}`}
          onClick={() => updateCheck({ attestedColour: o.colour })}
        >
          <span aria-hidden="true">{o.icon}</span> {t(o.label)}
        </button>
      ))}
    </fieldset>
  );
}
