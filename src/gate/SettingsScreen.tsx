import { t } from '../app/i18n.ts';
import { navigate } from '../app/router.ts';
import { EstateKeySettings } from '../manage/EstateKeySettings.tsx';
import { BackupPanel } from './BackupPanel.tsx';
import { DevicePanel } from './DevicePanel.tsx';
import { LedgerSettings } from './LedgerSettings.tsx';
import { PolicySettings } from './PolicySettings.tsx';
import { ResidentSettings } from './ResidentSettings.tsx';
import { RiskAreaSettings } from './RiskAreaSettings.tsx';
import { TrustSettings } from './TrustSettings.tsx';
import { VerifyLogPanel } from './VerifyLogPanel.tsx';

/** Settings of this gate device. */
export function SettingsScreen() {
  return (
    <main class="settings">
      <button type="button" class="btn" data-testid="back-to-gate" onClick={() => navigate('/')}>
        <span aria-hidden="true">←</span> {t('backToGate')}
      </button>
      <TrustSettings />
      <EstateKeySettings />
      <PolicySettings />
      <ResidentSettings />
      <RiskAreaSettings />
      <LedgerSettings />
      <VerifyLogPanel />
      <BackupPanel />
      <DevicePanel />
    </main>
  );
}
