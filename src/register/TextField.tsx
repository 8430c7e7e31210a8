import { FieldError } from './FieldError.tsx';
import { errors } from './register-state.ts';
import type { StringKey } from './strings.ts';
import { t } from './strings.ts';

interface Props {
  /** Field name: the error key and the test id (`reg-<field>`). */
  field: string;
  label: StringKey;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'date' | 'datetime-local';
  inputMode?: 'text' | 'numeric' | 'tel';
  autoComplete?: string;
  maxLength?: number;
  min?: string;
  max?: string;
  placeholder?: string;
  wide?: boolean;
}

/** A labelled input with its message underneath. */
export function TextField(p: Props) {
  const id = `reg-${p.field}`;
  const bad = errors.value[p.field] !== undefined;
  // The input's type is a union the JSX types tell apart: date-like inputs take min / max.
  const common = {
    id,
    'data-testid': id,
    autoComplete: p.autoComplete,
    placeholder: p.placeholder,
    value: p.value,
    'aria-invalid': bad,
    'aria-describedby': bad ? `${id}-error` : undefined,
    onInput: (e: Event) => p.onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`reg-field ${p.wide ? 'wide' : ''}`}>
      <label for={id}>{t(p.label)}</label>
      {p.type === 'date' || p.type === 'datetime-local' ? (
        <input {...common} type={p.type} min={p.min} max={p.max} />
      ) : (
        <input {...common} type="text" inputMode={p.inputMode} maxLength={p.maxLength} />
      )}
      <FieldError field={p.field} />
    </div>
  );
}
