import { t } from '../../app/i18n.ts';
import { DashboardPanel } from '../dashboard/DashboardPanel.tsx';
import { RegistryPanel } from '../registry/RegistryPanel.tsx';

/** The manager console (PIN-protected): logs, flags, registries, dashboard, exports. */
export function ManageScreen() {
  return (
    <main class="manage">
      <h2>{t('manageTitle')}</h2>
      <RegistryPanel />
      <DashboardPanel />
    </main>
  );
}
