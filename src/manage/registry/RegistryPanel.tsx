import { t } from '../../app/i18n.ts';

/** Residents, households, couriers, visitors and the returnee ledger; imports and exports. */
export function RegistryPanel() {
  return <section class="panel">{t('registryTitle')}</section>;
}
