import { t } from '../app/i18n.ts';

/** Printable A4 sheets of resident estate pass cards. */
export function PrintCards() {
  return (
    <main class="print">
      <h2>{t('printTitle')}</h2>
    </main>
  );
}
