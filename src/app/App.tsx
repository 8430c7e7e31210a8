import { useEffect } from 'preact/hooks';
import { GateScreen } from '../gate/GateScreen.tsx';
import { loadRiskList } from '../gate/risk-state.ts';
import { SettingsScreen } from '../gate/SettingsScreen.tsx';
import { loadGateSettings } from '../gate/settings-state.ts';
import { loadTrustState } from '../gate/trust-state.ts';
import { ManageScreen } from '../manage/console/ManageScreen.tsx';
import { PrintCards } from '../manage/PrintCards.tsx';
import { RegisterScreen } from '../register/RegisterScreen.tsx';
import { Header } from './Header.tsx';
import { route } from './router.ts';
import { UpdateBanner } from './UpdateBanner.tsx';

/** The screen for the current route. */
function Screen() {
  switch (route.value) {
    case '/settings':
      return <SettingsScreen />;
    case '/register':
      return <RegisterScreen />;
    case '/print':
      return <PrintCards />;
    case '/manage':
      return <ManageScreen />;
    default:
      return <GateScreen />;
  }
}

/** The app shell: header, update offer and the current screen. */
export function App() {
  useEffect(() => {
    void loadTrustState().catch(() => undefined);
    void loadGateSettings().catch(() => undefined);
    void loadRiskList().catch(() => undefined);
  }, []);
  return (
    <div class="shell">
      <Header />
      <UpdateBanner />
      <Screen />
    </div>
  );
}
