import { t } from '../app/i18n.ts';

/** Self-registration on a person's own phone (courier, visitor, returnee). */
export function RegisterScreen() {
  return (
    <main class="register">
      <h2>{t('registerTitle')}</h2>
    </main>
  );
}
