import { DeclarationQr } from './DeclarationQr.tsx';
import { RegistrationForm } from './RegistrationForm.tsx';
import { form, saved } from './register-state.ts';
import { t } from './strings.ts';
import './register.css';

/** Self-registration on a person's own phone (courier, visitor, returnee). */
export function RegisterScreen() {
  const declaration = saved.value;
  if (declaration) return <DeclarationQr saved={declaration} />;
  return (
    <main class="register">
      <h2>{t('registerTitle')}</h2>
      <p class="reg-muted">{t('registerIntro')}</p>
      {form.value.kind !== null && (
        <p class="reg-muted" data-testid="reg-draft-kept">
          {t('registerDraftKept')}
        </p>
      )}
      <RegistrationForm />
    </main>
  );
}
