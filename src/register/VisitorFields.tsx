import { HouseholdFields } from './HouseholdFields.tsx';
import { form, updateForm } from './register-state.ts';
import { TextField } from './TextField.tsx';

/** A visitor's host household and purpose. */
export function VisitorFields() {
  return (
    <div class="reg-group">
      <HouseholdFields legend="registerHostLegend" />
      <TextField
        field="purpose"
        label="registerPurpose"
        maxLength={100}
        wide
        value={form.value.purpose}
        onInput={(purpose) => updateForm({ purpose })}
      />
    </div>
  );
}
