import { ChoiceChips } from './ChoiceChips.tsx';
import { chinaDate } from './field-checks.ts';
import { NUMBERED_TRANSPORTS, TRANSPORTS } from './form-model.ts';
import { HouseholdFields } from './HouseholdFields.tsx';
import { RegionPicker } from './RegionPicker.tsx';
import { form, updateForm } from './register-state.ts';
import { t } from './strings.ts';
import { TextField } from './TextField.tsx';

/** A returnee's origin, arrival and transport with its number (the committee's ledger), and home in the estate. */
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
      {NUMBERED_TRANSPORTS.includes(f.transport) && (
        <TextField
          field="transportNo"
          label="registerTransportNo"
          maxLength={10}
          autoComplete="off"
          placeholder={f.transport === '飞机' ? 'CA1234' : 'G1023'}
          value={f.transportNo}
          onInput={(transportNo) => updateForm({ transportNo })}
        />
      )}
      <HouseholdFields legend="registerHomeLegend" />
    </div>
  );
}
