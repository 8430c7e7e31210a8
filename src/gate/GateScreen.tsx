import { useEffect } from 'preact/hooks';
import { t } from '../app/i18n.ts';
import { CameraView } from './CameraView.tsx';
import { DirectionToggle } from './DirectionToggle.tsx';
import { gateContext, loadGate, onScannedText } from './gate-state.ts';
import { LastScan } from './LastScan.tsx';
import { RecentPassages } from './RecentPassages.tsx';
import { listenForScanner } from './scanner-keys.ts';
import { TrustBadge } from './TrustBadge.tsx';

const handleText = (text: string) => void onScannedText(text);

/** The volunteer's screen: live camera, what was just scanned, and the recent passages. */
export function GateScreen() {
  useEffect(() => {
    void loadGate();
    return listenForScanner(document, handleText);
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
          <TrustBadge />
          <DirectionToggle />
        </div>
        <LastScan />
        <RecentPassages />
      </aside>
    </main>
  );
}
