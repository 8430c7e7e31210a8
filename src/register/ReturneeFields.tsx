import { ChoiceChips } from './ChoiceChips.tsx';
import { chinaDate } from './field-checks.ts';
import { TRANSPORTS } from './form-model.ts';
import { HouseholdFields } from './HouseholdFields.tsx';
import { RegionPicker } from './RegionPicker.tsx';
import { form, updateForm } from './register-state.ts';
import { t } from './strings.ts';
import { TextField } from './TextField.tsx';

/** A returnee's origin, arrival and transport (the committee's ledger), and home in the estate. */
export function ReturneeFields() {
  const f = form.value;
  const transports = TRANSPORTS.map((v) => {
    const key = `registerTransport_${v}`;
    return { value: v as string, label: t.has(key) ? t(key) : v };
  });
  return (
    <div class="reg-group">
      <RegionPicker
        field="from"
        legend={t('registerFrom')}
        value={f.from}
        onChange={(from) => updateForm({ from })}
      />
      <TextField
        field="arrivedOn"
        label="registerArrivedOn"
        type="date"
        max={chinaDate(Date.now())}
        value={f.arrivedOn}
        onInput={(arrivedOn) => updateForm({ arrivedOn })}
      />
      <ChoiceChips
        field="transport"
        legend={t('registerTransport')}
        options={transports}
        value={f.transport}
        onPick={(transport) => updateForm({ transport })}
      />
      <HouseholdFields legend="registerHomeLegend" />
    </div>
  );
}
