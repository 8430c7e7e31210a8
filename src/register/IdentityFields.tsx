import { form, updateForm } from './register-state.ts';
import { TextField } from './TextField.tsx';

/** Real name, mobile and ID card's last four: asked of everyone (实名登记). */
export function IdentityFields() {
  const f = form.value;
  return (
    <div class="reg-group">
      <TextField
        field="name"
        label="registerName"
        value={f.name}
        autoComplete="name"
        maxLength={30}
        onInput={(name) => updateForm({ name })}
      />
      <TextField
        field="phone"
        label="registerPhone"
        inputMode="tel"
        autoComplete="tel-national"
        maxLength={24}
        placeholder="13800001111"
        value={f.phone}
        onInput={(phone) => updateForm({ phone })}
      />
      <TextField
        field="idLast4"
        label="registerIdLast4"
        maxLength={4}
        autoComplete="off"
        placeholder="123X"
        value={f.idLast4}
        onInput={(idLast4) => updateForm({ idLast4 })}
      />
    </div>
  );
}
