import { ChoiceChips } from './ChoiceChips.tsx';
import { COMPANIES, OTHER_COMPANY } from './form-model.ts';
import { form, updateForm } from './register-state.ts';
import { t } from './strings.ts';
import { TextField } from './TextField.tsx';

const OPTIONS = [
  ...COMPANIES.map((c) => ({ value: c as string, label: c as string })),
  { value: OTHER_COMPANY, label: '' },
];

/** A courier's company (common ones or free text) and vehicle plate. */
export function CourierFields() {
  const f = form.value;
  const options = OPTIONS.map((o) =>
    o.value === OTHER_COMPANY ? { ...o, label: t('registerCompanyOther') } : o,
  );
  return (
    <div class="reg-group">
      <ChoiceChips
        field="company"
        legend={t('registerCompany')}
        options={options}
        value={f.company}
        onPick={(company) => updateForm({ company })}
      />
      {f.company === OTHER_COMPANY && (
        <TextField
          field="companyOther"
          label="registerCompanyName"
          maxLength={30}
          value={f.companyOther}
          onInput={(companyOther) => updateForm({ companyOther })}
        />
      )}
      <TextField
        field="plate"
        label="registerPlate"
        maxLength={10}
        autoComplete="off"
        placeholder="粤B12345"
        value={f.plate}
        onInput={(plate) => updateForm({ plate })}
      />
    </div>
  );
}
