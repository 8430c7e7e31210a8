import { form, updateForm } from './register-state.ts';
import type { StringKey } from './strings.ts';
import { t } from './strings.ts';
import { TextField } from './TextField.tsx';

/** Building / unit / room of a household in the estate (the one visited, or the returnee's home). */
export function HouseholdFields({ legend }: { legend: StringKey }) {
  const f = form.value;
  return (
    <fieldset class="reg-group reg-household">
      <legend>{t(legend)}</legend>
      <TextField
        field="building"
        label="registerBuilding"
        maxLength={10}
        placeholder="3"
        value={f.building}
        onInput={(building) => updateForm({ building })}
      />
      <TextField
        field="unit"
        label="registerUnit"
        maxLength={10}
        placeholder="2"
        value={f.unit}
        onInput={(unit) => updateForm({ unit })}
      />
      <TextField
        field="room"
        label="registerRoom"
        maxLength={10}
        placeholder="1201"
        value={f.room}
        onInput={(room) => updateForm({ room })}
      />
    </fieldset>
  );
}
