import { useEffect } from 'preact/hooks';
import { GateScreen } from '../gate/GateScreen.tsx';
import { loadRiskList } from '../gate/risk-state.ts';
import { SettingsScreen } from '../gate/SettingsScreen.tsx';
import { loadGateSettings } from '../gate/settings-state.ts';
import { loadTrustState } from '../gate/trust-state.ts';
import { Header } from './Header.tsx';
import { lazyScreen } from './lazy-screen.tsx';
import { route } from './router.ts';
import { UpdateBanner } from './UpdateBanner.tsx';

// The gate loads with the app; the other screens when first opened.
const RegisterScreen = lazyScreen(() =>
  import('../register/RegisterScreen.tsx').then((m) => m.RegisterScreen),
);
const PrintCards = lazyScreen(() => import('../manage/PrintCards.tsx').then((m) => m.PrintCards));
const ManageScreen = lazyScreen(() =>
  import('../manage/console/ManageScreen.tsx').then((m) => m.ManageScreen),
);

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
