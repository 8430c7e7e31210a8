import type { HealthCodeColour } from '../codes/types.ts';
import { ChoiceChips } from './ChoiceChips.tsx';
import { CourierFields } from './CourierFields.tsx';
import { FieldError } from './FieldError.tsx';
import { chinaDateTimeText } from './field-checks.ts';
import { FORM_KINDS } from './form-model.ts';
import { IdentityFields } from './IdentityFields.tsx';
import { ItineraryList } from './ItineraryList.tsx';
import { ReturneeFields } from './ReturneeFields.tsx';
import { errors, form, submitForm, updateForm } from './register-state.ts';
import { t } from './strings.ts';
import { TextField } from './TextField.tsx';
import { VisitorFields } from './VisitorFields.tsx';

const COLOURS: { value: HealthCodeColour; key: 'codeGreen' | 'codeYellow' | 'codeRed'; icon: string }[] = [
  { value: 'green', key: 'codeGreen', icon: '✔' },
  { value: 'yellow', key: 'codeYellow', icon: '⚠' },
  { value: 'red', key: 'codeRed', icon: '✖' },
];

/** Brings the first message into view so a person on a small screen sees what to fix. */
function showFirstError(): void {
  requestAnimationFrame(() => {
    document.querySelector('.register .reg-error')?.scrollIntoView({ block: 'center' });
  });
}

/** The whole form: kind first, then that kind's fields, the itinerary and the health code. */
export function RegistrationForm() {
  const f = form.value;
  const failed = Object.keys(errors.value).length > 0;
  return (
    <form
      class="reg-form"
      data-testid="register-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!submitForm(Date.now())) showFirstError();
      }}
    >
      <ChoiceChips
        field="kind"
        legend={t('registerKindLegend')}
        options={FORM_KINDS.map((k) => ({ value: k, label: t(`registerKind_${k}`) }))}
        value={f.kind}
        onPick={(kind) => updateForm({ kind: FORM_KINDS.find((k) => k === kind) ?? null })}
      />
      {f.kind !== null && (
        <>
          <IdentityFields />
          {f.kind === 'courier' && <CourierFields />}
          {f.kind === 'visitor' && <VisitorFields />}
          {f.kind === 'returnee' && <ReturneeFields />}
          <ItineraryList />
          <ChoiceChips
            field="colour"
            legend={t('registerColour')}
            options={COLOURS.map((c) => ({
              value: c.value,
              label: t(c.key),
              icon: c.icon,
              class: `colour-${c.value}`,
            }))}
            value={f.colour}
            onPick={(colour) =>
              updateForm({ colour: COLOURS.find((c) => c.value === colour)?.value ?? null })
            }
          />
          <TextField
            field="lastTest"
            label="registerLastTest"
            type="datetime-local"
            max={chinaDateTimeText(Date.now())}
            value={f.lastTest}
            onInput={(lastTest) => updateForm({ lastTest })}
          />
        </>
      )}
      {failed && (
        <p class="reg-error reg-summary" role="alert" data-testid="reg-form-errors">
          <span aria-hidden="true">⚠</span> {t('registerFormErrors')}
        </p>
      )}
      <FieldError field="form" />
      <button type="submit" class="btn reg-submit" data-testid="reg-submit">
        {t('registerSubmit')}
      </button>
    </form>
  );
}
