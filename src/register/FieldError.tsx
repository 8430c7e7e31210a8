import { errors } from './register-state.ts';
import { t } from './strings.ts';

/** The message for one field, next to it, when the last submit found a problem there. */
export function FieldError({ field }: { field: string }) {
  const key = errors.value[field];
  if (!key) return null;
  return (
    <p class="reg-error" id={`reg-${field}-error`} data-testid={`reg-error-${field}`}>
      <span aria-hidden="true">⚠</span> {t(key)}
    </p>
  );
}
