import { FieldError } from './FieldError.tsx';

interface Props {
  /** Field name: the error key and the test-id prefix (`reg-<field>-<value>`). */
  field: string;
  legend: string;
  options: readonly { value: string; label: string; icon?: string; class?: string }[];
  value: string | null;
  onPick: (value: string) => void;
}

/** One-tap choices as large buttons (a select box takes two taps and a scroll on a phone). */
export function ChoiceChips(p: Props) {
  return (
    <fieldset class="reg-chips" data-testid={`reg-${p.field}`}>
      <legend>{p.legend}</legend>
      <div class="reg-chip-row">
        {p.options.map((o) => (
          <button
            key={o.value}
            type="button"
            class={`btn reg-chip ${o.class ?? ''} ${p.value === o.value ? 'on' : ''}`}
            aria-pressed={p.value === o.value}
            data-testid={`reg-${p.field}-${o.value}`}
            onClick={() => p.onPick(o.value)}
          >
            {o.icon && <span aria-hidden="true">{o.icon} </span>}
            {o.label}
          </button>
        ))}
      </div>
      <FieldError field={p.field} />
    </fieldset>
  );
}
