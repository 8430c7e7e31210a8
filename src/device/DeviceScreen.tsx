import { navigate } from '../app/router.ts';
import { TrustSummary } from '../shared/TrustSummary.tsx';
import { savedTrust } from '../shared/trust-state.ts';
import { VerifyLogPanel } from '../shared/VerifyLogPanel.tsx';
import { DevicePanel } from './DevicePanel.tsx';
import { HubPanel } from './HubPanel.tsx';
import { t } from './strings.ts';

/**
 * This tablet on the spot (no PIN): is the trust list here and how old, storage, the record
 * chain check. What a manager decides (rules, lists, residents, the estate key and cards, making
 * and restoring a backup of the tablet) is in the console, behind the PIN.
 */
export function DeviceScreen() {
  return (
    <main class="settings" data-testid="device-screen">
      <button type="button" class="btn" data-testid="back-to-gate" onClick={() => navigate('/')}>
        <span aria-hidden="true">←</span> {t('backToGate')}
      </button>
      <section class="panel" aria-labelledby="trust-title">
        <h2 id="trust-title">{t('trustTitle')}</h2>
        <TrustSummary saved={savedTrust.value} />
        <p class="hint">{t('managedInConsole')}</p>
        <button type="button" class="btn" data-testid="open-console" onClick={() => navigate('/manage')}>
          {t('openConsole')}
        </button>
      </section>
      <HubPanel />
      <VerifyLogPanel />
      <DevicePanel />
    </main>
  );
}
