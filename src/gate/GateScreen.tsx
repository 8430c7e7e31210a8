import { useEffect } from 'preact/hooks';
import { keepAwake, letSleep, refreshStorage } from '../app/device.ts';
import { CameraView } from './CameraView.tsx';
import { CheckPanel } from './CheckPanel.tsx';
import { current } from './check-state.ts';
import { DirectionToggle } from './DirectionToggle.tsx';
import { DutyBar } from './DutyBar.tsx';
import { FlagQueue } from './FlagQueue.tsx';
import { GateName } from './GateName.tsx';
import { gateContext, loadGate } from './gate-state.ts';
import { ManualLookup } from './ManualLookup.tsx';
import { RecentPassages } from './RecentPassages.tsx';
import { RiskBadge } from './RiskBadge.tsx';
import { keepRetentionAtGate } from './retention-upkeep.ts';
import { SyncBadge } from './SyncBadge.tsx';
import { onScannedText } from './scan-pipeline.ts';
import { listenForScanner } from './scanner-keys.ts';
import { t } from './strings.ts';
import { EstateKeyWarning, TrustBadge } from './TrustBadge.tsx';
import { VerdictOverlay } from './VerdictOverlay.tsx';

const handleText = (text: string) => void onScannedText(text);

/** The volunteer's screen: live camera, the checks for the person in front, flags and recent passages. */
export function GateScreen() {
  useEffect(() => {
    void loadGate();
    void keepAwake();
    // The records must survive storage pressure from the first check on, not from the day
    // someone opens the device screen: ask on the gate (the browser asks at most once).
    void refreshStorage(true);
    const again = () => void (document.visibilityState === 'visible' && keepAwake());
    document.addEventListener('visibilitychange', again);
    const stopScanner = listenForScanner(document, handleText);
    const stopRetention = keepRetentionAtGate();
    return () => {
      stopRetention();
      stopScanner();
      document.removeEventListener('visibilitychange', again);
      letSleep();
    };
  }, []);
  const ctx = gateContext.value;
  return (
    <main class="gate">
      <CameraView onText={handleText} />
      <aside class="gate-side">
        <div class="gate-bar">
          {ctx && (
            <span class="ready" data-testid="gate-ready" data-gate={ctx.gateId}>
              <span aria-hidden="true">●</span> {t('gateReady')}
            </span>
          )}
          <GateName />
          <SyncBadge />
          <TrustBadge />
          <RiskBadge />
          <DirectionToggle />
        </div>
        <EstateKeyWarning />
        <DutyBar />
        {current.value ? (
          <CheckPanel />
        ) : (
          <>
            <p class="last-scan idle">{t('scannerHint')}</p>
            <ManualLookup />
          </>
        )}
        <FlagQueue />
        <RecentPassages />
      </aside>
      <VerdictOverlay />
    </main>
  );
}
